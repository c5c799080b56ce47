import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
  /** Draw in the warning colour (failures, forbidden renderings). */
  bad?: boolean;
  /** Extra cells for the table (e.g. the suggested fix). */
  detail?: string;
}

interface Props {
  title: string;
  bars: Bar[];
  /** Column headers of the table: label, value (and detail). */
  columns: [string, string] | [string, string, string];
  /** Formats a value for the bar's end and the table. */
  format?: (v: number) => string;
}

const ROW = 22;
const LABEL_W = 150;
const WIDTH = 420;

/**
 * A horizontal bar chart in plain SVG, hidden from screen readers, followed by the same
 * numbers as a table (visually hidden) that they read instead. No chart library: a few
 * dozen lines, nothing added to the bundle, and full control of the accessible markup.
 */
export function BarChart({ title, bars, columns, format = (v) => v.toLocaleString('en') }: Props) {
  const captionId = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 4;
  // Labels fit the label column: CJK characters are about twice as wide as Latin ones.
  const cut = (s: string) => {
    let w = 0;
    const chars = Array.from(s);
    for (let i = 0; i < chars.length; i++) {
      w += /[\u2e80-\u9fff\uff00-\uffef]/.test(chars[i]) ? 12 : 6.6;
      if (w > LABEL_W - 14) return `${chars.slice(0, i).join('')}…`;
    }
    return s;
  };
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <strong>{title}</strong>
      </figcaption>
      {bars.length === 0 ? (
        <p className="muted">Nothing to show.</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
            {bars.map((b, i) => {
              const w = ((WIDTH - LABEL_W - 50) * b.value) / max;
              const y = i * ROW + 2;
              return (
                <g key={`${b.label}-${i}`}>
                  <text x={LABEL_W - 6} y={y + 14} textAnchor="end">
                    {cut(b.label)}
                  </text>
                  <rect x={LABEL_W} y={y + 3} width={Math.max(1, w)} height={ROW - 7} rx={2} className={b.bad ? 'bar bar-bad' : 'bar'} />
                  <text x={LABEL_W + w + 6} y={y + 14}>
                    {format(b.value)}
                  </text>
                </g>
              );
            })}
          </svg>
          <table className="visually-hidden">
            <caption>{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {bars.map((b, i) => (
                <tr key={`${b.label}-${i}`}>
                  <th scope="row">{b.label}</th>
                  <td>{format(b.value)}</td>
                  {columns.length === 3 && <td>{b.detail ?? ''}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
