import { Link } from 'react-router';
import { useFormatNumber } from '../../app/format';
import './stats.css';

export interface BarRow {
  key: string;
  label: string;
  value: number;
  color?: string;
  href?: string;
}

interface BarChartProps {
  /** id of the heading that names the chart */
  labelledBy: string;
  labelHeader: string;
  valueHeader: string;
  rows: readonly BarRow[];
}

/**
 * A horizontal bar chart that is a table: screen readers and keyboards get rows and cells, eyes
 * get bars (drawn with CSS, hidden from assistive technology).
 */
export function BarChart({ labelledBy, labelHeader, valueHeader, rows }: BarChartProps) {
  const format = useFormatNumber();
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <table className="bar-chart" aria-labelledby={labelledBy}>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">{valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.href ? <Link to={row.href}>{row.label}</Link> : row.label}</th>
            <td>
              <span className="bar-track" aria-hidden="true">
                <span
                  className="bar"
                  style={{ inlineSize: `${(row.value / max) * 100}%`, background: row.color ?? 'var(--brand)' }}
                />
              </span>
              <span className="bar-value">{format(row.value)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface ColumnChartProps {
  labelledBy: string;
  labelHeader: string;
  valueHeader: string;
  tableSummary: string;
  rows: readonly BarRow[];
}

/** Columns over time for the eye; the same figures in a table a click away, for everyone else. */
export function ColumnChart({ labelledBy, labelHeader, valueHeader, tableSummary, rows }: ColumnChartProps) {
  const format = useFormatNumber();
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <>
      <div className="column-chart" aria-hidden="true">
        {rows.map((row) => (
          <div key={row.key} className="column">
            <span className="column-value">{format(row.value)}</span>
            <span className="column-bar" style={{ blockSize: `${(row.value / max) * 100}%` }} />
            <span className="column-label">{row.label}</span>
          </div>
        ))}
      </div>
      <details className="chart-table">
        <summary>{tableSummary}</summary>
        <table aria-labelledby={labelledBy}>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col">{valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{format(row.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
