import { builtinTermbase, type Termbase } from '../../core/glossary';
import type { DuizhaoDB } from '../DuizhaoDB';
import type { TermEntry } from './GlossaryEntities';
import { glossaryRows, type GlossaryRow } from './glossaryRows';
import { projectGlossaries } from './projectGlossary';
import { termsOfGlossaries } from './termsOfGlossaries';

let builtin: Termbase | null = null;

/** Rows of every termbase the project uses (project, imported, built-in), newest stored entries first. */
export async function loadGlossaryRows(db: DuizhaoDB, projectId: number): Promise<GlossaryRow[]> {
  const gl = await projectGlossaries(db, projectId);
  const terms = await termsOfGlossaries(db, gl.map((g) => g.id));
  const byGlossary = new Map<number, TermEntry[]>();
  for (const t of terms) {
    const list = byGlossary.get(t.glossaryId);
    if (list) list.push(t);
    else byGlossary.set(t.glossaryId, [t]);
  }
  builtin ??= builtinTermbase();
  return glossaryRows(
    builtin,
    gl.map((g) => ({ name: g.name, kind: g.kind, entries: (byGlossary.get(g.id) ?? []).sort((a, b) => b.updatedAt - a.updatedAt) })),
  );
}
