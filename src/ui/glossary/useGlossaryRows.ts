import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { builtinTermbase, type Termbase } from '../../core/glossary';
import { projectGlossaries, type TermEntry } from '../../db/glossary';
import { useStore } from '../../store';
import { useDb } from '../shell/DbContext';
import { glossaryRows, type GlossaryRow } from './glossaryRows';

let builtin: Termbase | null = null;

/** Rows of every termbase the open project uses, live. */
export function useGlossaryRows(): GlossaryRow[] | undefined {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const stored = useLiveQuery(async () => {
    if (projectId === null) return [];
    const gl = await projectGlossaries(db, projectId);
    const terms = (await db.terms.where('glossaryId').anyOf(gl.map((g) => g.id)).toArray()) as TermEntry[];
    return gl.map((g) => ({ name: g.name, kind: g.kind, entries: terms.filter((t) => t.glossaryId === g.id).sort((a, b) => b.updatedAt - a.updatedAt) }));
  }, [db, projectId]);
  return useMemo(() => {
    if (!stored) return undefined;
    builtin ??= builtinTermbase();
    return glossaryRows(builtin, stored);
  }, [stored]);
}
