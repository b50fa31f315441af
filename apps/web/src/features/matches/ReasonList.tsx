import type { Reason } from '@galaxy/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../app/format';
import { useReasonText } from './match-format';
import './matches.css';

/** Why a provider was suggested: each reason in the reader's language, with the points it added. */
export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  const { t } = useTranslation();
  const text = useReasonText();
  if (reasons.length === 0) return <p className="muted">{t('matches.reason.none')}</p>;
  return (
    <ul className="match-reasons">
      {reasons.map((reason, i) => (
        <li key={`${reason.code}-${i}`}>
          <span>{text(reason)}</span>{' '}
          <span className="reason-points">{t('matches.reason.points', { count: reason.points })}</span>
        </li>
      ))}
    </ul>
  );
}

/** "Score 62 out of 100": the number with its scale, so it means something read aloud. */
export function MatchScore({ score }: { score: number }) {
  const { t } = useTranslation();
  const number = useFormatNumber();
  return <span className="match-score">{t('matches.score', { score: number(Math.round(score)) })}</span>;
}
