import { MODALITIES } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { statsQueries } from '../../app/catalog-queries';
import { useFormatNumber } from '../../app/format';
import { SDG_COLORS } from '../../app/sdg-colors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useRegions, useSdgs } from '../../app/useReference';
import { LoadError, Loading } from '../../components/QueryStatus';
import { BarChart, ColumnChart, type BarRow } from './BarChart';
import './stats.css';

const byValue = (a: BarRow, b: BarRow) => b.value - a.value || a.label.localeCompare(b.label);

export function StatsPage() {
  const { t } = useTranslation();
  const format = useFormatNumber();
  useDocumentTitle(t('stats.documentTitle'));
  const stats = useQuery(statsQueries.all());
  const sdgs = useSdgs();
  const regions = useRegions();

  if (stats.isPending) return <Loading />;
  if (stats.isError) return <LoadError onRetry={() => void stats.refetch()} />;
  const data = stats.data;

  const sdgRows: BarRow[] = Array.from({ length: 17 }, (_, i) => i + 1).map((goal) => ({
    key: String(goal),
    label: `${goal}. ${sdgs.goalName(goal)}`,
    value: data.bySdg[String(goal)] ?? 0,
    color: SDG_COLORS[goal],
    href: `/solutions?sdg=${goal}`,
  }));
  const regionRows = (level: 'region' | 'subRegion'): BarRow[] =>
    regions.list
      .filter((r) => r.level === level && data.byRegion[r.m49])
      .map((r) => ({ key: r.m49, label: r.name, value: data.byRegion[r.m49], href: `/solutions?region=${r.m49}` }))
      .sort(byValue);
  const modalityRows: BarRow[] = MODALITIES.map((m) => ({
    key: m,
    label: t(`modality.${m}`),
    value: data.byModality[m] ?? 0,
    href: `/solutions?modality=${m}`,
  }));
  // Every year between the first and the last, so a year without solutions shows as a gap.
  const years = Object.keys(data.byYear).map(Number);
  const yearRows: BarRow[] = years.length
    ? Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => {
        const year = String(Math.min(...years) + i);
        return { key: year, label: year, value: data.byYear[year] ?? 0 };
      })
    : [];
  const typeRows: BarRow[] = Object.entries(data.byOrganizationType)
    .map(([type, value]) => ({
      key: type,
      label: t(`organizationType.${type}`),
      value,
      href: `/partners?type=${type}`,
    }))
    .sort(byValue);

  const solutionsHeader = t('stats.solutionsColumn');
  return (
    <>
      <h1>{t('stats.title')}</h1>
      <p className="lead">{t('stats.lead')}</p>
      <ul className="key-figures">
        <li>
          <strong>{format(data.solutions)}</strong> {t('home.figureSolutions', { count: data.solutions })}
        </li>
        <li>
          <strong>{format(data.organizations)}</strong> {t('home.figurePartners', { count: data.organizations })}
        </li>
        <li>
          <strong>{format(data.countries)}</strong> {t('home.figureCountries', { count: data.countries })}
        </li>
      </ul>
      <p className="muted">{t('stats.note')}</p>

      <div className="stats-grid">
        <section aria-labelledby="chart-sdg" className="chart chart-wide">
          <h2 id="chart-sdg">{t('stats.bySdg')}</h2>
          <BarChart labelledBy="chart-sdg" labelHeader={t('stats.goal')} valueHeader={solutionsHeader} rows={sdgRows} />
        </section>
        <section aria-labelledby="chart-region" className="chart">
          <h2 id="chart-region">{t('stats.byRegion')}</h2>
          <BarChart
            labelledBy="chart-region"
            labelHeader={t('stats.region')}
            valueHeader={solutionsHeader}
            rows={regionRows('region')}
          />
          <h3 id="chart-subregion">{t('stats.bySubRegion')}</h3>
          <BarChart
            labelledBy="chart-subregion"
            labelHeader={t('stats.region')}
            valueHeader={solutionsHeader}
            rows={regionRows('subRegion')}
          />
        </section>
        <div className="chart-stack">
          <section aria-labelledby="chart-modality" className="chart">
            <h2 id="chart-modality">{t('stats.byModality')}</h2>
            <BarChart
              labelledBy="chart-modality"
              labelHeader={t('stats.modality')}
              valueHeader={solutionsHeader}
              rows={modalityRows}
            />
          </section>
          <section aria-labelledby="chart-type" className="chart">
            <h2 id="chart-type">{t('stats.byOrganizationType')}</h2>
            <BarChart
              labelledBy="chart-type"
              labelHeader={t('stats.organizationType')}
              valueHeader={t('stats.organizationsColumn')}
              rows={typeRows}
            />
          </section>
        </div>
        <section aria-labelledby="chart-year" className="chart chart-wide">
          <h2 id="chart-year">{t('stats.byYear')}</h2>
          <p className="muted">{t('stats.byYearNote')}</p>
          <ColumnChart
            labelledBy="chart-year"
            labelHeader={t('stats.year')}
            valueHeader={solutionsHeader}
            tableSummary={t('stats.showTable')}
            rows={yearRows}
          />
        </section>
      </div>
    </>
  );
}
