import type { Match, MatchStage } from '@galaxy/contracts';
import { useTranslation } from 'react-i18next';
import { STAGE_PATH, useStageLabel } from './match-format';
import './matches.css';

/** The stage a dropped match had reached when it was dropped, from its history. */
function droppedFrom(match: Pick<Match, 'history'>): MatchStage | undefined {
  const entry = [...match.history].reverse().find((h) => h.to === 'dropped');
  const from = entry?.from;
  return from && (STAGE_PATH as readonly string[]).includes(from) ? (from as MatchStage) : undefined;
}

/**
 * The stages as an ordered list: each says in words whether it is done, current or to come (with a
 * mark and a style as well, never colour alone). A dropped match ends with the drop and its reason.
 */
export function StageProgress({ match }: { match: Pick<Match, 'stage' | 'history' | 'dropReason'> }) {
  const { t } = useTranslation();
  const label = useStageLabel();
  const dropped = match.stage === 'dropped';
  const reached = dropped ? (droppedFrom(match) ?? 'suggested') : match.stage;
  const reachedIndex = STAGE_PATH.indexOf(reached);
  const steps = dropped ? STAGE_PATH.slice(0, reachedIndex + 1) : STAGE_PATH;

  return (
    <ol className="stage-progress" aria-label={t('matches.progress.label')}>
      {steps.map((stage, i) => {
        const state = dropped || i < reachedIndex ? 'done' : i === reachedIndex ? 'current' : 'todo';
        const isCurrent = !dropped && state === 'current';
        return (
          <li key={stage} className={`stage stage-${state}`} aria-current={isCurrent ? 'step' : undefined}>
            <span className="stage-mark" aria-hidden="true">
              {state === 'done' || (isCurrent && stage === 'completed') ? '✓' : isCurrent ? '●' : '○'}
            </span>
            <span className="stage-name">{label(stage)}</span>
            <span className="visually-hidden">
              {' '}
              (
              {isCurrent
                ? t('matches.progress.current')
                : state === 'done'
                  ? t('matches.progress.done')
                  : t('matches.progress.todo')}
              )
            </span>
          </li>
        );
      })}
      {dropped && (
        <li className="stage stage-dropped" aria-current="step">
          <span className="stage-mark" aria-hidden="true">
            ✕
          </span>
          <span className="stage-name">{label('dropped')}</span>
          <span className="visually-hidden"> ({t('matches.progress.current')})</span>
          {match.dropReason && (
            <span className="stage-reason" dir="auto">
              {t('matches.progress.reason', { reason: match.dropReason })}
            </span>
          )}
        </li>
      )}
    </ol>
  );
}

/** The stage as a badge with its name (lists use it; the colour only repeats the word). */
export function StageBadge({ stage }: { stage: MatchStage }) {
  const label = useStageLabel();
  return <span className={`badge stage-badge stage-badge-${stage}`}>{label(stage)}</span>;
}
