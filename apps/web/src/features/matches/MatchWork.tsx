import { MatchSchema, MatchUpdateInputSchema, type Match, type MatchParty } from '@galaxy/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../app/api';
import { useFormatDate } from '../../app/format';
import { problemFeedback } from '../../app/problem-feedback';
import { useApiForm } from '../../app/useApiForm';
import { ApiFormElement, SubmitButton, TextAreaField, TextField } from '../../components/FormFields';
import './matches.css';

type Milestone = Match['milestones'][number];

interface WorkProps {
  match: Match;
  /** Whether the match is still live (completed and dropped matches are a record, not a workspace). */
  editable: boolean;
  onSaved: (match: Match, text: string) => void;
  onConflict: (error: unknown) => boolean;
}

/** The party whose commitment this reader writes: the API lets a member of both write the provider's. */
export function ownParty(match: Pick<Match, 'yourParties'>): Exclude<MatchParty, 'broker'> | undefined {
  if (match.yourParties.includes('provider')) return 'provider';
  if (match.yourParties.includes('recipient')) return 'recipient';
  return undefined;
}

interface CommitmentsProps extends WorkProps {
  draft: string;
  onDraft: (text: string) => void;
}

/** Each party says what it brings; each edits its own and reads the other's. */
export function Commitments({ match, editable, draft, onDraft, onSaved, onConflict }: CommitmentsProps) {
  const { t } = useTranslation();
  const own = ownParty(match);
  const { form, submit } = useApiForm({
    id: 'commitment',
    schema: MatchUpdateInputSchema,
    labels: { commitment: t('matches.commitments.yours') },
    send: (input) => apiSend('PATCH', `/matches/${match.id}`, input, MatchSchema),
    onSuccess: (updated) => onSaved(updated, t('matches.commitments.saved')),
    onProblem: (error, fallback) => (onConflict(error) ? {} : fallback),
  });

  return (
    <>
      <dl className="facts commitments">
        {(['recipient', 'provider'] as const).map((party) => (
          <div key={party}>
            <dt>
              {t(`matches.commitments.${party}`, {
                name: party === 'recipient' ? match.recipient.name : match.provider.name,
              })}
            </dt>
            <dd dir="auto" className="prose-text">
              {match.commitments[party] ?? <span className="muted">{t('matches.commitments.none')}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {own && editable && (
        <ApiFormElement
          form={form}
          onSubmit={() => void submit({ version: match.version, commitment: draft.trim() })}
          labelledBy="commitments-heading"
        >
          <TextAreaField
            form={form}
            name="commitment"
            value={draft}
            onChange={onDraft}
            rows={4}
            hint={t('matches.commitments.hint')}
          />
          <SubmitButton form={form}>{t('matches.commitments.save')}</SubmitButton>
        </ApiFormElement>
      )}
    </>
  );
}

export interface MilestoneDraft {
  title: string;
  due: string;
}

interface MilestonesProps extends WorkProps {
  draft: MilestoneDraft;
  onDraft: (draft: MilestoneDraft) => void;
}

const asInput = (list: readonly Milestone[]) =>
  list.map((m) => ({ title: m.title, done: m.done, ...(m.due ? { due: m.due } : {}) }));

/** The steps the parties agree on: add one, tick it done, remove it. Each change saves at once. */
export function Milestones({ match, editable, draft, onDraft, onSaved, onConflict }: MilestonesProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [changeError, setChangeError] = useState<ReactNode>();
  // The list as the reader asked it, until the match comes back changed: a ticked box stays ticked
  // from the click on, not only once the mutation's state has caught up (a controlled checkbox
  // would otherwise spring back for a moment).
  const [asked, setAsked] = useState<{ version: number; milestones: ReturnType<typeof asInput> }>();
  const change = useMutation({
    mutationFn: (input: { milestones: ReturnType<typeof asInput>; text: string }) =>
      apiSend('PATCH', `/matches/${match.id}`, { version: match.version, milestones: input.milestones }, MatchSchema),
    onSuccess: (updated, input) => {
      setChangeError(undefined);
      onSaved(updated, input.text);
    },
    onError: (error) => {
      setAsked(undefined);
      setChangeError(onConflict(error) ? undefined : problemFeedback(error, t).message);
    },
  });
  const save = (milestones: ReturnType<typeof asInput>, text: string) => {
    setAsked({ version: match.version, milestones });
    change.mutate({ milestones, text });
  };
  const waiting = asked?.version === match.version;
  const shown: readonly Milestone[] = waiting ? asked.milestones : match.milestones;
  const busy = waiting || change.isPending;

  const { form, submit, reject } = useApiForm({
    id: 'milestone',
    schema: MatchUpdateInputSchema,
    labels: { title: t('matches.milestones.title'), due: t('matches.milestones.due') },
    send: (input) => apiSend('PATCH', `/matches/${match.id}`, input, MatchSchema),
    onSuccess: (updated) => {
      onDraft({ title: '', due: '' });
      onSaved(updated, t('matches.milestones.added', { title: draft.title.trim() }));
    },
    onProblem: (error, fallback) => (onConflict(error) ? {} : fallback),
  });

  const add = () => {
    const title = draft.title.trim();
    if (!title) return reject({ fields: { title: t('form.error.required') } });
    void submit({
      version: match.version,
      milestones: [...asInput(match.milestones), { title, done: false, ...(draft.due ? { due: draft.due } : {}) }],
    });
  };

  return (
    <>
      {shown.length === 0 ? (
        <p className="muted">{t('matches.milestones.none')}</p>
      ) : (
        <ul className="milestone-list">
          {shown.map((m, i) => {
            const id = `milestone-${i}`;
            const label = (
              <>
                <span dir="auto" className={m.done ? 'milestone-done' : undefined}>
                  {m.title}
                </span>
                {m.due && (
                  <span className="muted"> · {t('matches.milestones.dueOn', { date: formatDate(m.due) })}</span>
                )}
                <span className="visually-hidden">
                  {' '}
                  ({m.done ? t('matches.milestones.isDone') : t('matches.milestones.isOpen')})
                </span>
              </>
            );
            return (
              <li key={`${i}-${m.title}`}>
                {editable ? (
                  <>
                    <input
                      type="checkbox"
                      id={id}
                      checked={m.done}
                      disabled={busy}
                      onChange={(e) =>
                        save(
                          asInput(match.milestones).map((x, j) => (j === i ? { ...x, done: e.target.checked } : x)),
                          e.target.checked
                            ? t('matches.milestones.markedDone', { title: m.title })
                            : t('matches.milestones.markedOpen', { title: m.title }),
                        )
                      }
                    />
                    <label htmlFor={id}>{label}</label>
                    <button
                      type="button"
                      className="button-link"
                      disabled={busy}
                      onClick={() =>
                        save(
                          asInput(match.milestones).filter((_, j) => j !== i),
                          t('matches.milestones.removed', { title: m.title }),
                        )
                      }
                    >
                      {t('matches.milestones.remove')}
                      <span className="visually-hidden"> {m.title}</span>
                    </button>
                  </>
                ) : (
                  <>
                    <span aria-hidden="true" className="milestone-mark">
                      {m.done ? '✓' : '○'}
                    </span>{' '}
                    {label}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div role="alert" className="status-region">
        {changeError && <p className="notice notice-error">{changeError}</p>}
      </div>
      {editable && (
        <ApiFormElement
          form={form}
          onSubmit={add}
          labelledBy="milestones-add-heading"
          className="stacked-form milestone-form"
        >
          <h3 id="milestones-add-heading">{t('matches.milestones.addHeading')}</h3>
          <TextField
            form={form}
            name="title"
            value={draft.title}
            onChange={(title) => onDraft({ ...draft, title })}
            dirAuto
          />
          <DateField form={form} value={draft.due} onChange={(due) => onDraft({ ...draft, due })} />
          <SubmitButton form={form}>{t('matches.milestones.add')}</SubmitButton>
        </ApiFormElement>
      )}
    </>
  );
}

function DateField({
  form,
  value,
  onChange,
}: {
  form: ReturnType<typeof useApiForm>['form'];
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = form.fieldId('due');
  return (
    <div className={form.errors.due ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {form.labels.due}
        <span className="optional"> {t('form.optional')}</span>
      </label>
      {form.errors.due && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {form.errors.due}
        </p>
      )}
      <input
        id={id}
        type="date"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={form.errors.due ? true : undefined}
        aria-describedby={form.errors.due ? `${id}-error` : undefined}
      />
    </div>
  );
}
