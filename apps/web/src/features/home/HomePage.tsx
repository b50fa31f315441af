import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { solutionQueries, statsQueries } from '../../app/catalog-queries';
import { useFormatNumber } from '../../app/format';
import { SDG_COLORS } from '../../app/sdg-colors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useSdgs } from '../../app/useReference';
import { LoadError, Loading } from '../../components/QueryStatus';
import { SolutionCard } from '../../components/SolutionCard';
import { HomeSearch } from './HomeSearch';
import { SolutionsMap } from './SolutionsMap';
import './home.css';

const NEWEST = [
  ['sort', 'newest'],
  ['pageSize', '6'],
] as const;

export function HomePage() {
  const { t } = useTranslation();
  const format = useFormatNumber();
  useDocumentTitle(t('home.documentTitle'));
  const sdgs = useSdgs();
  const stats = useQuery(statsQueries.all());
  const newest = useQuery(solutionQueries.search(NEWEST));

  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <HomeSearch />
        {stats.data && (
          <ul className="key-figures">
            <li>
              <strong>{format(stats.data.solutions)}</strong>{' '}
              {t('home.figureSolutions', { count: stats.data.solutions })}
            </li>
            <li>
              <strong>{format(stats.data.organizations)}</strong>{' '}
              {t('home.figurePartners', { count: stats.data.organizations })}
            </li>
            <li>
              <strong>{format(stats.data.countries)}</strong>{' '}
              {t('home.figureCountries', { count: stats.data.countries })}
            </li>
          </ul>
        )}
      </section>

      <section aria-labelledby="sdg-heading">
        <h2 id="sdg-heading">{t('home.sdgHeading')}</h2>
        {sdgs.query.isPending && <Loading />}
        {sdgs.query.isError && <LoadError onRetry={() => void sdgs.query.refetch()} />}
        {sdgs.list.length > 0 && (
          <ul className="sdg-grid">
            {sdgs.list.map((goal) => {
              const count = stats.data?.bySdg[String(goal.number)];
              return (
                <li
                  key={goal.number}
                  className="sdg-tile"
                  style={{ '--sdg-color': SDG_COLORS[goal.number] } as React.CSSProperties}
                >
                  <Link to={`/solutions?sdg=${goal.number}`}>
                    <span className="sdg-number" aria-hidden="true">
                      {goal.number}
                    </span>
                    <span className="sdg-text">
                      <span className="sdg-name">
                        <span className="visually-hidden">{t('sdg.goalNumber', { number: goal.number })} </span>
                        {goal.short}
                      </span>
                      {count !== undefined && <span className="sdg-count">{t('home.sdgCount', { count })}</span>}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="newest-heading">
        <div className="section-heading">
          <h2 id="newest-heading">{t('home.newestHeading')}</h2>
          <Link to="/solutions?sort=newest">{t('home.seeAll')}</Link>
        </div>
        {newest.isPending && <Loading />}
        {newest.isError && <LoadError onRetry={() => void newest.refetch()} />}
        {newest.data && (
          <ul className="card-grid">
            {newest.data.items.map((solution) => (
              <li key={solution.id}>
                <SolutionCard solution={solution} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <SolutionsMap stats={stats} />
    </>
  );
}
