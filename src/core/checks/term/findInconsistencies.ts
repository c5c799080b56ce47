import type { Finding } from '../../model/Finding';
import type { CompiledConcept, CompiledGlossary, SourceHit } from '../../glossary';
import type { CheckUnit } from '../Check';
import { attributedHits, keptAttribution, renderingStats, type AttributedHit, type RenderingStats } from './renderingStats';
import type { TargetPass } from './targetPass';
import { conceptOf, conceptTable, type ConceptTable } from './conceptTable';
import { RankedRenderings, SKIP, WEAK } from './RankedRenderings';
import { sourceWordings } from './sourceWordings';
import { conceptHits, unitTerms, type UnitTerms } from './unitTerms';
import { alignedWithSource } from './alignedWithSource';

/**
 * terminology.inconsistent over a document or a whole project: a concept rendered more
 * than one way (代理/代理人, 策略/政策, 精度/准确性). Which renderings are reported and what the
 * document should use instead: `RankedRenderings` (the preferred rendering unless the document
 * consistently uses one approved one). Each finding's suggestion is that rendering in the form
 * that replaces its span (`unifiedForm`: 鲁棒 for 健壮 in 健壮性, not 鲁棒性). A unit whose
 * renderings of a concept are all approved and follow different source wordings ("adversarial
 * examples" 对抗性实例, "adversarial samples" 对抗性样本) has none reported; where a unit's
 * target renders a concept more often than its source names it, a rendering in a sentence
 * whose source has no trace of the term is not reported (`alignedWithSource`: 功能 in
 * 奖励功能 for "reward functions", 分散 for "decentralized"). Findings come for every unit in
 * `units`.
 */
export function findInconsistencies(units: CheckUnit[], g: CompiledGlossary): Finding[] {
  const stats = renderingStats(g, units);
  return units.flatMap((u) => inconsistenciesInUnit(u, g, stats, keptAttribution(stats, u)));
}

/**
 * The findings of a unit checked alone (a document of one unit) with a source, from the term
 * checks' shared pass over its target (TargetPass: each hit's Chinese renderings of source
 * concepts, in target order, and the concepts it saw rendered two ways): what
 * `inconsistenciesInUnit` reports with that unit's `singleUnitStats`, without building the
 * statistics' maps and attributed-hit objects. Only the concepts rendered two ways are read.
 */
export function inconsistenciesOfPass(unit: CheckUnit, g: CompiledGlossary, pass: TargetPass): Finding[] {
  if (!pass.several || !unit.target) return [];
  // per concept rendered two ways (a few a unit): its renderings in order of first occurrence
  // with their counts, then ranked
  const groups: Group[] = [];
  const { n, slotAt, concepts } = pass;
  for (let i = 0; i < n; i++) {
    if (!pass.severalAt(i)) continue;
    const group = groupOf(groups, slotAt[i], concepts[i]);
    const rendering = pass.renderingOf(i);
    const at = group.names.indexOf(rendering);
    if (at >= 0) group.counts[at]++;
    else {
      group.names.push(rendering);
      group.counts.push(1);
      group.firsts.push(i);
    }
  }
  // a concept read by its number (the analysis numbers the source's concepts), not by id
  const nos = pass.terms?.conceptNos;
  let table: ConceptTable | undefined;
  for (const group of groups) {
    const cc = group.names.length >= 2 ? conceptOf(g, (table ??= conceptTable(g)), nos?.[group.slot] ?? -1, group.conceptId) : undefined;
    if (!cc) continue;
    const names: string[] = [];
    const counts: number[] = [];
    const firsts: number[] = [];
    for (let k = 0; k < group.names.length; k++) place(names, counts, firsts, group.names[k], group.counts[k], group.firsts[k]);
    group.ranked = new RankedRenderings(cc, names, counts);
  }
  const out: Finding[] = [];
  for (let i = 0; i < n; i++) {
    if (!pass.severalAt(i)) continue;
    const group = groupOf(groups, slotAt[i], concepts[i]);
    const r = group.ranked;
    if (r === undefined) continue;
    const rendering = pass.renderingOf(i);
    const verdict = r.verdict(rendering, false);
    if (verdict === SKIP) continue;
    // approved renderings that follow the source's wordings: none of the concept reported
    if (r.cc.approved.includes(rendering) && (group.mirrors ??= mirrorsSource(pass.terms!, group.slot, r))) continue;
    const hit = pass.hits[i];
    // more renderings than source occurrences: one in a sentence whose source lacks the term renders another word
    if (group.surplus === undefined) group.surplus = surplusOf(group, pass.terms!);
    if (group.surplus && !alignedWithSource(unit, hit.start, (group.sourceHits ??= conceptHits(pass.terms!, group.slot)), r.cc)) continue;
    const f: Finding = {
      unitId: unit.id,
      check: 'terminology.inconsistent',
      severity: 'minor',
      mqm: 'Terminology/Inconsistent',
      target: { start: hit.start, end: hit.end, text: hit.text },
      message: r.message(),
      suggestion: r.suggestion(rendering, unit.target, hit.end),
      termId: r.cc.id,
    };
    if (verdict === WEAK) f.confidence = 'suspect';
    out.push(f);
  }
  return out;
}

