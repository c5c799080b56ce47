import type { CompiledGlossary, TargetHit } from '../../glossary';
import type { CheckUnit } from '../Check';
import { documentMemo } from './documentMemo';
import { targetPass, type TargetPass } from './targetPass';
import { unitTerms } from './unitTerms';

/** How often each rendering of a concept occurs across a set of units. */
export interface RenderingStats {
  /** conceptId → rendering → { count, order of first occurrence } */
  byConcept: Map<string, Map<string, { count: number; first: number }>>;
  /** Concepts rendered somewhere by a string that belongs to that concept alone (gathered only when some unit has no source: only those use it). */
  evidence: Set<string>;
  /** Each unit's attributed hits with `evidence`, as counted (kept for documents of up to 512 units), with the texts they were made for. */
  attributed?: Map<CheckUnit, { source: string; target: string; hits: AttributedHit[] }>;
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
  const { hasSource, slotOf, targetHits } = unitTerms(g, unit);
  const out: AttributedHit[] = [];
  for (const hit of targetHits) {
    if (hit.entries.length === 1) {
      // the common case, without the arrays below: one entry is chosen when it is Chinese
      // (and, with a source, when the source holds its concept)
      const e = hit.entries[0];
      if (e.kind === 'zh' && (!hasSource || slotOf.has(e.conceptId))) out.push({ hit, conceptId: e.conceptId, rendering: e.canonical });
      continue;
    }
    const zh = hit.entries.filter((e) => e.kind === 'zh');
    if (!zh.length) continue;
    let chosen = zh;
    if (hasSource) chosen = zh.filter((e) => slotOf.has(e.conceptId));
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
  // the evidence decides only for units without a source: skip its pass (a second matching
  // of every unit in a large document) when every unit has one
  let targetOnly = false;
  for (const unit of units) if (unit.target && !unit.source.trim()) targetOnly = true;
  if (targetOnly) {
    for (const unit of units) {
      if (!unit.target) continue;
      for (const a of attributedHits(g, unit)) {
        if (zhEntries(a.hit) === 1) evidence.add(a.conceptId);
      }
    }
  }
  const kept: RenderingStats['attributed'] = units.length <= KEEP_UNITS ? new Map() : undefined;
  let order = 0;
  for (const unit of units) {
    if (!unit.target) continue;
    const hits = attributedHits(g, unit, evidence);
    kept?.set(unit, { source: unit.source, target: unit.target, hits });
    for (const a of hits) {
      let m = byConcept.get(a.conceptId);
      if (!m) byConcept.set(a.conceptId, (m = new Map()));
      const r = m.get(a.rendering);
      if (r) r.count++;
      else m.set(a.rendering, { count: 1, first: order++ });
    }
  }
  const stats: RenderingStats = { byConcept, evidence, attributed: kept };
  memo.renderingStats = stats;
  return stats;
}

/** Documents up to this size keep each unit's attributed hits with their statistics (as unitTerms keeps its analyses). */
const KEEP_UNITS = 512;

/** The unit's attributed hits kept with the statistics, when the unit and its texts are those counted. */
export function keptAttribution(stats: RenderingStats, unit: CheckUnit): AttributedHit[] | undefined {
  const k = stats.attributed?.get(unit);
  return k && k.source === unit.source && k.target === unit.target ? k.hits : undefined;
}

/**
 * `renderingStats` for a document of this one unit, restricted to the concepts rendered more
 * than one way, with the unit's attributed hits of those concepts (as `attributedHits` gives
 * them with the statistics' evidence): what `inconsistenciesInUnit` needs to report them.
 * Undefined when every concept has one rendering. Not cached: the unit is matched once.
 */
export function singleUnitStats(g: CompiledGlossary, unit: CheckUnit, keep = false): { stats: RenderingStats; attributed: AttributedHit[] } | undefined {
  if (!unit.target) return undefined;
  const terms = unitTerms(g, unit, keep);
  // the attribution as parallel arrays: objects are made only for concepts rendered two ways;
  // the arrays are kept from unit to unit (this runs for every unit, synchronously) and
  // `n` says how much of them is this unit's
  let hits: TargetHit[];
  let concepts: string[];
  let renderings: string[];
  let n: number;
  let evidence: Set<string> | undefined;
  let several: Set<string> | undefined;
  if (terms.hasSource) {
    // with a source a hit renders its Chinese entries whose concept the source holds: the term
    // checks' shared pass attributes them, comparing each with its concept's first rendering
    // (nothing allocated while all agree); the renderings (glossary entries, read through the
    // hit) are read only for the concepts rendered two ways
    const pass = targetPass(terms);
    if (!pass.several) return undefined;
    return severalStats(pass);
  } else {
    let attributed = attributedHits(g, unit);
    // the evidence changes the attribution only of ambiguous hits without a source
    evidence = new Set<string>();
    let ambiguous = false;
    for (const a of attributed) {
      if (zhEntries(a.hit) === 1) evidence.add(a.conceptId);
      else ambiguous = true;
    }
    if (ambiguous) attributed = attributedHits(g, unit, evidence);
    ({ hits, concepts, renderings } = scratch);
    n = 0;
    for (const a of attributed) {
      hits[n] = a.hit;
      concepts[n] = a.conceptId;
      renderings[n++] = a.rendering;
    }
    // concepts with a second rendering; statistics are built for those alone
    several = n <= 64 ? severalByScan(concepts, renderings, n) : severalByMap(concepts, renderings, n);
    if (!several) return undefined;
  }
  const byConcept: RenderingStats['byConcept'] = new Map();
  const kept: AttributedHit[] = [];
  for (let i = 0; i < n; i++) {
    const conceptId = concepts[i];
    if (!several.has(conceptId)) continue;
    count(byConcept, kept, hits[i], conceptId, renderings[i], i);
  }
  return { stats: { byConcept, evidence }, attributed: kept };
}

/** `singleUnitStats` with a source: the shared pass' attributions of the concepts it saw rendered two ways. */
function severalStats(pass: TargetPass): { stats: RenderingStats; attributed: AttributedHit[] } {
  const byConcept: RenderingStats['byConcept'] = new Map();
  const kept: AttributedHit[] = [];
  const { hits, concepts, n } = pass;
  for (let i = 0; i < n; i++) if (pass.severalAt(i)) count(byConcept, kept, hits[i], concepts[i], pass.renderingOf(i), i);
  return { stats: { byConcept, evidence: new Set() }, attributed: kept };
}

/** One attributed hit kept, its rendering counted for its concept (`first`: its order). */
function count(byConcept: RenderingStats['byConcept'], kept: AttributedHit[], hit: TargetHit, conceptId: string, rendering: string, first: number): void {
  kept.push({ hit, conceptId, rendering });
  let m = byConcept.get(conceptId);
  if (!m) byConcept.set(conceptId, (m = new Map()));
  const r = m.get(rendering);
  if (r) r.count++;
  else m.set(rendering, { count: 1, first });
}

/** Concepts with more than one rendering, comparing each hit with the first one of its concept (nothing allocated for a few dozen hits). */
function severalByScan(concepts: string[], renderings: string[], n: number): Set<string> | undefined {
  let several: Set<string> | undefined;
  for (let i = 1; i < n; i++) {
    const c = concepts[i];
    for (let j = 0; j < i; j++) {
      if (concepts[j] !== c) continue;
      if (renderings[j] !== renderings[i]) (several ??= new Set()).add(c);
      break;
    }
  }
  return several;
}

/** The same for many hits, through a map of first renderings. */
function severalByMap(concepts: string[], renderings: string[], n: number): Set<string> | undefined {
  let several: Set<string> | undefined;
  const first = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const r = first.get(concepts[i]);
    if (r === undefined) first.set(concepts[i], renderings[i]);
    else if (r !== renderings[i]) (several ??= new Set()).add(concepts[i]);
  }
  return several;
}

/** singleUnitStats' parallel arrays, reused (entries past a unit's count are stale). */
const scratch = { hits: [] as TargetHit[], concepts: [] as string[], renderings: [] as string[] };

function zhEntries(hit: TargetHit): number {
  let n = 0;
  for (const e of hit.entries) if (e.kind === 'zh') n++;
  return n;
}
