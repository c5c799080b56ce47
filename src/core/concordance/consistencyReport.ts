import { matchSource, matchTarget, type CompiledGlossary, type TermStatus } from '../glossary';
import { sentencePairs } from '../learn';
import type { ConcordanceUnit } from './KwicLine';

export interface RenderingUse {
  /** The rendering as the termbase writes it. */
  text: string;
  status: TermStatus;
  count: number;
  /** Units using it, in input order. */
  unitIds: string[];
}

export interface ConsistencyEntry {
  conceptId: string;
  /** The concept's first English term. */
  en: string;
  preferred?: string;
  /** Most used first. */
  renderings: RenderingUse[];
  /** Occurrences of the English term whose aligned target holds none of the concept's renderings. */
  unrendered: number;
  total: number;
}

/**
 * The "Consistency" report: every termbase concept rendered more than one way across the
 * units (代理 / 代理人 / 智能体 for "agent"). A target rendering counts for a concept when
 * the aligned source sentence holds the concept's English term (or, without a source, when
 * the rendering belongs to the concept). Entries with the most occurrences first.
 * Same attribution as the terminology.inconsistent check, reported per concept with the units.
 */
export function consistencyReport(units: readonly ConcordanceUnit[], g: CompiledGlossary): ConsistencyEntry[] {
  const byConcept = new Map<string, { renderings: Map<string, RenderingUse>; unrendered: number; total: number }>();
  const entryOf = (id: string) => {
    let e = byConcept.get(id);
    if (!e) byConcept.set(id, (e = { renderings: new Map(), unrendered: 0, total: 0 }));
    return e;
  };
  const use = (id: string, text: string, status: TermStatus, unitId: string) => {
    const e = entryOf(id);
    let r = e.renderings.get(text);
    if (!r) e.renderings.set(text, (r = { text, status, count: 0, unitIds: [] }));
    r.count += 1;
    if (r.unitIds[r.unitIds.length - 1] !== unitId) r.unitIds.push(unitId);
    e.total += 1;
  };
  for (const u of units) {
    if (!u.target) continue;
    if (!u.source.trim()) {
      for (const h of matchTarget(g, u.target)) {
        const e = h.entries.find((x) => x.kind === 'zh');
        if (e) use(e.conceptId, e.canonical, e.status, u.id);
      }
      continue;
    }
    for (const pair of sentencePairs(u.source, u.target)) {
      const inSource = new Set<string>();
      for (const h of matchSource(g, pair.source.text)) for (const e of h.entries) if (e.kind === 'term') inSource.add(e.conceptId);
      if (inSource.size === 0) continue;
      const rendered = new Set<string>();
      for (const h of matchTarget(g, pair.target.text)) {
        const e = h.entries.find((x) => x.kind === 'zh' && inSource.has(x.conceptId));
        if (!e) continue;
        use(e.conceptId, e.canonical, e.status, u.id);
        rendered.add(e.conceptId);
      }
      for (const id of inSource) {
        if (rendered.has(id)) continue;
        const e = entryOf(id);
        e.unrendered += 1;
        e.total += 1;
      }
    }
  }
  const out: ConsistencyEntry[] = [];
  for (const [id, e] of byConcept) {
    if (e.renderings.size < 2) continue;
    const cc = g.concepts.get(id);
    if (!cc) continue;
    const entry: ConsistencyEntry = {
      conceptId: id,
      en: cc.en,
      renderings: [...e.renderings.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
      unrendered: e.unrendered,
      total: e.total,
    };
    if (cc.preferred) entry.preferred = cc.preferred;
    out.push(entry);
  }
  return out.sort((a, b) => b.total - a.total || a.en.localeCompare(b.en));
}