/** One concept's renderings in a unit (see `inconsistenciesOfPass`). */
interface Group {
  slot: number;
  conceptId: string;
  names: string[];
  counts: number[];
  firsts: number[];
  ranked: RankedRenderings | undefined;
  /** Whether its renderings follow the source's wordings (see `mirrorsSource`), worked out on first need. */
  mirrors: boolean | undefined;
  /** Whether the target renders it more often than the source names it, and the source's occurrences (on first need). */
  surplus: boolean | undefined;
  sourceHits: SourceHit[] | undefined;
}

/** The group's renderings outnumber the source's occurrences of its concept. */
function surplusOf(group: Group, terms: UnitTerms): boolean {
  let n = 0;
  for (let k = 0; k < group.counts.length; k++) n += group.counts[k];
  return n > terms.hitCount[group.slot];
}

function groupOf(groups: Group[], slot: number, conceptId: string): Group {
  for (let k = 0; k < groups.length; k++) if (groups[k].slot === slot) return groups[k];
  const group: Group = { slot, conceptId, names: [], counts: [], firsts: [], ranked: undefined, mirrors: undefined, surplus: undefined, sourceHits: undefined };
  groups.push(group);
  return group;
}

/**
 * The findings of one unit against statistics gathered over its document or project
 * (`attributed`: the unit's `attributedHits` with `stats.evidence`, when already at hand).
 */
export function inconsistenciesInUnit(unit: CheckUnit, g: CompiledGlossary, stats: RenderingStats, attributed?: AttributedHit[]): Finding[] {
  if (!unit.target) return [];
  const out: Finding[] = [];
  // per concept with findings: its renderings ranked (most frequent first) once, for the kept
  // rendering, the suggestion and the message, which depend on the concept alone; and per
  // rendering whether it is reported (a target repeats its renderings: decided once each)
  let ranks: Map<string, RankedRenderings | null> | undefined;
  let mirrors: Map<string, boolean> | undefined;
  let surplus: Map<string, SourceHit[] | null> | undefined;
  let noSource: boolean | undefined;
  const hits = attributed ?? attributedHits(g, unit, stats.evidence);
  for (const a of hits) {
    let ranked = ranks?.get(a.conceptId);
    if (ranked === undefined) {
      const renderings = stats.byConcept.get(a.conceptId);
      const cc = renderings && renderings.size >= 2 ? g.concepts.get(a.conceptId) : undefined;
      ranked = cc ? rank(renderings!, cc) : null;
      (ranks ??= new Map()).set(a.conceptId, ranked);
    }
    if (ranked === null) continue;
    const verdict = ranked.verdict(a.rendering, (noSource ??= !unit.source.trim()));
    if (verdict === SKIP) continue;
    const cc = ranked.cc;
    // approved renderings in this unit that follow its source's wordings: none reported here
    if (!noSource && cc.approved.includes(a.rendering)) {
      let m = mirrors?.get(cc.id);
      if (m === undefined) (mirrors ??= new Map()).set(cc.id, (m = unitMirrorsSource(g, unit, hits, cc.id, ranked)));
      if (m) continue;
    }
    // more renderings in this unit than source occurrences: one in a sentence whose source lacks the term renders another word
    if (!noSource) {
      let s = surplus?.get(cc.id);
      if (s === undefined) (surplus ??= new Map()).set(cc.id, (s = unitSurplus(g, unit, hits, cc.id)));
      if (s && !alignedWithSource(unit, a.hit.start, s, cc)) continue;
    }
    const f: Finding = {
      unitId: unit.id,
      check: 'terminology.inconsistent',
      severity: 'minor',
      mqm: 'Terminology/Inconsistent',
      target: { start: a.hit.start, end: a.hit.end, text: a.hit.text },
      message: ranked.message(),
      suggestion: ranked.suggestion(a.rendering, unit.target, a.hit.end),
      termId: cc.id,
    };
    if (verdict === WEAK) f.confidence = 'suspect';
    out.push(f);
  }
  return out;
}

