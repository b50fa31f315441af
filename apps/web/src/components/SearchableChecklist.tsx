import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './SearchableChecklist.css';

export interface ChecklistOption {
  value: string;
  label: ReactNode;
  /** What finding matches against (names in the UI language, codes…). */
  search: string;
  /** Options with the same group are shown together under it. */
  group?: string;
}

/** Lower case, without accents and diacritics: "Côte", "cote" and "COTE" find each other; so do ё and е. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

interface SearchableChecklistProps {
  /** The id of the first checkbox, where "go to the error" lands; the box to find is `${id}-find`. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  options: readonly ChecklistOption[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** Shown when there are no options at all. */
  empty?: ReactNode;
}

/**
 * A long list of checkboxes with a box to find options by name in any language and script. What
 * is chosen stays listed while finding, so it can be unchosen.
 */
export function SearchableChecklist(props: SearchableChecklistProps) {
  const { id, legend, hint, error, optional, options, values, onChange, empty } = props;
  const { t } = useTranslation();
  const uid = useId();
  const [find, setFind] = useState('');
  const needle = foldForSearch(find.trim());
  const shown = needle
    ? options.filter((o) => values.includes(o.value) || foldForSearch(o.search).includes(needle))
    : options;
  const matches = needle ? shown.filter((o) => !values.includes(o.value)).length : shown.length;
  const groups: { name: string | undefined; options: ChecklistOption[] }[] = [];
  for (const option of shown) {
    const last = groups[groups.length - 1];
    if (last && last.name === option.group) last.options.push(option);
    else groups.push({ name: option.group, options: [option] });
  }
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values, value] : values.filter((v) => v !== value));
  const firstValue = shown[0]?.value;

  const boxes = (list: ChecklistOption[]) => (
    <ul className="checkbox-list">
      {list.map((option) => {
        const isFirst = option.value === firstValue;
        return (
          <li key={option.value}>
            <label>
              <input
                type="checkbox"
                id={isFirst ? id : undefined}
                value={option.value}
                checked={values.includes(option.value)}
                aria-invalid={error && isFirst ? true : undefined}
                aria-describedby={isFirst ? describedBy : undefined}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <span>{option.label}</span>
            </label>
          </li>
        );
      })}
    </ul>
  );

  return (
    <fieldset className={error ? 'field field-invalid checklist' : 'field checklist'} aria-describedby={describedBy}>
      <legend>
        {legend}
        {optional && <span className="optional"> {t('form.optional')}</span>}
      </legend>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {options.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <div className="checklist-find">
            <label htmlFor={`${id}-find`}>{t('workspace.findInList')}</label>
            <input
              id={`${id}-find`}
              type="search"
              value={find}
              autoComplete="off"
              aria-describedby={`${uid}-count`}
              onChange={(event) => setFind(event.target.value)}
            />
            <p className="checklist-count muted" id={`${uid}-count`} aria-live="polite">
              {t('workspace.chosenCount', { count: values.length })}
              {needle && ` · ${t('workspace.matchCount', { count: matches })}`}
            </p>
          </div>
          <div className="checklist-options">
            {groups.map((group, index) =>
              group.name ? (
                <fieldset key={`${group.name}-${index}`} className="checklist-group">
                  <legend>{group.name}</legend>
                  {boxes(group.options)}
                </fieldset>
              ) : (
                <div key={`none-${index}`}>{boxes(group.options)}</div>
              ),
            )}
            {shown.length === 0 && <p className="muted">{t('search.findNone')}</p>}
          </div>
        </>
      )}
    </fieldset>
  );
}
