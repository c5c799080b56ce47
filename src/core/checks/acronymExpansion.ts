import type { Finding } from '../model/Finding';
import {
  findAcronymDefinitions, glossaryOf, matchTarget, matchTargetAll,
  type AcronymDefinition, type CompiledConcept, type CompiledGlossary, type TargetHit,
} from '../glossary';
import type { Check, CheckUnit } from './Check';
import { bestAlignedSuffix } from './term/bestAlignedSuffix';
import { expansionBoundaries, findTargetAcronyms, type TargetAcronym } from './term/findTargetAcronyms';
import { segmentExpansion, type ExpansionReading } from './term/segmentExpansion';
import { alignedWith } from './term/alignedWith';
import { targetSpans } from './util/unitCache';

interface Component {
  concept?: CompiledConcept;
  en: string;
}

/**
 * acronym.expansion — the Chinese right before "（ACR）"/"(ACR)" checked against what the
 * acronym stands for: the source's own definition ("Distributive … Algorithm (DESTA)"),
 * else the termbase's acronym entry (GNN), else — target-only — a letter-by-letter reading
 * of the Chinese through the termbase (分配|探索|安全|培训|算法 ← D·E·S·T·A). A component
 * rendered with a forbidden term, or missing its approved rendering, is a finding; the
 * suggestion is the expansion built from preferred renderings (分布式探索安全训练算法).
 * A single-term expansion that is exactly one forbidden rendering is left to
 * terminology.forbidden (no double report).
 */
export const acronymExpansion: Check = {
  id: 'acronym.expansion',
  mqm: 'Terminology',
  defaultSeverity: 'major',
  description: 'The Chinese expansion before an acronym in brackets does not translate what the acronym stands for.',
  run(unit, ctx) {
    const g = glossaryOf(ctx);
    if (!g || !unit.target) return [];
    // the opening brackets from the target split's marks (the split serves most checks)
    const occurrences = findTargetAcronyms(unit.target, targetSpans(unit).marks);
    if (!occurrences.length) return [];
    // the source's definitions of the acronyms the target writes in brackets and the source
    // writes at all: only those are built (a source defines others the check never reads)
    const source = unit.source;
    let wanted: string[] | undefined;
    if (source.trim() !== '') {
      for (const occ of occurrences) if (source.includes(occ.acronym)) (wanted ??= []).push(occ.acronym);
    }
    const defs = wanted ? findAcronymDefinitions(source, g, wanted) : undefined;
    const out: Finding[] = [];
    for (const occ of occurrences) {
      let def: AcronymDefinition | undefined;
      if (defs) for (const d of defs) if (d.acronym === occ.acronym) { def = d; break; }
      const f = checkOccurrence(g, unit, occ, def);
      if (f) out.push(f);
    }
    return out;
  },
};