/**
 * A unit's renderings of a concept (`names`, distinct) follow its source's wordings: all are
 * approved, and the source words the concept in at least two ways and at least as many as
 * the renderings' families ("adversarial examples" 对抗性实例, "adversarial samples" 对抗性样本).
 * A forbidden rendering among them is a slip to report with the rest.
 */
function followsWordings(terms: UnitTerms, slot: number, names: string[], ranked: RankedRenderings): boolean {
  // one English term (its variants share its text): one wording
  if (ranked.cc.concept.en.length < 2) return false;
  let families = 0;
  for (let i = 0; i < names.length; i++) {
    const f = ranked.familyOf(names[i]);
    if (f < 0) return false;
    let j = 0;
    while (j < i && ranked.familyOf(names[j]) !== f) j++;
    if (j === i) families++;
  }
  if (families < 2) return false;
  return sourceWordings(terms, slot) >= families;
}

/** `followsWordings` for a unit checked alone: its renderings are the ranking's. */
function mirrorsSource(terms: UnitTerms, slot: number, ranked: RankedRenderings): boolean {
  return followsWordings(terms, slot, ranked.names, ranked);
}

/** `followsWordings` for one unit of a document: its own renderings of the concept. */
function unitMirrorsSource(g: CompiledGlossary, unit: CheckUnit, hits: AttributedHit[], conceptId: string, ranked: RankedRenderings): boolean {
  const terms = unitTerms(g, unit, false);
  const slot = terms.slotOfId(conceptId);
  if (slot < 0) return false;
  const names: string[] = [];
  for (const a of hits) if (a.conceptId === conceptId && !names.includes(a.rendering)) names.push(a.rendering);
  return followsWordings(terms, slot, names, ranked);
}

/** The source's occurrences of a concept when the unit's target renders it more often than they are (else null). */
function unitSurplus(g: CompiledGlossary, unit: CheckUnit, hits: AttributedHit[], conceptId: string): SourceHit[] | null {
  const terms = unitTerms(g, unit, false);
  const slot = terms.slotOfId(conceptId);
  if (slot < 0) return null;
  let n = 0;
  for (const a of hits) if (a.conceptId === conceptId) n++;
  return n > terms.hitCount[slot] ? conceptHits(terms, slot) : null;
}

/**
 * The renderings ranked (an insertion sort: a concept has two or three; no entry arrays), most
 * frequent first, ties: first seen first.
 */
function rank(renderings: Map<string, { count: number; first: number }>, cc: CompiledConcept): RankedRenderings {
  const names: string[] = [];
  const counts: number[] = [];
  const firsts: number[] = [];
  renderings.forEach((v, r) => place(names, counts, firsts, r, v.count, v.first));
  return new RankedRenderings(cc, names, counts);
}

/** Shift the less frequent (later seen on ties) up one, then place this rendering. */
function place(names: string[], counts: number[], firsts: number[], r: string, count: number, first: number): void {
  let p = names.length;
  while (p > 0 && (counts[p - 1] < count || (counts[p - 1] === count && firsts[p - 1] > first))) {
    names[p] = names[p - 1];
    counts[p] = counts[p - 1];
    firsts[p] = firsts[p - 1];
    p--;
  }
  names[p] = r;
  counts[p] = count;
  firsts[p] = first;
}
