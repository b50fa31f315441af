import { MatchSchema, ReplicationSchema, type Match, type MatchStage, type Me } from '@galaxy/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { ApiError, apiSend } from '../../app/api';
import { problemFeedback } from '../../app/problem-feedback';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useCountries } from '../../app/useReference';
import { LoadError, Loading } from '../../components/QueryStatus';
import { SdgBadges } from '../../components/SdgBadge';
import { SignedInOnly } from '../../components/SignedInOnly';
import { useFormatDateTime, useFormatDays } from '../../app/format';
import { isStaff } from '../curation/StaffOnly';
import { NotFoundPage } from '../errors/NotFoundPage';
import { EMPTY_STAGE_DRAFT, MatchActions, type StageDraft } from './MatchActions';
import { conflictOf, IDLE_DAYS, useFormatList, usePartyLabel, useStageLabel, type MatchConflict } from './match-format';
import { matchChanged, matchQueries } from './match-queries';
import { MatchThread } from './MatchThread';
import { Commitments, Milestones, ownParty, type MilestoneDraft } from './MatchWork';
import { MatchScore, ReasonList } from './ReasonList';
import { StageBadge, StageProgress } from './StageProgress';
import './matches.css';

const isUuid = (id: string) => z.uuid().safeParse(id).success;
const LIVE: readonly MatchStage[] = ['suggested', 'introduced', 'exploring', 'agreed', 'implementing'];

export function MatchPage() {
  const { id = '' } = useParams();
  return <SignedInOnly>{(me) => (isUuid(id) ? <MatchLoader matchId={id} me={me} /> : <NotFoundPage />)}</SignedInOnly>;
}

function MatchLoader({ matchId, me }: { matchId: string; me: Me }) {
  const { t } = useTranslation();
  const match = useQuery(matchQueries.match(matchId));
  const code = match.error instanceof ApiError ? match.error.code : undefined;
  useDocumentTitle(
    match.data
      ? t('matches.match.documentTitle', { title: match.data.need.title })
      : code === 'NOT_FOUND'
        ? t('errors.notFoundTitle')
        : t('matches.match.title'),
  );
  // A match the reader may not see is, for them, not there (the API says 404 too).
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN') return <NotFoundPage />;
  if (match.isPending) return <Loading />;
  if (match.isError && !match.data) return <LoadError onRetry={() => void match.refetch()} />;
  return <MatchView match={match.data} me={me} />;
}

type Notice = { kind: 'done'; text: string } | { kind: MatchConflict; unsent?: string };

