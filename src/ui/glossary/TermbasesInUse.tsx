import { useLiveQuery } from 'dexie-react-hooks';
import { builtinTermbase } from '../../core/glossary';
import { projectGlossaries, removeImportedTermbase } from '../../db/glossary';
import { useStore } from '../../store';
import { useDb } from '../shell/DbContext';

const BUILTIN_SIZE = builtinTermbase().concepts.length;

/** The termbases the project checks with, in priority order; an imported one can be removed. */
export function TermbasesInUse() {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const list = useLiveQuery(async () => {
    if (projectId === null) return [];
    const gl = await projectGlossaries(db, projectId);
    return Promise.all(gl.map(async (g) => ({ g, n: await db.terms.where('glossaryId').equals(g.id).count() })));
  }, [db, projectId]);
  if (!list) return null;
  return (
    <table className="data-table" style={{ maxWidth: 760 }}>
      <caption className="visually-hidden">Termbases in use, highest priority first</caption>
      <thead>
        <tr>
          <th scope="col">Termbase</th>
          <th scope="col">Entries</th>
          <th scope="col">Priority</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {list.map(({ g, n }) => (
          <tr key={g.id}>
            <th scope="row" style={{ fontWeight: 'normal' }}>
              {g.kind === 'project' ? 'Project termbase (learned and edited)' : `Imported: ${g.fileName ?? g.name}`}
            </th>
            <td>{n}</td>
            <td>{g.kind === 'project' ? 'highest' : 'above built-in'}</td>
            <td>
              {g.kind === 'imported' && (
                <button type="button" className="link-button" onClick={() => void removeImportedTermbase(db, g.id)} aria-label={`Remove ${g.fileName ?? g.name}`}>
                  Remove
                </button>
              )}
            </td>
          </tr>
        ))}
        <tr>
          <th scope="row" style={{ fontWeight: 'normal' }}>
            Built-in machine-learning termbase (read-only)
          </th>
          <td>{BUILTIN_SIZE}</td>
          <td>lowest</td>
          <td />
        </tr>
      </tbody>
    </table>
  );
}
