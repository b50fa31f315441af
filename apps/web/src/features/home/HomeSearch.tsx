import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RESULTS_HEADING_ID } from '../../components/SearchInput';
import './home.css';

/** The way in for most visitors: type a problem, a country or a goal, land on the results. */
export function HomeSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <form
      role="search"
      className="home-search"
      action="/solutions"
      onSubmit={(event) => {
        event.preventDefault();
        const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
        // The results page puts the focus on its results heading rather than at its start.
        void navigate(q ? `/solutions?${new URLSearchParams({ q })}` : '/solutions', {
          state: { focus: RESULTS_HEADING_ID },
        });
      }}
    >
      <label htmlFor="home-q">{t('home.searchLabel')}</label>
      <div className="search-row">
        <input id="home-q" name="q" type="search" placeholder={t('home.searchPlaceholder')} autoComplete="off" />
        <button type="submit" className="button-primary">
          {t('home.searchButton')}
        </button>
      </div>
    </form>
  );
}
