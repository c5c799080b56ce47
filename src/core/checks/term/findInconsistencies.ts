import type { Finding } from '../../model/Finding';
import type { CompiledGlossary } from '../../glossary';
import type { CheckUnit } from '../Check';
import { attributedHits, keptAttribution, renderingStats, type AttributedHit, type RenderingStats } from './renderingStats';

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
 * The findings of one unit against statistics gathered over its document or project
 * (`attributed`: the unit's `attributedHits` with `stats.evidence`, when already at hand).
 */
export function inconsistenciesInUnit(unit: CheckUnit, g: CompiledGlossary, stats: RenderingStats, attributed?: AttributedHit[]): Finding[] {
  if (!unit.target) return [];
  const out: Finding[] = [];
  // per concept with findings: its renderings ranked (most frequent first) once, for the kept
  // rendering and the list the message shows
  let ranks: Map<string, Ranked> | undefined;
  for (const a of attributed ?? attributedHits(g, unit, stats.evidence)) {
    const renderings = stats.byConcept.get(a.conceptId);
    if (!renderings || renderings.size < 2) continue;
    const cc = g.concepts.get(a.conceptId);
    if (!cc) continue;
    let ranked = (ranks ??= new Map<string, Ranked>()).get(a.conceptId);
    if (!ranked) ranks.set(a.conceptId, (ranked = rank(renderings, cc.preferred, cc.approved)));
    const kept = ranked.kept;
    if (a.rendering === kept) continue;
    // 安全/安全性, 对抗攻击/对抗性攻击: two approved renderings that differ by 性 or 的 are one;
    // a general-language word may vary
    const bothApproved = cc.approved.includes(kept) && cc.approved.includes(a.rendering);
    if (bothApproved && (cc.concept.generic || sameApartFromParticles(a.rendering, kept))) continue;
    const suggestion = cc.approved.includes(kept) ? kept : cc.preferred ?? kept;
    const list = (ranked.list ??= listOf(ranked));
    // without a source, two approved renderings may be two senses (行为 "behaviour" vs 动作 "action")
    const weak = !unit.source.trim() && cc.approved.includes(a.rendering) && cc.approved.includes(kept);
    const pref = cc.preferred && cc.preferred !== suggestion ? ` (termbase preferred: ${cc.preferred})` : '';
    out.push({
      unitId: unit.id,
      check: 'terminology.inconsistent',
      severity: 'minor',
      mqm: 'Terminology/Inconsistent',
      target: { start: a.hit.start, end: a.hit.end, text: a.hit.text },
      message: `"${cc.en}" is rendered several ways: ${list}; use one rendering throughout, ${suggestion}${pref}.`,
      suggestion,
      termId: cc.id,
      ...(weak ? { confidence: 'suspect' as const } : {}),
    });
  }
  return out;
}

function sameApartFromParticles(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || withoutParticles(a) === withoutParticles(b);
}

const PARTICLES = /[性的]/g;

function withoutParticles(x: string): string {
  return x.indexOf('性') < 0 && x.indexOf('的') < 0 ? x : x.replace(PARTICLES, '');
}

interface Ranked {
  /** Renderings, most frequent first (ties: first seen first), with their counts. */
  names: string[];
  counts: number[];
  kept: string;
  /** "策略 (3×), 政策 (1×)", made on first use. */
  list?: string;
}

/**
 * The renderings ranked (an insertion sort: a concept has two or three; no entry arrays), and
 * the rendering kept: the preferred one when it is used, else the most frequent approved one,
 * else the most frequent.
 */
function rank(
  renderings: Map<string, { count: number; first: number }>, preferred: string | undefined, approved: string[],
): Ranked {
  const names: string[] = [];
  const counts: number[] = [];
  const firsts: number[] = [];
  for (const [r, v] of renderings) {
    let p = names.length;
    while (p > 0 && (counts[p - 1] < v.count || (counts[p - 1] === v.count && firsts[p - 1] > v.first))) p--;
    names.splice(p, 0, r);
    counts.splice(p, 0, v.count);
    firsts.splice(p, 0, v.first);
  }
  let kept = preferred && renderings.has(preferred) ? preferred : undefined;
  for (let i = 0; kept === undefined && i < names.length; i++) if (approved.includes(names[i])) kept = names[i];
  return { names, counts, kept: kept ?? names[0] };
}

function listOf(ranked: Ranked): string {
  let list = '';
  for (let i = 0; i < ranked.names.length; i++) list += `${i ? ', ' : ''}${ranked.names[i]} (${ranked.counts[i]}×)`;
  return list;
}