function checkOccurrence(
  g: CompiledGlossary, unit: CheckUnit, occ: TargetAcronym, def: AcronymDefinition | undefined,
): Finding | undefined {
  const text = unit.target;
  let expected: string | undefined;
  const entry = def ? undefined : termbaseExpansion(g, occ.acronym);
  if (def) expected = def.expectedZh && collapseRepeats(def.expectedZh);
  else if (entry) expected = entry.preferred;
  // the expected expansion right before the bracket: nothing to check (most occurrences; the
  // components are made once a span is read, the basis of the message for a finding)
  if (expected && occ.bracket - expected.length >= occ.runStart && text.startsWith(expected, occ.bracket - expected.length)) return undefined;
  // a source definition none of whose words is a termbase concept has nothing to compare: every
  // span read below would give no problem (0.16 of 0.72 occurrences a real unit read further)
  const components = def ? componentsOf(g, def) : entry ? [{ concept: entry, en: entry.en }] : undefined;
  if (def && !someConcept(components!)) return undefined;
  const all = matchTargetAll(g, text);
  // nothing to compare but a letter-by-letter reading, which reports only a segment rendered
  // with a forbidden entry: none among the hits inside the run, no reading to make
  if (!components && !forbiddenWithin(all, occ.runStart, occ.bracket)) return undefined;
  const boundaries = expansionBoundaries(text, occ.runStart, occ.bracket, all);
  const reading = segmentExpansion(g, text, all, occ.acronym, occ.runStart, occ.bracket, boundaries);
  let start: number;
  if (reading) start = reading.start;
  else if (expected) {
    const aligned = bestAlignedSuffix(text, occ.runStart, occ.bracket, expected, boundaries);
    if (aligned.score < 0.5) return undefined;
    start = aligned.start;
  } else return undefined;
  // an expansion starts with no 的 or 即 (针对GNN的群属性推理攻击, 即内分布: the word before)
  while (start < occ.bracket && isLeadingParticle(text.charCodeAt(start))) start++;
  // a component's rendering right before the span belongs to it (噪声|增强的对比学习 for
  // "Noise-augmented Contrastive Learning": the reading took 增强 for the N)
  if (components) start = extendLeft(text, occ.runStart, start, components);
  const span = text.slice(start, occ.bracket);
  if (!span || span === expected) return undefined;

  let problems: string[];
  let suggestion = expected;
  let confidence: Finding['confidence'] = 'certain';
  let basis = '';
  if (components) {
    problems = componentProblems(components, span, afterBracket(text, occ.bracket));
    if (!problems.length) return undefined; // most expansions: nothing else to build
    suggestion ??= replaceForbidden(components, span);
    if (components.length === 1 && components[0].concept) {
      const only = components[0].concept;
      const exact = matchTarget(g, text).find((h) => h.start === start && h.end === occ.bracket);
      if (exact?.entries.some((e) => e.conceptId === only.id && e.status === 'forbidden')) return undefined;
    }
  } else if (reading) {
    const r = fromReading(g, reading);
    problems = r.problems;
    suggestion = r.suggestion;
    basis = `reading ${occ.acronym} letter by letter through the termbase`;
    confidence = 'suspect';
  } else return undefined;
  if (!problems.length) return undefined;
  // the source's definition is translated in the sentences aligned with its own: an acronym in
  // brackets elsewhere (a label: 神经网络权重变换(WB) for a white-box technique) is not its expansion
  if (def && !alignedWith(unit, def.expansion.start, occ.bracket)) return undefined;
  if (def) basis = `the source's "${def.expansion.text}"`;
  else if (entry) basis = `the termbase (${occ.acronym} = ${entry.en})`;
  return {
    unitId: unit.id,
    check: 'acronym.expansion',
    severity: 'major',
    mqm: 'Terminology',
    target: { start, end: occ.bracket, text: span },
    ...(def ? { source: { start: def.expansion.start, end: def.expansion.end, text: def.expansion.text } } : {}),
    message: `The expansion of ${occ.acronym} reads ${span}; ${basis} gives ${suggestion ?? 'a different expansion'} (${problems.join('; ')}).`,
    ...(suggestion ? { suggestion } : {}),
    ...(components?.length === 1 && components[0].concept ? { termId: components[0].concept.id } : {}),
    confidence,
  };
}

/** The source definition's components with their termbase concepts. */
function componentsOf(g: CompiledGlossary, def: AcronymDefinition): Component[] {
  const out: Component[] = [];
  for (const c of def.components) out.push({ concept: c.conceptId ? g.concepts.get(c.conceptId) : undefined, en: c.text });
  return out;
}

/** Some hit inside [start, end) has a forbidden entry (a reading's segments are such hits' entries). */
function forbiddenWithin(all: TargetHit[], start: number, end: number): boolean {
  for (let i = 0; i < all.length; i++) {
    const h = all[i];
    if (h.start < start || h.end > end) continue;
    const entries = h.entries;
    for (let k = 0; k < entries.length; k++) if (entries[k].status === 'forbidden') return true;
  }
  return false;
}

function someConcept(components: Component[]): boolean {
  for (let i = 0; i < components.length; i++) if (components[i].concept) return true;
  return false;
}

/** The termbase concept the acronym stands for that has approved Chinese (first such entry). */
function termbaseExpansion(g: CompiledGlossary, acronym: string): CompiledConcept | undefined {
  const entries = g.acronyms.get(acronym);
  if (!entries) return undefined;
  for (const e of entries) {
    const c = g.concepts.get(e.conceptId);
    if (c && c.approved.length) return c;
  }
  return undefined;
}

/** The span with each component's forbidden rendering replaced by its preferred one (垂直联合学习 → 垂直联邦学习). */
function replaceForbidden(components: Component[], span: string): string | undefined {
  let out = span;
  for (const { concept } of components) {
    if (!concept?.preferred) continue;
    const wrong = concept.forbidden.filter((z) => out.includes(z.text)).sort((a, b) => b.text.length - a.text.length)[0];
    if (wrong) out = out.replace(wrong.text, concept.preferred);
  }
  return out !== span ? out : undefined;
}

/**
 * What is wrong with each component of the expansion in `span`. A component is rendered by
 * an approved rendering in the span, also with 的 inside (预训练的语言模型), by its own English
 * kept as the source writes it (联邦GAN for "federated GAN", 近似SNN for "approximate SNNs")
 * when every word of the definition is a termbase concept,
 * or by an approved rendering right after the closing bracket (快速梯度符号方法(FGSM)攻击 for
 * "Fast Gradient Sign Method attack (FGSM)": the head word after the acronym).
 */
