import type { Finding } from '../../model/Finding';
import type { CompiledConcept, CompiledGlossary } from '../../glossary';
import type { CheckUnit } from '../Check';
import { attributedHits, keptAttribution, renderingStats, type AttributedHit, type RenderingStats } from './renderingStats';
import type { TargetPass } from './targetPass';
import { conceptOf, conceptTable, type ConceptTable } from './conceptTable';

/**
 * terminology.inconsistent over a document or a whole project: a concept rendered more
 * than one way (代理/代理人, 策略/政策, 精度/准确性). The rendering kept is the preferred one
 * when it is used, else the most frequent approved one, else the most frequent; every other
 * rendering is a finding, except an approved one that differs from an approved kept one only
 * by 性/的 (安全/安全性, 对抗攻击/对抗性攻击), or any approved one of a `generic` concept. Suggestion: the kept rendering when it is approved, else the
 * preferred one. Findings come for every unit in `units`.
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
    group.ranked = ranked(names, counts, cc);
  }
  const out: Finding[] = [];
  for (let i = 0; i < n; i++) {
    if (!pass.severalAt(i)) continue;
    const r = groupOf(groups, slotAt[i], concepts[i]).ranked;
    if (r === undefined) continue;
    const rendering = pass.renderingOf(i);
    const verdict = verdictOf(r, rendering, false);
    if (verdict === SKIP) continue;
    const hit = pass.hits[i];
    const f: Finding = {
      unitId: unit.id,
      check: 'terminology.inconsistent',
      severity: 'minor',
      mqm: 'Terminology/Inconsistent',
      target: { start: hit.start, end: hit.end, text: hit.text },
      message: (r.message ??= messageOf(r)),
      suggestion: r.suggestion,
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
  ranked: Ranked | undefined;
}

function groupOf(groups: Group[], slot: number, conceptId: string): Group {
  for (let k = 0; k < groups.length; k++) if (groups[k].slot === slot) return groups[k];
  const group: Group = { slot, conceptId, names: [], counts: [], firsts: [], ranked: undefined };
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
  let ranks: Map<string, Ranked | null> | undefined;
  let noSource: boolean | undefined;
  for (const a of attributed ?? attributedHits(g, unit, stats.evidence)) {
    let ranked = ranks?.get(a.conceptId);
    if (ranked === undefined) {
      const renderings = stats.byConcept.get(a.conceptId);
      const cc = renderings && renderings.size >= 2 ? g.concepts.get(a.conceptId) : undefined;
      ranked = cc ? rank(renderings!, cc) : null;
      (ranks ??= new Map()).set(a.conceptId, ranked);
    }
    if (ranked === null) continue;
    const verdict = verdictOf(ranked, a.rendering, (noSource ??= !unit.source.trim()));
    if (verdict === SKIP) continue;
    const cc = ranked.cc;
    const f: Finding = {
      unitId: unit.id,
      check: 'terminology.inconsistent',
      severity: 'minor',
      mqm: 'Terminology/Inconsistent',
      target: { start: a.hit.start, end: a.hit.end, text: a.hit.text },
      message: (ranked.message ??= messageOf(ranked)),
      suggestion: ranked.suggestion,
      termId: cc.id,
    };
    if (verdict === WEAK) f.confidence = 'suspect';
    out.push(f);
  }
  return out;
}

const SKIP = 1;
const REPORT = 2;
const WEAK = 3;

/** Whether a rendering of the concept is reported (and how), decided on its first hit in the unit. */
function verdictOf(ranked: Ranked, rendering: string, noSource: boolean): number {
  const seen = ranked.decided.indexOf(rendering);
  if (seen >= 0) return ranked.verdicts[seen];
  const { cc, kept } = ranked;
  let verdict: number;
  if (rendering === kept) verdict = SKIP;
  else {
    // 安全/安全性, 对抗攻击/对抗性攻击: two approved renderings that differ by 性 or 的 are one;
    // a general-language word may vary
    const bothApproved = ranked.keptApproved && cc.approved.includes(rendering);
    if (bothApproved && (cc.concept.generic || sameApartFromParticles(rendering, kept))) verdict = SKIP;
    // without a source, two approved renderings may be two senses (行为 "behaviour" vs 动作 "action")
    else verdict = noSource && bothApproved ? WEAK : REPORT;
  }
  ranked.decided.push(rendering);
  ranked.verdicts.push(verdict);
  return verdict;
}

function messageOf(ranked: Ranked): string {
  const { cc, suggestion } = ranked;
  const pref = cc.preferred && cc.preferred !== suggestion ? ` (termbase preferred: ${cc.preferred})` : '';
  return `"${cc.en}" is rendered several ways: ${listOf(ranked)}; use one rendering throughout, ${suggestion}${pref}.`;
}

function sameApartFromParticles(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || withoutParticles(a) === withoutParticles(b);
}

const PARTICLES = /[性的]/g;

function withoutParticles(x: string): string {
  return x.indexOf('性') < 0 && x.indexOf('的') < 0 ? x : x.replace(PARTICLES, '');
}

interface Ranked {
  cc: CompiledConcept;
  /** Renderings, most frequent first (ties: first seen first), with their counts. */
  names: string[];
  counts: number[];
  kept: string;
  keptApproved: boolean;
  /** The kept rendering when it is approved, else the preferred one. */
  suggestion: string;
  /** The message (the same for every finding of the concept), made on first use. */
  message?: string;
  /** Renderings decided in this unit, and their verdicts. */
  decided: string[];
  verdicts: number[];
}

/**
 * The renderings ranked (an insertion sort: a concept has two or three; no entry arrays), and
 * the rendering kept: the preferred one when it is used, else the most frequent approved one,
 * else the most frequent.
 */
function rank(renderings: Map<string, { count: number; first: number }>, cc: CompiledConcept): Ranked {
  const names: string[] = [];
  const counts: number[] = [];
  const firsts: number[] = [];
  renderings.forEach((v, r) => place(names, counts, firsts, r, v.count, v.first));
  return ranked(names, counts, cc);
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

/** `rank` of renderings already ranked in `names` (their counts alongside). */
function ranked(names: string[], counts: number[], cc: CompiledConcept): Ranked {
  const { preferred, approved } = cc;
  let kept = preferred && names.includes(preferred) ? preferred : undefined;
  for (let i = 0; kept === undefined && i < names.length; i++) if (approved.includes(names[i])) kept = names[i];
  kept ??= names[0];
  const keptApproved = approved.includes(kept);
  const suggestion = keptApproved ? kept : preferred ?? kept;
  return { cc, names, counts, kept, keptApproved, suggestion, decided: [], verdicts: [] };
}

function listOf(ranked: Ranked): string {
  let list = '';
  for (let i = 0; i < ranked.names.length; i++) list += `${i ? ', ' : ''}${ranked.names[i]} (${ranked.counts[i]}×)`;
  return list;
}
