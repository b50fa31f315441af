import type { MatchList } from '@galaxy/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDays } from '../../app/format';
import { IDLE_DAYS } from './match-format';
import { MatchScore } from './ReasonList';
import { StageBadge } from './StageProgress';
import './matches.css';

type MatchSummary = MatchList['items'][number];

interface MatchTableProps {
  items: readonly MatchSummary[];
  caption: string;
  captionId: string;
  /** The reader's organizations: the table then names the other party of each match. */
  myOrganizations?: readonly string[];
  busy?: boolean;
}

const LIVE = ['suggested', 'introduced', 'exploring', 'agreed', 'implementing'];

/** Matches with their stage and how long nothing has happened (flagged in words from 14 days). */
export function MatchTable({ items, caption, captionId, myOrganizations, busy }: MatchTableProps) {
  const { t } = useTranslation();
  const formatDays = useFormatDays();
  const perspective = myOrganizations !== undefined;

  const otherParty = (m: MatchSummary) => {
    const mine = myOrganizations ?? [];
    if (mine.includes(m.recipient.id) && !mine.includes(m.provider.id)) return <bdi>{m.provider.name}</bdi>;
    if (mine.includes(m.provider.id) && !mine.includes(m.recipient.id)) return <bdi>{m.recipient.name}</bdi>;
    return (
      <>
        <bdi>{m.recipient.name}</bdi>
        <span className="muted"> {t('matches.table.and')} </span>
        <bdi>{m.provider.name}</bdi>
      </>
    );
  };

  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table match-table" aria-busy={busy}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matches.table.need')}</th>
            <th scope="col">{perspective ? t('matches.table.otherParty') : t('matches.table.provider')}</th>
            <th scope="col">{t('matches.table.stage')}</th>
            <th scope="col">{t('matches.table.score')}</th>
            <th scope="col">{t('matches.table.lastAction')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => {
            const idle = LIVE.includes(m.stage) && m.daysSinceLastAction >= IDLE_DAYS;
            return (
              <tr key={m.id} className={idle ? 'match-idle' : undefined}>
                <th scope="row">
                  <Link to={`/matches/${m.id}`} dir="auto" className="queue-title">
                    {m.need.title}
                  </Link>
                </th>
                <td>{perspective ? otherParty(m) : <bdi>{m.provider.name}</bdi>}</td>
                <td>
                  <StageBadge stage={m.stage} />
                </td>
                <td>
                  <MatchScore score={m.score} />
                </td>
                <td>
                  {m.daysSinceLastAction === 0
                    ? t('matches.table.today')
                    : t('matches.table.daysAgo', { duration: formatDays(m.daysSinceLastAction) })}
                  {idle && (
                    <>
                      <br />
                      <span className="badge badge-warning idle-flag">{t('matches.table.idle')}</span>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
