import type { MatchmakingDashboard } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useRegions, useSdgs } from '../../app/useReference';
import { LoadError, Loading } from '../../components/QueryStatus';
import { isForbidden, StaffOnly, StaffOnlyMessage } from '../curation/StaffOnly';
import { BrokeringNav } from './BrokeringNav';
import { useFormatRate } from './match-format';
import { matchQueries } from './match-queries';
import './matches.css';

type Rates = MatchmakingDashboard['overall'];

export function DashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('matches.dashboard.title'));
  return <StaffOnly>{() => <Dashboard />}</StaffOnly>;
}

function Dashboard() {
  const { t } = useTranslation();
  const dashboard = useQuery(matchQueries.dashboard());
  const regions = useRegions();
  const sdgs = useSdgs();
  if (isForbidden(dashboard.error)) return <StaffOnlyMessage />;
  const data = dashboard.data;
  return (
    <div className="curation-page dashboard-page">
      <h1>{t('matches.dashboard.title')}</h1>
      <p className="lead">{t('matches.dashboard.lead')}</p>
      <BrokeringNav />
      {dashboard.isPending && <Loading />}
      {dashboard.isError && !data && <LoadError onRetry={() => void dashboard.refetch()} />}
      {data && (
        <>
          <section aria-labelledby="dashboard-overall" className="review-section">
            <h2 id="dashboard-overall">{t('matches.dashboard.overall')}</h2>
            <Overall rates={data.overall} />
          </section>
          <section aria-labelledby="dashboard-region" className="review-section">
            <h2 id="dashboard-region">{t('matches.dashboard.byRegion')}</h2>
            <RatesTable
              id="dashboard-region-table"
              caption={t('matches.dashboard.byRegionCaption')}
              firstHeader={t('matches.dashboard.region')}
              rows={data.byRegion.map((r) => ({ key: r.region, label: regions.name(r.region), rates: r }))}
            />
          </section>
          <section aria-labelledby="dashboard-sdg" className="review-section">
            <h2 id="dashboard-sdg">{t('matches.dashboard.bySdg')}</h2>
            <RatesTable
              id="dashboard-sdg-table"
              caption={t('matches.dashboard.bySdgCaption')}
              firstHeader={t('matches.dashboard.sdg')}
              rows={data.bySdg.map((r) => ({
                key: String(r.sdg),
                label: `${r.sdg}. ${sdgs.goalName(r.sdg)}`,
                rates: r,
              }))}
            />
          </section>
          <p className="muted">{t('matches.dashboard.note')}</p>
        </>
      )}
    </div>
  );
}

function useRateCells() {
  const { t } = useTranslation();
  const number = useFormatNumber();
  const rate = useFormatRate();
  return (r: Rates) => [
    number(r.openNeeds),
    number(r.matches),
    r.medianDaysToFirstIntroduction === null ? t('matches.dashboard.none') : number(r.medianDaysToFirstIntroduction),
    r.acceptanceRate === null ? t('matches.dashboard.none') : rate(r.acceptanceRate),
    r.completionRate === null ? t('matches.dashboard.none') : rate(r.completionRate),
  ];
}

const HEADERS = ['openNeeds', 'matches', 'median', 'acceptance', 'completion'] as const;

function Overall({ rates }: { rates: Rates }) {
  const { t } = useTranslation();
  const cells = useRateCells()(rates);
  return (
    <dl className="key-figures dashboard-figures">
      {HEADERS.map((h, i) => (
        <div key={h}>
          <dt>{t(`matches.dashboard.col.${h}`)}</dt>
          <dd>
            <strong>{cells[i]}</strong>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Figures per region or goal: a plain table, with the completion rate drawn as a bar beside its number. */
function RatesTable({
  id,
  caption,
  firstHeader,
  rows,
}: {
  id: string;
  caption: string;
  firstHeader: string;
  rows: { key: string; label: string; rates: Rates }[];
}) {
  const { t } = useTranslation();
  const cellsOf = useRateCells();
  if (rows.length === 0) return <p className="muted">{t('matches.dashboard.empty')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="data-table dashboard-table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstHeader}</th>
            {HEADERS.map((h) => (
              <th scope="col" key={h}>
                {t(`matches.dashboard.col.${h}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const cells = cellsOf(row.rates);
            return (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {cells.map((cell, i) => (
                  <td key={HEADERS[i]} className="numeric">
                    {cell}
                    {HEADERS[i] === 'completion' && row.rates.completionRate !== null && (
                      <span className="rate-bar" aria-hidden="true">
                        <span style={{ inlineSize: `${Math.round(row.rates.completionRate * 100)}%` }} />
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
