import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../app/format';
import './FacetGroup.css';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /** Nesting level, for regions inside regions. */
  depth?: number;
}

interface FacetGroupProps {
  title: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  defaultOpen?: boolean;
  /** How many options show before "Show all"; long lists also get a box to find an option. */
  visible?: number;
}

/** A collapsible group of checkboxes, each with how many results it would give. */
export function FacetGroup({ title, options, selected, onToggle, defaultOpen = false, visible = 8 }: FacetGroupProps) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const id = useId();
  const [open, setOpen] = useState(defaultOpen || selected.length > 0);
  const [showAll, setShowAll] = useState(false);
  const [find, setFind] = useState('');

  const needle = find.trim().toLocaleLowerCase();
  const matching = needle ? options.filter((o) => o.label.toLocaleLowerCase().includes(needle)) : options;
  const long = options.length > visible;
  const shown = showAll || needle ? matching : matching.slice(0, visible);
  // A chosen option stays in sight even when the list is cut.
  const hiddenSelected = matching.filter((o) => selected.includes(o.value) && !shown.includes(o));
  const list = [...shown, ...hiddenSelected];

  return (
    <section className="facet">
      <h3 className="facet-heading">
        <button type="button" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          <span>{title}</span>
          {selected.length > 0 && (
            <span className="facet-selected">{t('search.selectedCount', { count: selected.length })}</span>
          )}
          <span className="facet-chevron" aria-hidden="true" />
        </button>
      </h3>
      <div id={`${id}-body`} className="facet-body" hidden={!open}>
        {options.length === 0 ? (
          <p className="facet-empty">{t('search.facetEmpty')}</p>
        ) : (
          <fieldset>
            <legend className="visually-hidden">{title}</legend>
            {long && options.length > 12 && (
              <div className="facet-find">
                <label htmlFor={`${id}-find`}>{t('search.findInList')}</label>
                <input id={`${id}-find`} type="search" value={find} onChange={(e) => setFind(e.target.value)} />
              </div>
            )}
            <ul className="facet-options">
              {list.map((option) => (
                <li key={option.value} style={{ paddingInlineStart: `${(option.depth ?? 0) * 1}rem` }}>
                  <label>
                    <input
                      type="checkbox"
                      checked={selected.includes(option.value)}
                      onChange={() => onToggle(option.value)}
                    />
                    <span className="facet-label">
                      {option.label}
                      <span className="visually-hidden">,</span>
                    </span>
                    <span className="facet-count">{format(option.count)}</span>
                  </label>
                </li>
              ))}
            </ul>
            {needle && matching.length === 0 && <p className="facet-empty">{t('search.findNone')}</p>}
            {long && !needle && (
              <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
                {showAll ? t('search.showFewer') : t('search.showAll', { count: options.length })}
              </button>
            )}
          </fieldset>
        )}
      </div>
    </section>
  );
}
