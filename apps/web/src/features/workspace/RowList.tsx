import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './workspace.css';

interface RowListProps<T extends { key: string }> {
  /** Prefix of the ids: each row's fieldset is `${id}-${index}`, its first input `${id}-${index}-${first}`. */
  id: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  newRow: () => T;
  /** "Contact 2": the row's legend, and what its buttons say they act on. */
  rowLabel: (index: number) => string;
  /** The name of the input that gets the focus when a row is added. */
  first: string;
  addLabel: string;
  max: number;
  reorder?: boolean;
  children: (row: T, index: number, change: (row: T) => void) => ReactNode;
}

type Focus = { kind: 'row' | 'first' | 'up' | 'down'; index: number } | { kind: 'add' };

/**
 * Rows that can be added, removed and moved. Focus stays where the hands are: on the new row's
 * first input, on the moved row's button, or on the next row after a removal.
 */
export function RowList<T extends { key: string }>(props: RowListProps<T>) {
  const { id, rows, onChange, newRow, rowLabel, first, addLabel, max, reorder, children } = props;
  const { t } = useTranslation();
  const focus = useRef<Focus>(undefined);

  useEffect(() => {
    const target = focus.current;
    focus.current = undefined;
    if (!target) return;
    const elementId =
      target.kind === 'add'
        ? `${id}-add`
        : target.kind === 'row'
          ? `${id}-${target.index}`
          : target.kind === 'first'
            ? `${id}-${target.index}-${first}`
            : `${id}-${target.index}-${target.kind}`;
    const element = document.getElementById(elementId) as HTMLButtonElement | null;
    // A move to the first or last place disables that button: its twin takes the focus.
    if (element?.disabled && (target.kind === 'up' || target.kind === 'down')) {
      document.getElementById(`${id}-${target.index}-${target.kind === 'up' ? 'down' : 'up'}`)?.focus();
    } else element?.focus();
  }, [rows, id, first]);

  const move = (index: number, by: -1 | 1) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row);
    focus.current = { kind: by < 0 ? 'up' : 'down', index: index + by };
    onChange(next);
  };
  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    focus.current = next.length === 0 ? { kind: 'add' } : { kind: 'row', index: Math.min(index, next.length - 1) };
    onChange(next);
  };
  const add = () => {
    focus.current = { kind: 'first', index: rows.length };
    onChange([...rows, newRow()]);
  };

  return (
    <div className="row-list">
      {rows.map((row, index) => (
        <fieldset key={row.key} id={`${id}-${index}`} tabIndex={-1} className="row-item">
          <legend>{rowLabel(index)}</legend>
          {children(row, index, (changed) => onChange(rows.map((r, i) => (i === index ? changed : r))))}
          <div className="button-row row-actions">
            {reorder && (
              <>
                <button
                  type="button"
                  id={`${id}-${index}-up`}
                  className="button-secondary"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  {t('workspace.moveUp')}
                  <span className="visually-hidden">: {rowLabel(index)}</span>
                </button>
                <button
                  type="button"
                  id={`${id}-${index}-down`}
                  className="button-secondary"
                  disabled={index === rows.length - 1}
                  onClick={() => move(index, 1)}
                >
                  {t('workspace.moveDown')}
                  <span className="visually-hidden">: {rowLabel(index)}</span>
                </button>
              </>
            )}
            <button type="button" className="button-danger" onClick={() => remove(index)}>
              {t('workspace.remove')}
              <span className="visually-hidden">: {rowLabel(index)}</span>
            </button>
          </div>
        </fieldset>
      ))}
      {rows.length < max && (
        <p>
          <button type="button" id={`${id}-add`} className="button-secondary" onClick={add}>
            {addLabel}
          </button>
        </p>
      )}
    </div>
  );
}
