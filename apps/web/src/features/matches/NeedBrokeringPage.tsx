import type { MatchList, Need, Suggestion } from '@galaxy/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { ApiError } from '../../app/api';
import { useFormatDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useCountries } from '../../app/useReference';
import { LoadError, Loading } from '../../components/QueryStatus';
import { SdgBadges } from '../../components/SdgBadge';
import { NotFoundPage } from '../errors/NotFoundPage';
import { SuggestionList } from '../listings/SuggestionList';
import { isForbidden, StaffOnly, StaffOnlyMessage } from '../curation/StaffOnly';
import { BrokeringNav } from './BrokeringNav';
import { useFormatList } from './match-format';
import { matchQueries } from './match-queries';
import { MatchTable } from './MatchTable';
import { ShortlistButton, ShortlistByHand } from './ShortlistForms';
import './matches.css';

const isUuid = (id: string) => z.uuid().safeParse(id).success;

export function NeedBrokeringPage() {
  const { id = '' } = useParams();
  return <StaffOnly>{() => (isUuid(id) ? <NeedBrokering needId={id} /> : <NotFoundPage />)}</StaffOnly>;
}

function NeedBrokering({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const need = useQuery(matchQueries.need(needId));
  const code = need.error instanceof ApiError ? need.error.code : undefined;
  useDocumentTitle(
    need.data
      ? t('matches.need.documentTitle', { title: need.data.title })
      : code === 'NOT_FOUND'
        ? t('errors.notFoundTitle')
        : t('matches.need.title'),
  );
  if (isForbidden(need.error)) return <StaffOnlyMessage />;
  if (code === 'NOT_FOUND') return <NotFoundPage />;
  if (need.isPending) return <Loading />;
  if (need.isError && !need.data) return <LoadError onRetry={() => void need.refetch()} />;
  return <NeedBrokeringView need={need.data} />;
}

function NeedBrokeringView({ need }: { need: Need }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const matches = useQuery(matchQueries.list({ needId: need.id }));
  const [announcement, setAnnouncement] = useState('');
  const shortlisted = new Set((matches.data?.items ?? []).map((m) => m.provider.id));
  const open = need.status === 'open';

  const onShortlisted = (name: string, already: boolean) => {
    setAnnouncement(already ? t('matches.shortlist.already', { name }) : t('matches.shortlist.added', { name }));
    void queryClient.invalidateQueries({ queryKey: matchQueries.list({ needId: need.id }).queryKey });
    void queryClient.invalidateQueries({ queryKey: ['matchmaking', 'queue'] });
  };

  const action = (s: Suggestion) => (
    <ShortlistButton
      needId={need.id}
      suggestion={s}
      match={matches.data?.items.find((m) => m.provider.id === s.organization.id)}
      disabled={!open || !matches.data}
      onDone={onShortlisted}
    />
  );

  return (
    <article className="curation-page brokering-need-page" aria-labelledby="need-title">
      <nav aria-label={t('solution.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/brokering">{t('matches.queue.title')}</Link>
          </li>
        </ol>
      </nav>
      <NeedSummary need={need} />
      <BrokeringNav />

      <div role="status" className="status-region">
        {announcement && <p className="notice notice-success">{announcement}</p>}
      </div>

      <section aria-labelledby="need-matches-heading" className="review-section">
        <h2 id="need-matches-heading">{t('matches.need.matchesHeading')}</h2>
        {matches.isPending && <Loading />}
        {matches.isError && !matches.data && <LoadError onRetry={() => void matches.refetch()} />}
        {matches.data && <NeedMatches list={matches.data} />}
      </section>

      <div className="review-section">
        {!open && <p className="notice notice-warning">{t('matches.need.notOpen')}</p>}
        <SuggestionList needId={need.id} renderAction={action} />
      </div>

      {open && (
        <section aria-labelledby="by-hand-heading" className="review-section panel">
          <h2 id="by-hand-heading">{t('matches.shortlist.byHandHeading')}</h2>
          <ShortlistByHand needId={need.id} shortlisted={shortlisted} onDone={onShortlisted} />
        </section>
      )}
    </article>
  );
}

function NeedMatches({ list }: { list: MatchList }) {
  const { t } = useTranslation();
  if (list.items.length === 0) return <p className="empty-state">{t('matches.need.noMatches')}</p>;
  return <MatchTable items={list.items} captionId="need-matches-caption" caption={t('matches.need.matchesCaption')} />;
}

/** What the broker needs to know about the need, in the order a broker reads it. */
export function NeedSummary({ need }: { need: Need }) {
  const { t } = useTranslation();
  const countries = useCountries();
  const list = useFormatList();
  const formatDate = useFormatDate();
  return (
    <header className="solution-header need-summary">
      <h1 id="need-title" dir="auto">
        {need.title}
      </h1>
      <p className="solution-meta">
        <span>
          <bdi>{need.organization.name}</bdi>
        </span>
        <span>{t('matches.queue.publishedOn', { date: formatDate(need.createdAt) })}</span>
        <span>{t(`matches.needStatus.${need.status}`)}</span>
        {need.endorsed && <span>{t('matches.need.endorsed')}</span>}
      </p>
      <SdgBadges goals={need.sdgs} />
      <dl className="facts need-facts">
        <dt>{t('matches.need.problem')}</dt>
        <dd dir="auto" className="prose-text">
          {need.problemStatement}
        </dd>
        <dt>{t('matches.need.outcome')}</dt>
        <dd dir="auto" className="prose-text">
          {need.desiredOutcome}
        </dd>
        <dt>{t('matches.need.countries')}</dt>
        <dd>{list(need.countries.map((c) => countries.name(c)))}</dd>
        <dt>{t('matches.need.modalities')}</dt>
        <dd>{list(need.modalities.map((m) => t(`matches.supportModality.${m}`)))}</dd>
        <dt>{t('matches.need.languages')}</dt>
        <dd>{list(need.languages.map((l) => t(`contentLanguage.${l}`, { defaultValue: l })))}</dd>
        {(need.timeframeStart || need.timeframeEnd) && (
          <>
            <dt>{t('matches.need.timeframe')}</dt>
            <dd>
              <bdi>{need.timeframeStart ?? '…'}</bdi> – <bdi>{need.timeframeEnd ?? '…'}</bdi>
            </dd>
          </>
        )}
      </dl>
      <p>
        <Link to={`/needs/${need.id}`}>{t('matches.need.publicPage')}</Link>
      </p>
    </header>
  );
}
