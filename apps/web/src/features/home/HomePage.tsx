import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { referenceQueries } from '../../app/reference-queries';
import { SDG_COLORS } from '../../app/sdg-colors';
import { useLanguage } from '../../app/useLanguage';

export function HomePage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const sdgs = useQuery(referenceQueries.sdgs(lang));

  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
      </section>
      <section aria-labelledby="sdg-heading">
        <h2 id="sdg-heading">{t('home.sdgHeading')}</h2>
        {sdgs.isPending && <p role="status">{t('common.loading')}</p>}
        {sdgs.isError && <p role="alert">{t('common.loadError')}</p>}
        {sdgs.data && (
          <ul className="sdg-grid">
            {sdgs.data.map((goal) => (
              <li
                key={goal.number}
                className="sdg-tile"
                style={{ '--sdg-color': SDG_COLORS[goal.number] } as React.CSSProperties}
              >
                <span className="sdg-number" aria-hidden="true">
                  {goal.number}
                </span>
                <span className="sdg-name">
                  <span className="visually-hidden">{t('sdg.goalNumber', { number: goal.number })} </span>
                  {goal.short}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
