import type { Finding } from '../model/Finding';
import {
  findAcronymDefinitions, glossaryOf, matchTarget, matchTargetAll,
  type AcronymDefinition, type CompiledConcept, type CompiledGlossary, type TargetHit,
} from '../glossary';
import type { Check, CheckUnit } from './Check';
import { bestAlignedSuffix } from './term/bestAlignedSuffix';
import { expansionBoundaries, findTargetAcronyms, type TargetAcronym } from './term/findTargetAcronyms';
import { segmentExpansion, type ExpansionReading } from './term/segmentExpansion';
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
  if (def) expected = def.expectedZh;
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
  const span = text.slice(start, occ.bracket);
  if (!span || span === expected) return undefined;

  let problems: string[];
  let suggestion = expected;
  let confidence: Finding['confidence'] = 'certain';
  let basis = '';
  if (components) {
    problems = componentProblems(components, span);
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

function componentProblems(components: Component[], span: string): string[] {
  const problems: string[] = [];
  let lower: string | undefined;
  for (const { concept, en } of components) {
    if (!concept) continue;
    const approved = concept.dnt ? [concept.en, ...concept.approved] : concept.approved;
    const wrong = concept.forbidden.find((z) => span.includes(z.text) && !approved.some((a) => a.includes(z.text) && span.includes(a)));
    lower ??= lowerCase(span);
    const ok = approved.some((a) => lower!.includes(lowerCase(a)));
    if (wrong) problems.push(`${en.toLowerCase()} → ${concept.preferred ?? approved[0]}, not ${wrong.text}`);
    else if (!ok && approved.length) problems.push(`${en.toLowerCase()} → ${approved[0]} is missing`);
  }
  return problems;
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