function MatchView({ match, me }: { match: Match; me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const stageLabel = useStageLabel();
  const partyLabel = usePartyLabel();
  const formatDays = useFormatDays();
  const countries = useCountries();
  const list = useFormatList();

  // What the reader typed lives here, above the forms: a reload after a refusal keeps it.
  const [stageDraft, setStageDraft] = useState<StageDraft>(EMPTY_STAGE_DRAFT);
  const [commitment, setCommitment] = useState(() => {
    const own = ownParty(match);
    return own ? (match.commitments[own] ?? '') : '';
  });
  const [milestone, setMilestone] = useState<MilestoneDraft>({ title: '', due: '' });
  const [message, setMessage] = useState('');
  const [notice, setNotice] = useState<Notice>();
  const [noticeCount, setNoticeCount] = useState(0);
  const noticeRef = useRef<HTMLDivElement>(null);

  // A step may remove the form the focus was in: the outcome takes the focus instead.
  useEffect(() => {
    if (noticeCount > 0) noticeRef.current?.focus();
  }, [noticeCount]);

  const say = (next: Notice) => {
    setNotice(next);
    setNoticeCount((n) => n + 1);
  };
  const saved = (updated: Match, text: string) => {
    matchChanged(queryClient, updated);
    setNotice({ kind: 'done', text });
  };
  const onMoved = (updated: Match, to: MatchStage) => {
    setStageDraft(EMPTY_STAGE_DRAFT);
    matchChanged(queryClient, updated);
    say({ kind: 'done', text: t(`matches.actions.done.${to}`) });
  };
  /** Someone acted first, or the step is no longer possible: show the match as it is now, keep the text. */
  const conflict = (error: unknown, unsent: string | undefined): boolean => {
    const kind = conflictOf(error);
    if (!kind) return false;
    const current = error instanceof ApiError ? MatchSchema.safeParse(error.problem?.current) : undefined;
    if (current?.success) matchChanged(queryClient, current.data);
    else void queryClient.invalidateQueries({ queryKey: matchQueries.match(match.id).queryKey });
    say({ kind, unsent });
    return true;
  };
  const onStageConflict = (error: unknown) =>
    conflict(error, [stageDraft.outcome, stageDraft.note].filter((s) => s.trim()).join('\n\n') || undefined);
  const onConflict = (error: unknown) => conflict(error, undefined);

  const live = LIVE.includes(match.stage);
  const idle = live && match.daysSinceLastAction >= IDLE_DAYS;
  const staff = isStaff(me);
  // Text typed for a step when no step is offered any more is shown here, so it can be copied;
  // while the form is there, the text simply stays in it.
  const unsent = notice && notice.kind !== 'done' && match.allowedStages.length === 0 ? notice.unsent : undefined;

  return (
    <article className="curation-page match-page" aria-labelledby="match-title">
      <nav aria-label={t('solution.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/matches">{t('matches.list.title')}</Link>
          </li>
          {staff && (
            <li>
              <Link to={`/brokering/needs/${match.need.id}`}>{t('matches.match.needBrokering')}</Link>
            </li>
          )}
        </ol>
      </nav>
      <header className="solution-header">
        <p className="match-kicker">{t('matches.match.kicker')}</p>
        <h1 id="match-title" dir="auto">
          {match.need.title}
        </h1>
        <p className="solution-meta">
          <StageBadge stage={match.stage} />
          <span>
            <bdi>{match.recipient.name}</bdi> · <bdi>{match.provider.name}</bdi>
          </span>
          <MatchScore score={match.score} />
          <span className={idle ? 'idle-text' : undefined}>
            {match.daysSinceLastAction === 0
              ? t('matches.match.lastActionToday')
              : t('matches.match.lastAction', { duration: formatDays(match.daysSinceLastAction) })}
            {idle && <strong className="badge badge-warning idle-flag">{t('matches.table.idle')}</strong>}
          </span>
        </p>
        <SdgBadges goals={match.need.sdgs} />
        {match.yourParties.length > 0 && (
          <p className="muted">
            {t('matches.match.youAre', { parties: list(match.yourParties.map((p) => partyLabel(p))) })}
          </p>
        )}
      </header>

      <div ref={noticeRef} tabIndex={-1} className="review-notices">
        <div role="status" className="status-region">
          {notice?.kind === 'done' && <p className="notice notice-success">{notice.text}</p>}
        </div>
        <div role="alert" className="status-region">
          {notice && notice.kind !== 'done' && (
            <div className="notice notice-warning">
              <p>{t(`matches.conflict.${notice.kind}`)}</p>
              <p>{unsent ? t('matches.conflict.unsentGone') : t('matches.conflict.unsentKept')}</p>
              {unsent && (
                <blockquote className="unsent-note" dir="auto">
                  {unsent}
                </blockquote>
              )}
            </div>
          )}
        </div>
      </div>

      <section aria-labelledby="progress-heading" className="review-section">
        <h2 id="progress-heading">{t('matches.progress.heading')}</h2>
        <StageProgress match={match} />
      </section>

      <section aria-labelledby="next-step-heading" className="review-section panel">
        <h2 id="next-step-heading" tabIndex={-1}>
          {t('matches.actions.heading')}
        </h2>
        {match.allowedStages.length > 0 ? (
          <MatchActions
            match={match}
            draft={stageDraft}
            onChange={setStageDraft}
            onMoved={onMoved}
            onConflict={onStageConflict}
          />
        ) : (
          <p>{waitingText(match, t)}</p>
        )}
        {match.stage === 'completed' && <Outcome match={match} />}
      </section>

      <section aria-labelledby="parties-heading" className="review-section">
        <h2 id="parties-heading">{t('matches.match.partiesHeading')}</h2>
        <dl className="facts match-facts">
          <dt>{t('matches.party.recipient')}</dt>
          <dd>
            <Link to={`/partners/${match.recipient.slug}`}>
              <bdi>{match.recipient.name}</bdi>
            </Link>
          </dd>
          <dt>{t('matches.party.provider')}</dt>
          <dd>
            <Link to={`/partners/${match.provider.slug}`}>
              <bdi>{match.provider.name}</bdi>
            </Link>
          </dd>
          <dt>{t('matches.party.broker')}</dt>
          <dd>{match.broker ? <bdi>{match.broker.name}</bdi> : t('matches.match.noBroker')}</dd>
          <dt>{t('matches.match.need')}</dt>
          <dd>
            <Link to={`/needs/${match.need.id}`} dir="auto">
              {match.need.title}
            </Link>
            {match.need.countries.length > 0 && (
              <span className="muted"> · {list(match.need.countries.map((c) => countries.name(c)))}</span>
            )}
          </dd>
          {match.solution && (
            <>
              <dt>{t('matches.match.solution')}</dt>
              <dd>
                <Link to={`/solutions/${match.solution.slug || match.solution.id}`} dir="auto">
                  {match.solution.title}
                </Link>
              </dd>
            </>
          )}
          {match.offer && (
            <>
              <dt>{t('matches.match.offer')}</dt>
              <dd>
                <Link to={`/offers/${match.offer.id}`} dir="auto">
                  {match.offer.title}
                </Link>
              </dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="reasons-heading" className="review-section">
        <h2 id="reasons-heading">{t('matches.match.reasonsHeading')}</h2>
        <p>
          <MatchScore score={match.score} />
        </p>
        <ReasonList reasons={match.reasons} />
      </section>

      <section aria-labelledby="commitments-heading" className="review-section">
        <h2 id="commitments-heading">{t('matches.commitments.heading')}</h2>
        <Commitments
          match={match}
          editable={live}
          draft={commitment}
          onDraft={setCommitment}
          onSaved={saved}
          onConflict={onConflict}
        />
      </section>

      <section aria-labelledby="milestones-heading" className="review-section">
        <h2 id="milestones-heading">{t('matches.milestones.heading')}</h2>
        <Milestones
          match={match}
          editable={live}
          draft={milestone}
          onDraft={setMilestone}
          onSaved={saved}
          onConflict={onConflict}
        />
      </section>

      <section aria-labelledby="thread-heading" className="review-section">
        <h2 id="thread-heading">{t('matches.thread.heading')}</h2>
        <p className="muted">{t('matches.thread.lead')}</p>
        <MatchThread
          match={match}
          draft={message}
          onDraft={setMessage}
          onSent={(updated) => matchChanged(queryClient, updated)}
        />
      </section>

      <section aria-labelledby="match-history-heading" className="review-section">
        <h2 id="match-history-heading">{t('matches.history.heading')}</h2>
        <History match={match} stageLabel={stageLabel} />
      </section>
    </article>
  );
}

/** Nothing this reader may do now: say who acts next, so the page does not look broken. */
function waitingText(match: Match, t: (key: string) => string): string {
  if (match.stage === 'completed') return t('matches.actions.wait.completed');
  if (match.stage === 'dropped') return t('matches.actions.wait.dropped');
  if (match.stage === 'suggested') return t('matches.actions.wait.suggested');
  if (match.stage === 'introduced') return t('matches.actions.wait.introduced');
  return t('matches.actions.wait.other');
}

/** What the partnership achieved, and the way to record its replication as a new solution. */
function Outcome({ match }: { match: Match }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string>();
  const replicate = useMutation({
    mutationFn: () => apiSend('POST', `/matches/${match.id}/replication`, undefined, ReplicationSchema),
    onSuccess: () => {
      setError(undefined);
      void queryClient.invalidateQueries({ queryKey: matchQueries.match(match.id).queryKey });
    },
    onError: (e) => {
      // Already started (by the other party, perhaps): the match names the draft once read again.
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        void queryClient.invalidateQueries({ queryKey: matchQueries.match(match.id).queryKey });
        return;
      }
      const feedback = problemFeedback(e, t);
      setError(typeof feedback.message === 'string' ? feedback.message : t('problem.server'));
    },
  });
  const draftId = match.replicationDraftId ?? replicate.data?.solutionId;

  return (
    <div className="match-outcome">
      <h3>{t('matches.outcome.heading')}</h3>
      <p dir="auto" className="prose-text">
        {match.outcome}
      </p>
      {match.solution && (
        <div className="replication">
          <h3>{t('matches.outcome.replicationHeading')}</h3>
          <div role="status" className="status-region-inline">
            {draftId && (
              <p>
                {t('matches.outcome.replicationStarted')}{' '}
                <Link to={`/manage/solutions/${draftId}`}>{t('matches.outcome.openDraft')}</Link>
              </p>
            )}
          </div>
          {!draftId && (
            <>
              <p>{t('matches.outcome.replicationLead', { title: match.solution.title })}</p>
              <button
                type="button"
                className="button-primary"
                disabled={replicate.isPending}
                onClick={() => replicate.mutate()}
              >
                {replicate.isPending ? t('form.sending') : t('matches.outcome.startDraft')}
              </button>
            </>
          )}
          <div role="alert" className="status-region">
            {error && <p className="notice notice-error">{error}</p>}
          </div>
        </div>
      )}
    </div>
  );
}

function History({ match, stageLabel }: { match: Match; stageLabel: (stage: MatchStage) => string }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const label = (stage: string) =>
    (['suggested', 'introduced', 'exploring', 'agreed', 'implementing', 'completed', 'dropped'] as const).includes(
      stage as MatchStage,
    )
      ? stageLabel(stage as MatchStage)
      : stage;
  if (match.history.length === 0) return <p className="muted">{t('matches.history.none')}</p>;
  return (
    <ol className="match-history">
      {match.history.map((h, i) => (
        <li key={`${h.at}-${i}`}>
          <p>
            <time dateTime={h.at}>{formatDateTime(h.at)}</time> ·{' '}
            {h.from
              ? t('matches.history.moved', { from: label(h.from), to: label(h.to) })
              : t('matches.history.created', { to: label(h.to) })}
            {' · '}
            <bdi>{h.actor?.name ?? t('matches.history.system')}</bdi>
          </p>
          {h.note && (
            <blockquote className="unsent-note" dir="auto">
              {h.note}
            </blockquote>
          )}
        </li>
      ))}
    </ol>
  );
}
