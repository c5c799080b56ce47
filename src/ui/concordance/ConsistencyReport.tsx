import { useId, useMemo } from 'react';
import { consistencyReport, type ConcordanceUnit } from '../../core/concordance';
import type { CompiledGlossary } from '../../core/glossary';

/** Every termbase concept rendered more than one way in the project, most used first. */
export function ConsistencyReport({ units, glossary, onSearch }: { units: readonly ConcordanceUnit[]; glossary: CompiledGlossary; onSearch: (q: string) => void }) {
  const entries = useMemo(() => consistencyReport(units, glossary), [units, glossary]);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Consistency</h3>
      {entries.length === 0 ? (
        <p className="muted">Every term of the termbase is rendered one way throughout the project.</p>
      ) : (
        <table className="data-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">English term</th>
              <th scope="col">Renderings (units)</th>
              <th scope="col">Not rendered</th>
              <th scope="col">Occurrences</th>
            </tr>
          </thead>
          <tbody>
            {entries.slice(0, 500).map((e) => (
              <tr key={e.conceptId}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSearch(e.en)}>
                    {e.en}
                  </button>
                </th>
                <td lang="zh-Hans">
                  {e.renderings.map((r, i) => (
                    <span key={r.text}>
                      {i > 0 && '、'}
                      <span className={r.status === 'forbidden' ? 'term-forbidden' : r.text === e.preferred ? 'term-ok' : undefined}>{r.text}</span> ({r.count})
                    </span>
                  ))}
                </td>
                <td>{e.unrendered}</td>
                <td>{e.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
