import { useEffect, useId, useState } from 'react';
import { consistencyReport, type ConcordanceUnit, type ConsistencyEntry } from '../../core/concordance';
import type { CompiledGlossary } from '../../core/glossary';

/** Units above which the report waits for a click (it aligns every unit: seconds on a large project). */
const AUTO_LIMIT = 2_000;

/** Every termbase concept rendered more than one way in the project, most used first. */
export function ConsistencyReport({ units, glossary, onSearch }: { units: readonly ConcordanceUnit[]; glossary: CompiledGlossary; onSearch: (q: string) => void }) {
  const [wanted, setWanted] = useState(units.length <= AUTO_LIMIT);
  const [entries, setEntries] = useState<ConsistencyEntry[] | null>(null);
  useEffect(() => {
    if (!wanted) return;
    setEntries(null);
    const t = setTimeout(() => setEntries(consistencyReport(units, glossary)), 0); // after the first paint
    return () => clearTimeout(t);
  }, [wanted, units, glossary]);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Consistency</h3>
      {!wanted ? (
        <button type="button" onClick={() => setWanted(true)}>
          Build the consistency report ({units.length.toLocaleString('en')} units)
        </button>
      ) : !entries ? (
        <p role="status">Comparing renderings across the project…</p>
      ) : entries.length === 0 ? (
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
