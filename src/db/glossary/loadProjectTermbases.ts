import type { Termbase } from '../../core/glossary';
import type { DuizhaoDB } from '../DuizhaoDB';
import type { TermEntry } from './GlossaryEntities';
import { projectGlossaries } from './projectGlossary';
import { termsOfGlossaries } from './termsOfGlossaries';

export interface ProjectTermbases {
  /** Imported and project termbases (the built-in one is added by the engine). */
  termbases: Termbase[];
  /** Changes whenever an entry changes: the check engine recompiles on a new key. */
  key: string;
}

/** The stored termbases of a project as engine Termbases (priority: project > imported). */
export async function loadProjectTermbases(db: DuizhaoDB, projectId: number): Promise<ProjectTermbases> {
  const glossaries = await projectGlossaries(db, projectId);
  if (glossaries.length === 0) return { termbases: [], key: '' };
  const terms = await termsOfGlossaries(db, glossaries.map((g) => g.id));
  const byGlossary = new Map<number, TermEntry[]>();
  for (const t of terms) {
    const list = byGlossary.get(t.glossaryId);
    if (list) list.push(t);
    else byGlossary.set(t.glossaryId, [t]);
  }
  const termbases: Termbase[] = glossaries.map((g) => ({
    id: `${g.kind}:${g.id}`,
    name: g.name,
    priority: g.priority,
    concepts: (byGlossary.get(g.id) ?? []).sort((a, b) => a.id - b.id).map((t) => t.concept),
  }));
  const key = terms.length === 0 ? '' : hash(terms.map((t) => `${t.id}.${t.updatedAt}`).sort().join(',') + `|${glossaries.map((g) => `${g.id}:${g.priority}`).join(',')}`);
  return { termbases: termbases.filter((t) => t.concepts.length > 0), key };
}

/** FNV-1a, 32 bits, plus the length: a short key for a long list. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(36)}.${s.length}`;
}
