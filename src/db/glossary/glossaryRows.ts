import type { Concept, Termbase, TermStatus } from '../../core/glossary';
import type { TermEntry } from './GlossaryEntities';

export type RowSource = 'project' | 'imported' | 'built-in';

/** One termbase entry as the Glossary table shows it. */
export interface GlossaryRow {
  key: string;
  source: RowSource;
  /** Termbase name ("Project termbase", the imported file, "Built-in ML termbase"). */
  termbase: string;
  /** builtin | imported | learned | user */
  origin: string;
  concept: Concept;
  en: string;
  approved: string[];
  forbidden: string[];
  statuses: Set<TermStatus>;
  /** Stored entry (project/imported). */
  entry?: TermEntry;
  /** A project entry overrides a built-in one with this id. */
  overridden?: boolean;
}

function originOf(c: Concept, source: RowSource): string {
  const o = c.provenance?.origin ?? '';
  if (source === 'built-in') return 'builtin';
  if (source === 'imported') return 'imported';
  return o === 'learned' ? 'learned' : 'user';
}

export function rowOf(c: Concept, source: RowSource, termbase: string, entry?: TermEntry): GlossaryRow {
  return {
    key: entry ? `e${entry.id}` : `b:${c.id}`,
    source,
    termbase,
    origin: originOf(c, source),
    concept: c,
    en: c.en.map((e) => e.text).join(' / '),
    approved: c.zh.filter((z) => z.status !== 'forbidden').map((z) => z.text),
    forbidden: c.zh.filter((z) => z.status === 'forbidden').map((z) => z.text),
    statuses: new Set(c.zh.map((z) => z.status)),
    ...(entry ? { entry } : {}),
  };
}

/**
 * Rows of every termbase in use, highest priority first: project, imported, built-in. A
 * built-in entry that a project entry overrides is left out (the project one shows).
 */
export function glossaryRows(builtin: Termbase, stored: { name: string; kind: 'project' | 'imported'; entries: TermEntry[] }[]): GlossaryRow[] {
  const rows: GlossaryRow[] = [];
  const overridden = new Set<string>();
  for (const g of stored) {
    for (const e of g.entries) {
      rows.push(rowOf(e.concept, g.kind, g.name, e));
      if (e.overrides) overridden.add(e.overrides);
    }
  }
  for (const c of builtin.concepts) if (!overridden.has(c.id)) rows.push(rowOf(c, 'built-in', builtin.name));
  return rows;
}

/** Search (English or Chinese, case-insensitive) and filters. */
export function filterRows(rows: readonly GlossaryRow[], query: string, status: TermStatus | '', origin: string): GlossaryRow[] {
  const q = query.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!status || r.statuses.has(status)) &&
      (!origin || r.origin === origin) &&
      (!q || r.en.toLowerCase().includes(q) || r.concept.zh.some((z) => z.text.includes(q)) || r.concept.en.some((e) => e.variants?.some((v) => v.toLowerCase().includes(q)) || e.acronym?.toLowerCase() === q)),
  );
}