function componentProblems(components: Component[], span: string, after: string): string[] {
  const problems: string[] = [];
  let lower: string | undefined;
  let plain: string | undefined;
  // a component kept in Latin vouches for the expansion only when every other word of the
  // definition is a termbase concept (checked here): 联邦GAN (federated: 联邦), not 产生式AI
  // for "Generative AI" (generative unknown: the Latin part is all there is to check)
  const latinOk = allKnown(components);
  for (const { concept, en } of components) {
    if (!concept) continue;
    const approved = concept.dnt ? [concept.en, ...concept.approved] : concept.approved;
    const wrong = concept.forbidden.find((z) => span.includes(z.text) && !approved.some((a) => a.includes(z.text) && span.includes(a)));
    lower ??= lowerCase(span);
    plain ??= lower.includes('的') ? lower.replace(/的/g, '') : lower;
    const ok = approved.some((a) => lower!.includes(lowerCase(a)) || plain!.includes(lowerCase(a)) || after.startsWith(a))
      || (latinOk && !wrong && keptAsWritten(lower, en));
    if (wrong) problems.push(`${en.toLowerCase()} → ${concept.preferred ?? approved[0]}, not ${wrong.text}`);
    else if (!ok && approved.length) problems.push(`${en.toLowerCase()} → ${approved[0]} is missing`);
  }
  return problems;
}

/**
 * A word said twice in a row once (群体属性属性推断攻击 → 群体属性推断攻击): the expected expansion
 * joins the renderings of overlapping components ("group property" + "property inference
 * attacks"). Two to four Han characters repeated right away.
 */
function collapseRepeats(s: string): string {
  return REPEAT.test(s) ? s.replace(REPEAT_ALL, '$1') : s;
}

const REPEAT = /(\p{Script=Han}{2,4})\1/u;
const REPEAT_ALL = /(\p{Script=Han}{2,4})\1/gu;

/** An expansion's first character is never one of these: 的, 即. */
function isLeadingParticle(c: number): boolean {
  return c === 0x7684 || c === 0x5373;
}

/** The span's start moved left over a component's approved rendering right before it (once per component). */
function extendLeft(text: string, runStart: number, start: number, components: Component[]): number {
  for (const { concept } of components) {
    if (!concept) continue;
    for (const a of concept.approved) {
      if (a.length >= 2 && start - a.length >= runStart && text.startsWith(a, start - a.length) && !text.slice(start, start + 12).includes(a)) {
        start -= a.length;
        break;
      }
    }
  }
  return start;
}

/** A few characters after the closing bracket that follows `bracket` (the head word after "(FGSM)"). */
function afterBracket(text: string, bracket: number): string {
  let close = bracket;
  while (close < text.length && text.charCodeAt(close) !== 0x29 && text.charCodeAt(close) !== 0xff09) close++;
  return text.slice(close + 1, close + 9);
}

function allKnown(components: Component[]): boolean {
  for (let i = 0; i < components.length; i++) if (!components[i].concept) return false;
  return true;
}

/** The component's English (a Latin word of the source, singular too) in the lower-cased span. */
function keptAsWritten(lower: string, en: string): boolean {
  const w = en.toLowerCase();
  if (!/^[a-z0-9-]+$/.test(w) || w.length < 2) return false;
  return lower.includes(w) || (w.length > 2 && w.endsWith('s') && lower.includes(w.slice(0, -1)));
}

/**
 * `s.toLowerCase()`, without the call for a text of Han characters, CJK punctuation and ASCII
 * without capitals (most expansions and renderings), which it leaves as it is: for a two-byte
 * string the engine's lower-casing is a runtime call.
 */
function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x80 && (c < 0x3000 || c > 0x9fff))) return s.toLowerCase();
  }
  return s;
}

function fromReading(g: CompiledGlossary, reading: ExpansionReading): { problems: string[]; suggestion: string } {
  const problems: string[] = [];
  let suggestion = '';
  for (const seg of reading.segments) {
    const cc = seg.entry ? g.concepts.get(seg.entry.conceptId) : undefined;
    if (cc && seg.entry?.status === 'forbidden' && cc.preferred) {
      problems.push(`${cc.en.toLowerCase()} → ${cc.preferred}, not ${seg.text}`);
      suggestion += cc.preferred;
    } else suggestion += seg.text;
  }
  return { problems, suggestion };
}
