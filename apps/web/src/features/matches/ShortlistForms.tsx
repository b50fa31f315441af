import { MatchInputSchema, MatchSchema, type MatchList, type Suggestion } from '@galaxy/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, apiSend } from '../../app/api';
import { problemFeedback } from '../../app/problem-feedback';
import { useApiForm } from '../../app/useApiForm';
import { useCountries } from '../../app/useReference';
import { ApiFormElement, SubmitButton } from '../../components/FormFields';
import { LoadError } from '../../components/QueryStatus';
import { matchQueries } from './match-queries';
import { StageBadge } from './StageProgress';
import './matches.css';

type MatchSummary = MatchList['items'][number];

const isConflict = (error: unknown) => error instanceof ApiError && error.code === 'CONFLICT';

interface ShortlistButtonProps {
  needId: string;
  suggestion: Suggestion;
  /** The need's match with this provider, when it is already on the shortlist. */
  match?: MatchSummary;
  disabled?: boolean;
  onDone: (name: string, already: boolean) => void;
}

/** "Shortlist" for one suggestion; once shortlisted, a link to the match with its stage. */
export function ShortlistButton({ needId, suggestion, match, disabled, onDone }: ShortlistButtonProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const shortlist = useMutation({
    mutationFn: () =>
      apiSend(
        'POST',
        '/matches',
        {
          needId,
          organizationId: suggestion.organization.id,
          ...(suggestion.kind === 'solution' ? { solutionId: suggestion.id } : {}),
          ...(suggestion.kind === 'offer' ? { offerId: suggestion.id } : {}),
        },
        MatchSchema,
      ),
    onSuccess: () => {
      setError(undefined);
      onDone(suggestion.organization.name, false);
    },
    onError: (e) => {
      if (isConflict(e)) return onDone(suggestion.organization.name, true);
      const feedback = problemFeedback(e, t);
      setError(typeof feedback.message === 'string' ? feedback.message : t('problem.server'));
    },
  });

  if (match) {
    return (
      <p className="shortlisted">
        <StageBadge stage={match.stage} />{' '}
        <Link to={`/matches/${match.id}`}>
          {t('matches.shortlist.open')}
          <span className="visually-hidden"> ({suggestion.organization.name})</span>
        </Link>
      </p>
    );
  }
  const errorId = `shortlist-error-${suggestion.kind}-${suggestion.id}`;
  return (
    <>
      <button
        type="button"
        className="button-secondary"
        disabled={disabled || shortlist.isPending}
        aria-describedby={error ? errorId : undefined}
        onClick={() => shortlist.mutate()}
      >
        {shortlist.isPending ? t('form.sending') : t('matches.shortlist.action')}
        <span className="visually-hidden"> {suggestion.title}</span>
      </button>
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </>
  );
}

interface ShortlistByHandProps {
  needId: string;
  /** Providers already on the need's shortlist. */
  shortlisted: ReadonlySet<string>;
  onDone: (name: string, already: boolean) => void;
}

/** Find an organization by name and put it on the shortlist: for a provider the suggestions missed. */
export function ShortlistByHand({ needId, shortlisted, onDone }: ShortlistByHandProps) {
  const { t } = useTranslation();
  const countries = useCountries();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState('');
  const results = useQuery(matchQueries.organizations(q));
  const items = results.data?.items ?? [];
  const chosenName = items.find((o) => o.id === chosen)?.name ?? '';

  const { form, submit, reject } = useApiForm({
    id: 'shortlist',
    schema: MatchInputSchema,
    labels: { organizationId: t('matches.shortlist.organization') },
    send: (input) => apiSend('POST', '/matches', input, MatchSchema),
    onSuccess: () => {
      onDone(chosenName, false);
      setChosen('');
    },
    onProblem: (error, fallback) => {
      if (isConflict(error)) return { fields: { organizationId: t('matches.shortlist.alreadyField') } };
      if (error instanceof ApiError && error.code === 'VALIDATION_FAILED')
        return { fields: { organizationId: t('matches.shortlist.invalidField') } };
      return fallback;
    },
  });

  const search = (event: FormEvent) => {
    event.preventDefault();
    setChosen('');
    setQ(text.trim());
  };

  return (
    <>
      <form
        role="search"
        className="shortlist-search"
        onSubmit={search}
        aria-label={t('matches.shortlist.searchLabel')}
      >
        <label htmlFor="shortlist-q">{t('matches.shortlist.find')}</label>
        <div className="search-row">
          <input id="shortlist-q" type="search" value={text} dir="auto" onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="button-secondary">
            {t('matches.shortlist.search')}
          </button>
        </div>
      </form>
      <p role="status" className="results-count">
        {q && results.data && t('matches.shortlist.found', { count: results.data.total })}
      </p>
      {results.isError && <LoadError onRetry={() => void results.refetch()} />}
      {q && items.length > 0 && (
        <ApiFormElement
          form={form}
          onSubmit={() =>
            chosen
              ? void submit({ needId, organizationId: chosen })
              : reject({ fields: { organizationId: t('form.error.choose') } })
          }
          labelledBy="by-hand-heading"
        >
          <fieldset className={form.errors.organizationId ? 'field field-invalid' : 'field'}>
            <legend>{t('matches.shortlist.organization')}</legend>
            {form.errors.organizationId && (
              <p className="field-error" id="shortlist-organizationId-error">
                <span className="visually-hidden">{t('form.errorPrefix')} </span>
                {form.errors.organizationId}
              </p>
            )}
            <ul className="checkbox-list">
              {items.map((o, index) => {
                const already = shortlisted.has(o.id);
                return (
                  <li key={o.id}>
                    <label>
                      <input
                        type="radio"
                        name="organizationId"
                        id={index === 0 ? form.fieldId('organizationId') : undefined}
                        value={o.id}
                        checked={chosen === o.id}
                        disabled={already}
                        onChange={() => setChosen(o.id)}
                        aria-describedby={form.errors.organizationId ? 'shortlist-organizationId-error' : undefined}
                      />
                      <span>
                        <bdi>{o.name}</bdi>
                        {o.country && <span className="muted"> · {countries.name(o.country)}</span>}
                        {already && <span className="muted"> · {t('matches.shortlist.onShortlist')}</span>}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <SubmitButton form={form}>{t('matches.shortlist.add')}</SubmitButton>
        </ApiFormElement>
      )}
    </>
  );
}
