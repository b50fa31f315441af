import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

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
        void navigate(q ? `/solutions?${new URLSearchParams({ q })}` : '/solutions');
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
