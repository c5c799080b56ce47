import { useId, useState } from 'react';
import { glossaryOffThread, useGlossaryQuery } from '../glossary';
import { useDb } from '../shell/DbContext';

/** Units above which the report waits for a click (it aligns every unit: seconds of worker time on a large project). */
const AUTO_LIMIT = 2_000;

interface Props {
  projectId: number;
  /** Changes with the termbase and the project's texts: the report is built again. */
  version: string;
  /** The project texts' version the worker reads (see useConcordanceVersion). */
  dataVersion: string;
  unitCount: number;
  onSearch: (q: string) => void;
}

/** Every termbase concept rendered more than one way in the project, most used first (built in the glossary worker). */
export function ConsistencyReport({ projectId, version, dataVersion, unitCount, onSearch }: Props) {
  const db = useDb();
  const [clicked, setClicked] = useState<number | null>(null);
  const wanted = unitCount <= AUTO_LIMIT || clicked === projectId;
  const key = wanted ? `${projectId}|${version}` : null;
  const q = useGlossaryQuery(key, () => glossaryOffThread(db, 'consistency', { projectId, version: dataVersion }));
  const entries = key !== null && q.valueKey?.startsWith(`${projectId}|`) ? q.value : undefined;
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Consistency</h3>
      {!wanted ? (
        <button type="button" onClick={() => setClicked(projectId)}>
          Build the consistency report ({unitCount.toLocaleString('en')} units)
        </button>
      ) : q.error && !entries ? (
        <p role="alert" className="form-error">
          The report could not be built ({q.error}). Reload the page to try again.
        </p>
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
