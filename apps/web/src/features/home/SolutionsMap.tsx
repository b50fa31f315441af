import type { Stats } from '@galaxy/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormatNumber } from '../../app/format';
import { useCountries } from '../../app/useReference';
import { LazyWorldMap } from '../../components/LazyWorldMap';
import { LoadError, Loading } from '../../components/QueryStatus';
import './home.css';

/** Light to dark: more solutions, darker blue (the darkest classes pass 3:1 against white). */
const PALETTE = ['#cfe1f2', '#93c4e6', '#4f98cc', '#1f6aa8', '#0b3d73'];
const TOP = 10;

/** Class limits (lower bounds) spreading the countries evenly over the palette. */
function breaks(counts: number[]): number[] {
  const sorted = [...counts].sort((a, b) => a - b);
  const limits = PALETTE.map((_, i) => sorted[Math.floor((i / PALETTE.length) * sorted.length)] ?? 1);
  return limits.map((limit, i) => Math.max(limit, i === 0 ? 1 : limits[i - 1] + 1));
}

export function SolutionsMap({ stats }: { stats: UseQueryResult<Stats> }) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const navigate = useNavigate();
  const { byIso2, name: countryName } = useCountries();

  const model = useMemo(() => {
    const rows = Object.entries(stats.data?.byCountry ?? {})
      .map(([iso2, count]) => ({ iso2, count, name: countryName(iso2), m49: byIso2.get(iso2)?.m49 }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    const limits = breaks(rows.map((r) => r.count));
    const classOf = (count: number) => limits.findLastIndex((limit) => count >= limit);
    const fills = new Map<string, string>();
    const titles = new Map<string, string>();
    const iso2ByM49 = new Map<string, string>();
    for (const row of rows) {
      if (!row.m49) continue;
      fills.set(row.m49, PALETTE[Math.max(0, classOf(row.count))]);
      titles.set(row.m49, t('home.mapTooltip', { name: row.name, count: row.count }));
      iso2ByM49.set(row.m49, row.iso2);
    }
    return { rows, limits, fills, titles, iso2ByM49 };
  }, [stats.data, byIso2, countryName, t]);

  return (
    <section aria-labelledby="map-heading" className="home-map">
      <h2 id="map-heading">{t('home.mapHeading')}</h2>
      <p>{t('home.mapIntro')}</p>
      {stats.isPending && <Loading />}
      {stats.isError && <LoadError onRetry={() => void stats.refetch()} />}
      {stats.data && (
        <div className="map-layout">
          <figure className="map-figure">
            <LazyWorldMap
              label={t('home.mapLabel')}
              fills={model.fills}
              titles={model.titles}
              onSelect={(m49) => {
                const iso2 = model.iso2ByM49.get(m49);
                if (iso2) void navigate(`/solutions?country=${iso2}`);
              }}
            />
            <figcaption>
              <span id="map-legend-title">{t('home.mapLegend')}</span>
              <ul className="map-legend" aria-labelledby="map-legend-title">
                {model.limits.map((limit, i) => {
                  const next = model.limits[i + 1];
                  return (
                    <li key={limit}>
                      <span className="map-swatch" style={{ background: PALETTE[i] }} aria-hidden="true" />
                      {next === undefined
                        ? t('home.mapLegendAtLeast', { from: format(limit) })
                        : next - 1 === limit
                          ? format(limit)
                          : t('home.mapLegendRange', { from: format(limit), to: format(next - 1) })}
                    </li>
                  );
                })}
              </ul>
            </figcaption>
          </figure>
          <div className="map-top">
            <h3 id="top-countries">{t('home.topCountries')}</h3>
            <ol aria-labelledby="top-countries">
              {model.rows.slice(0, TOP).map((row) => (
                <li key={row.iso2}>
                  <Link to={`/solutions?country=${row.iso2}`}>{row.name}</Link>{' '}
                  <span className="count">{format(row.count)}</span>
                </li>
              ))}
            </ol>
            <details className="map-table">
              <summary>{t('home.allCountries', { count: model.rows.length })}</summary>
              <table>
                <caption className="visually-hidden">{t('home.mapTableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('home.country')}</th>
                    <th scope="col">{t('home.solutionsColumn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {model.rows.map((row) => (
                    <tr key={row.iso2}>
                      <th scope="row">
                        <Link to={`/solutions?country=${row.iso2}`}>{row.name}</Link>
                      </th>
                      <td>{format(row.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </div>
        </div>
      )}
    </section>
  );
}
