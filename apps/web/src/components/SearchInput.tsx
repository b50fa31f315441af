import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useUpdateSearchParams, withValue } from '../app/url-state';
import './SearchInput.css';

interface SearchInputProps {
  id: string;
  label: string;
  placeholder?: string;
}

const DEBOUNCE_MS = 250;

/** The id of the search pages' results heading, where the focus goes after a search. */
export const RESULTS_HEADING_ID = 'results-heading';
export const focusResults = () => document.getElementById(RESULTS_HEADING_ID)?.focus();

/**
 * The `q` of the address as a search box that searches as you type: after a short pause it
 * replaces the current history entry (back goes to the page before, not to each letter). The input
 * is uncontrolled so that a slow answer never overwrites what is being typed.
 */
export function SearchInput({ id, label, placeholder }: SearchInputProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const setParams = useUpdateSearchParams();
  const urlValue = params.get('q') ?? '';
  const input = useRef<HTMLInputElement>(null);
  const committed = useRef(urlValue);
  const timer = useRef<number | undefined>(undefined);

  // The address changed by other means (back button, a link): show its text.
  useEffect(() => {
    if (urlValue === committed.current) return;
    committed.current = urlValue;
    window.clearTimeout(timer.current);
    if (input.current) input.current.value = urlValue;
  }, [urlValue]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const commit = (value: string) => {
    window.clearTimeout(timer.current);
    const q = value.trim();
    if (q === committed.current.trim()) return;
    committed.current = q;
    setParams((current) => withValue(current, 'q', q), { replace: true, preventScrollReset: true });
  };

  return (
    <form
      role="search"
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault();
        commit(input.current?.value ?? '');
        // Asked for explicitly (Enter, the button): the focus moves on to the results. Typing does not.
        focusResults();
      }}
    >
      <label htmlFor={id}>{label}</label>
      <div className="search-row">
        <input
          ref={input}
          id={id}
          name="q"
          type="search"
          defaultValue={urlValue}
          placeholder={placeholder}
          autoComplete="off"
          maxLength={200}
          onChange={(event) => {
            const value = event.target.value;
            window.clearTimeout(timer.current);
            timer.current = window.setTimeout(() => commit(value), DEBOUNCE_MS);
          }}
        />
        <button type="submit" className="button-primary">
          {t('search.submit')}
        </button>
      </div>
    </form>
  );
}
