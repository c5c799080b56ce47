import type { CompiledGlossary, TargetHit } from '../../glossary';
import type { CheckUnit } from '../Check';
import { documentMemo } from './documentMemo';
import { unitTerms } from './unitTerms';

/** How often each rendering of a concept occurs across a set of units. */
export interface RenderingStats {
  /** conceptId → rendering → { count, order of first occurrence } */
  byConcept: Map<string, Map<string, { count: number; first: number }>>;
  /** Concepts rendered somewhere by a string that belongs to that concept alone. */
  evidence: Set<string>;
}

/** One occurrence of a concept's rendering in a unit's target. */
export interface AttributedHit {
  hit: TargetHit;
  conceptId: string;
  rendering: string;
}

const STATUS_RANK = { preferred: 0, admitted: 1, forbidden: 2 } as const;

/**
 * The concepts a target hit renders. With a source: the hit's concepts that the source
 * holds (none → the hit is not counted). Without: a string of one concept renders it; an
 * ambiguous one (代理: forbidden for agent, preferred for proxy) renders the concepts the
 * document shows unambiguous evidence of (代理人 elsewhere → agent), else those for which
 * it has its best status. Only Chinese renderings count; names and acronyms are
 * names.protected's business.
 */
export function attributedHits(g: CompiledGlossary, unit: CheckUnit, evidence?: Set<string>): AttributedHit[] {
  const { hasSource, sourceByConcept, targetHits } = unitTerms(g, unit);
  const out: AttributedHit[] = [];
  for (const hit of targetHits) {
    if (hit.entries.length === 1) {
      // the common case, without the arrays below: one entry is chosen when it is Chinese
      // (and, with a source, when the source holds its concept)
      const e = hit.entries[0];
      if (e.kind === 'zh' && (!hasSource || sourceByConcept.has(e.conceptId))) out.push({ hit, conceptId: e.conceptId, rendering: e.canonical });
      continue;
    }
    const zh = hit.entries.filter((e) => e.kind === 'zh');
    if (!zh.length) continue;
    let chosen = zh;
    if (hasSource) chosen = zh.filter((e) => sourceByConcept.has(e.conceptId));
    else if (evidence && zh.length > 1 && zh.some((e) => evidence.has(e.conceptId))) {
      chosen = zh.filter((e) => evidence.has(e.conceptId));
    } else {
      const best = Math.min(...zh.map((e) => STATUS_RANK[e.status]));
      chosen = zh.filter((e) => STATUS_RANK[e.status] === best);
    }
    for (const e of chosen) out.push({ hit, conceptId: e.conceptId, rendering: e.canonical });
  }
  return out;
}

/** Counts renderings per concept over `units` (cached per unit array). */
export function renderingStats(g: CompiledGlossary, units: CheckUnit[]): RenderingStats {
  const memo = documentMemo(g, units);
  if (memo.renderingStats) return memo.renderingStats as RenderingStats;
  const byConcept: RenderingStats['byConcept'] = new Map();
  const evidence = new Set<string>();
  for (const unit of units) {
    if (!unit.target) continue;
    for (const a of attributedHits(g, unit)) {
      if (zhEntries(a.hit) === 1) evidence.add(a.conceptId);
    }
  }
  let order = 0;
  for (const unit of units) {
    if (!unit.target) continue;
    for (const a of attributedHits(g, unit, evidence)) {
      let m = byConcept.get(a.conceptId);
      if (!m) byConcept.set(a.conceptId, (m = new Map()));
      const r = m.get(a.rendering);
      if (r) r.count++;
      else m.set(a.rendering, { count: 1, first: order++ });
    }
  }
  const stats = { byConcept, evidence };
  memo.renderingStats = stats;
  return stats;
}

/**
 * `renderingStats` for a document of this one unit, with the unit's attributed hits (as
 * `attributedHits` gives them with the statistics' evidence); undefined when no concept has
 * two renderings (then there is nothing inconsistent). Not cached: the unit is matched once.
 */
export function singleUnitStats(g: CompiledGlossary, unit: CheckUnit): { stats: RenderingStats; attributed: AttributedHit[] } | undefined {
  if (!unit.target) return undefined;
  let attributed = attributedHits(g, unit);
  const evidence = new Set<string>();
  let ambiguous = false;
  for (let i = 0; i < attributed.length; i++) {
    const a = attributed[i];
    if (zhEntries(a.hit) === 1) evidence.add(a.conceptId);
    else ambiguous = true;
  }
  // the evidence changes the attribution only of ambiguous hits without a source
  if (ambiguous && !unitTerms(g, unit).hasSource) attributed = attributedHits(g, unit, evidence);
  // fast reject: every concept rendered one way
  const first = new Map<string, string>();
  let several = false;
  for (let i = 0; i < attributed.length && !several; i++) {
    const a = attributed[i];
    const r = first.get(a.conceptId);
    if (r === undefined) first.set(a.conceptId, a.rendering);
    else if (r !== a.rendering) several = true;
  }
  if (!several) return undefined;
  const byConcept: RenderingStats['byConcept'] = new Map();
  let order = 0;
  for (const a of attributed) {
    let m = byConcept.get(a.conceptId);
    if (!m) byConcept.set(a.conceptId, (m = new Map()));
    const r = m.get(a.rendering);
    if (r) r.count++;
    else m.set(a.rendering, { count: 1, first: order++ });
  }
  return { stats: { byConcept, evidence }, attributed };
}

function zhEntries(hit: TargetHit): number {
  let n = 0;
  for (const e of hit.entries) if (e.kind === 'zh') n++;
  return n;
}
