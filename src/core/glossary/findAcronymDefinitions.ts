import type { CompiledGlossary } from './CompiledGlossary';
import { matchSource } from './matchSource';
import { tokenizeEnglish } from './tokenizeEnglish';

export interface AcronymComponent {
  start: number;
  end: number;
  text: string;
  /** Termbase concept covering this word or term, when known. */
  conceptId?: string;
  /** Its preferred Chinese (or the name itself for do-not-translate concepts). */
  zh?: string;
}

/** "Distributive Exploration Safety Training Algorithm (DESTA)" found in an English source. */
export interface AcronymDefinition {
  /** The acronym without a plural s ("GNN" for "(GNNs)"). */
  acronym: string;
  /** Where the acronym stands (inside the brackets, plural s included). */
  acronymSpan: { start: number; end: number; text: string };
  expansion: { start: number; end: number; text: string };
  /** Content words/terms of the expansion, in order (function words left out). */
  components: AcronymComponent[];
  /** The expansion built from termbase renderings; undefined unless every content word is known
   *  and the word order carries over to Chinese (no of/for/with/and … inside). */
  expectedZh?: string;
}

const SHORT = /[(（]\s*([A-Za-z][A-Za-z0-9\-]{0,11}?)(s?)\s*[)）]/g;
const STOP = new Set(['a', 'an', 'the']);
const REORDER = new Set(['of', 'for', 'with', 'on', 'in', 'to', 'from', 'via', 'by', 'and', 'or', 'under', 'over', 'using', 'based']);

/**
 * Acronyms defined in English text by "Long Form (LF)" (Schwartz & Hearst 2003: the
 * acronym's letters found right to left in the preceding words, its first letter starting
 * a word). With a glossary, each content word is looked up and the expected Chinese built
 * from the termbase renderings (distributive→分布式 … ⇒ 分布式探索安全训练算法).
 */
export function findAcronymDefinitions(source: string, g?: CompiledGlossary): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const m of source.matchAll(SHORT)) {
    const acronym = m[1];
    if ((acronym.match(/[A-Z]/g) ?? []).length < 2 || !/^[A-Z]/.test(acronym)) continue;
    const open = m.index!;
    const accStart = open + m[0].indexOf(acronym);
    const clauseStart = clauseStartBefore(source, open);
    const words = tokenizeEnglish(source.slice(clauseStart, open));
    const letters = acronym.replace(/[^A-Za-z0-9]/g, '').length;
    const maxWords = Math.min(letters + 5, letters * 2);
    const lastWords = words.slice(-maxWords);
    if (!lastWords.length) continue;
    const candStart = clauseStart + lastWords[0].start;
    const cand = source.slice(candStart, open).replace(/\s+$/, '');
    const longStartInCand = byInitials(acronym, cand) ?? schwartzHearst(acronym, cand);
    if (longStartInCand < 0) continue;
    const start = candStart + longStartInCand;
    const end = candStart + cand.length;
    const expansion = { start, end, text: source.slice(start, end) };
    const { components, expectedZh } = describeExpansion(expansion, g);
    out.push({
      acronym,
      acronymSpan: { start: accStart, end: accStart + acronym.length + m[2].length, text: acronym + m[2] },
      expansion, components, expectedZh,
    });
  }
  return out;
}

const CLAUSE_MARKS = new Set([...'.,;:!?()（）。，；{}\\"“”'].map((c) => c.charCodeAt(0)));

/** Just after the last clause mark (.,;:!?() etc.) before `open`, or 0: scans back only as far as needed. */
function clauseStartBefore(source: string, open: number): number {
  for (let i = open - 1; i >= 0; i--) if (CLAUSE_MARKS.has(source.charCodeAt(i))) return i + 1;
  return 0;
}

const SKIPPABLE = new Set(['of', 'for', 'and', 'the', 'a', 'an', 'in', 'on', 'with', 'to', 'via', 'by']);

/**
 * First try: the acronym's capitals are the initials of the last words, function words
 * skipped ("Proximal Policy Optimization (PPO)", "Graph Neural Networks (GNNs)").
 */
function byInitials(short: string, long: string): number | undefined {
  const letters = short.replace(/[^A-Z0-9]/g, '').toLowerCase();
  if (letters.length < 2) return undefined;
  const words = [...long.matchAll(/[A-Za-z0-9]+/g)];
  let k = letters.length;
  for (let i = words.length - 1; i >= 0 && k > 0; i--) {
    const w = words[i][0].toLowerCase();
    if (w[0] === letters[k - 1]) {
      k--;
      if (k === 0) return words[i].index!;
    } else if (!SKIPPABLE.has(w)) return undefined;
  }
  return undefined;
}

/** Offset in `long` where the long form starts, or -1. */
function schwartzHearst(short: string, long: string): number {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  const alnum = (c: string | undefined) => !!c && /[a-z0-9]/.test(c);
  while (si >= 0) {
    const c = s[si];
    if (!alnum(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && alnum(l[li - 1])))) li--;
    if (li < 0) return -1;
    li--;
    si--;
  }
  const wordStart = Math.max(l.lastIndexOf(' ', li + 1), l.lastIndexOf('-', li + 1)) + 1;
  // the long form starts at the beginning of the word holding its first letter
  return l.lastIndexOf(' ', li + 1) + 1 <= wordStart ? l.lastIndexOf(' ', li + 1) + 1 : wordStart;
}

function describeExpansion(
  expansion: { start: number; text: string },
  g: CompiledGlossary | undefined,
): { components: AcronymComponent[]; expectedZh?: string } {
  const tokens = tokenizeEnglish(expansion.text);
  const hits = g ? matchSource(g, expansion.text) : [];
  const components: AcronymComponent[] = [];
  let complete = !!g;
  let h = 0;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    while (h < hits.length && hits[h].end <= t.start) h++;
    const hit = hits[h];
    if (hit && hit.start <= t.start && g) {
      const cc = g.concepts.get(hit.conceptId);
      // an acronym inside an expansion (Noise-FGSM) stays as written
      const zh = hit.kind === 'acronym' ? hit.text : cc?.preferred;
      components.push({
        start: expansion.start + hit.start, end: expansion.start + hit.end, text: hit.text,
        conceptId: hit.conceptId, zh,
      });
      if (!zh) complete = false;
      // "Semi-supervised" matched the concept "semi-supervised learning": its Chinese says more
      if (cc && hit.kind !== 'acronym' && wordCount(hit.text) < wordCount(cc.en)) complete = false;
      while (i < tokens.length && tokens[i].start < hit.end) i++;
      continue;
    }
    const lower = t.text.toLowerCase();
    if (REORDER.has(lower)) complete = false;
    else if (!STOP.has(lower)) {
      components.push({ start: expansion.start + t.start, end: expansion.start + t.end, text: t.text });
      complete = false;
    }
    i++;
  }
  if (/[/&+]/.test(expansion.text)) complete = false;
  const expectedZh = complete && components.length ? components.map((c) => c.zh).join('') : undefined;
  return { components, expectedZh };
}

function wordCount(text: string): number {
  return text.split(/[\s\-\u2010\u2011]+/).filter(Boolean).length;
}
