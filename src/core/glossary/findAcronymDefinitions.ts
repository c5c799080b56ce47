import type { CompiledGlossary } from './CompiledGlossary';
import { englishWordEnd, isAsciiAlnum } from './englishWordEnd';
import { matchSource, type SourceHit } from './matchSource';

// Imported functions read once: a CommonJS build (tsx, the CLI) reads imports through a
// getter at every call, and these run per character.
const wordEnd = englishWordEnd;
const isAlnum = isAsciiAlnum;
const match = matchSource;

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

const STOP = new Set(['a', 'an', 'the']);
const REORDER = new Set(['of', 'for', 'with', 'on', 'in', 'to', 'from', 'via', 'by', 'and', 'or', 'under', 'over', 'using', 'based']);

/**
 * Acronyms defined in English text by "Long Form (LF)" (Schwartz & Hearst 2003: the
 * acronym's letters found right to left in the preceding words, its first letter starting
 * a word). With a glossary, each content word is looked up and the expected Chinese built
 * from the termbase renderings (distributive→分布式 … ⇒ 分布式探索安全训练算法).
 */
export function findAcronymDefinitions(source: string, g?: CompiledGlossary): AcronymDefinition[] {
  // most sources define nothing: no bracket with a capital after it, no regex pass
  if (!capitalAfterBracket(source, '(') && !capitalAfterBracket(source, '\uff08')) return [];
  const out: AcronymDefinition[] = [];
  for (let open = nextBracket(source, 0); open >= 0; open = nextBracket(source, open + 1)) {
    if (!matchShortForm(source, open)) continue;
    const acronym = source.slice(shortStart, shortEnd);
    if (!definesAcronym(acronym)) continue;
    const accStart = shortStart;
    const plural = shortPlural;
    const clauseStart = clauseStartBefore(source, open);
    let letters = 0;
    for (let i = 0; i < acronym.length; i++) if (isAlnum(acronym.charCodeAt(i))) letters++;
    const maxWords = Math.min(letters + 5, letters * 2);
    const candStart = lastWordsStart(source, clauseStart, open, maxWords);
    if (candStart < 0) continue;
    const cand = source.slice(candStart, open).trimEnd();
    const longStartInCand = byInitials(acronym, cand) ?? schwartzHearst(acronym, cand);
    if (longStartInCand < 0) continue;
    const start = candStart + longStartInCand;
    const end = candStart + cand.length;
    const expansion = { start, end, text: source.slice(start, end) };
    const { components, expectedZh } = describeExpansion(source, expansion, g);
    out.push({
      acronym,
      acronymSpan: { start: accStart, end: accStart + acronym.length + plural, text: plural ? acronym + 's' : acronym },
      expansion, components, expectedZh,
    });
  }
  return out;
}

/** The first ( or （ at or after `from`, or -1. */
function nextBracket(source: string, from: number): number {
  const a = source.indexOf('(', from);
  const b = source.indexOf('\uff08', from);
  return a < 0 ? b : b < 0 || a < b ? a : b;
}

// What the last successful matchShortForm found: the acronym's span and its plural s (0 or 1).
let shortStart = 0;
let shortEnd = 0;
let shortPlural = 0;

/**
 * /[(（]\s*([A-Za-z][A-Za-z0-9\-]{0,11}?)(s?)\s*[)）]/ at the bracket `open`, by char code (a
 * regex pass made a match object per bracket): the shortest body after which an optional s,
 * spaces and a closing bracket follow, an s taken when one can be. Only a body starting with a
 * capital is tried (no other defines an acronym). A match holds no opening bracket, so
 * trying every opening bracket in order finds what the global regex finds.
 */
function matchShortForm(source: string, open: number): boolean {
  const n = source.length;
  let i = open + 1;
  while (i < n && isSpace(source.charCodeAt(i))) i++;
  const c0 = source.charCodeAt(i);
  if (!(c0 >= 0x41 && c0 <= 0x5a)) return false;
  const start = i;
  for (let end = start + 1; end <= start + 12 && end <= n; end++) {
    if (end > start + 1) {
      const c = source.charCodeAt(end - 1);
      if (!(isAlnum(c) || c === 0x2d)) return false;
    }
    // (s?) takes an s when the rest can follow it, else none
    for (let s = source.charCodeAt(end) === 0x73 ? 1 : 0; s >= 0; s--) {
      let k = end + s;
      while (k < n && isSpace(source.charCodeAt(k))) k++;
      const close = source.charCodeAt(k);
      if (close === 0x29 || close === 0xff09) {
        shortStart = start;
        shortEnd = end;
        shortPlural = s;
        return true;
      }
    }
  }
  return false;
}

/** Some `bracket` in `source` is followed (after whitespace) by a capital A–Z: what an acronym in brackets starts with. */
function capitalAfterBracket(source: string, bracket: string): boolean {
  for (let i = source.indexOf(bracket); i >= 0; i = source.indexOf(bracket, i + 1)) {
    let k = i + 1;
    while (k < source.length && isSpace(source.charCodeAt(k))) k++;
    const c = source.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  return false;
}

/** Two capitals or more, the first letter a capital ("GNN", "DESTA"; not "e.g"). */
function definesAcronym(a: string): boolean {
  const c0 = a.charCodeAt(0);
  if (c0 < 0x41 || c0 > 0x5a) return false;
  for (let i = 1; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  return false;
}

/** . , ; : ! ? ( ) （ ） 。 ， ； { } \ " “ ” */
function isClauseMark(c: number): boolean {
  switch (c) {
    case 0x2e: case 0x2c: case 0x3b: case 0x3a: case 0x21: case 0x3f: case 0x28: case 0x29:
    case 0xff08: case 0xff09: case 0x3002: case 0xff0c: case 0xff1b: case 0x7b: case 0x7d:
    case 0x5c: case 0x22: case 0x201c: case 0x201d:
      return true;
    default:
      return false;
  }
}

/** Just after the last clause mark (.,;:!?() etc.) before `open`, or 0: scans back only as far as needed. */
function clauseStartBefore(source: string, open: number): number {
  for (let i = open - 1; i >= 0; i--) if (isClauseMark(source.charCodeAt(i))) return i + 1;
  return 0;
}

/**
 * Where the last `maxWords` words of source[from, to) begin (words as `tokenizeEnglish`
 * finds them), or -1 when there is none. Keeps only word starts, in a ring.
 */
function lastWordsStart(source: string, from: number, to: number, maxWords: number): number {
  if (ring.length < maxWords) ring = new Int32Array(maxWords * 2);
  let count = 0;
  let i = from;
  while (i < to) {
    if (!isAlnum(source.charCodeAt(i))) {
      i++;
      continue;
    }
    ring[count % maxWords] = i;
    count++;
    i = wordEnd(source, i, to);
  }
  if (count === 0) return -1;
  return count < maxWords ? ring[0] : ring[count % maxWords];
}

let ring = new Int32Array(32);

const SKIPPABLE = new Set(['of', 'for', 'and', 'the', 'a', 'an', 'in', 'on', 'with', 'to', 'via', 'by']);

/**
 * First try: the acronym's capitals are the initials of the last words, function words
 * skipped ("Proximal Policy Optimization (PPO)", "Graph Neural Networks (GNNs)").
 */
function byInitials(short: string, long: string): number | undefined {
  const letters = short.replace(/[^A-Z0-9]/g, '').toLowerCase();
  if (letters.length < 2) return undefined;
  let k = letters.length;
  // the words (/[A-Za-z0-9]+/) from the last one back
  for (let end = long.length; end > 0 && k > 0; ) {
    if (!isAlnum(long.charCodeAt(end - 1))) {
      end--;
      continue;
    }
    let start = end - 1;
    while (start > 0 && isAlnum(long.charCodeAt(start - 1))) start--;
    let c = long.charCodeAt(start);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (c === letters.charCodeAt(k - 1)) {
      k--;
      if (k === 0) return start;
    } else if (!SKIPPABLE.has(long.slice(start, end).toLowerCase())) return undefined;
    end = start;
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
  source: string,
  expansion: { start: number; end: number; text: string },
  g: CompiledGlossary | undefined,
): { components: AcronymComponent[]; expectedZh?: string } {
  const es = expansion.start;
  const ee = expansion.end;
  // hits with offsets in `source` (`shift` added to those found in the expansion's text)
  let hits: SourceHit[] = [];
  let shift = 0;
  if (g) {
    hits = hitsWithin(match(g, source), source, es, ee);
    if (hits === NOT_WITHIN) {
      hits = match(g, expansion.text);
      shift = es;
    }
  }
  const components: AcronymComponent[] = [];
  let complete = !!g;
  let h = 0;
  // the words of the expansion (what tokenizeEnglish finds in its text), without token objects
  for (let i = es; i < ee; ) {
    if (!isAlnum(source.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    const end = wordEnd(source, i, ee);
    while (h < hits.length && hits[h].end + shift <= start) h++;
    const hit = hits[h];
    if (hit && hit.start + shift <= start && g) {
      const cc = g.concepts.get(hit.conceptId);
      // an acronym inside an expansion (Noise-FGSM) stays as written
      const zh = hit.kind === 'acronym' ? hit.text : cc?.preferred;
      components.push({
        start: hit.start + shift, end: hit.end + shift, text: hit.text,
        conceptId: hit.conceptId, zh,
      });
      if (!zh) complete = false;
      // "Semi-supervised" matched the concept "semi-supervised learning": its Chinese says more
      if (cc && hit.kind !== 'acronym' && wordCount(hit.text) < wordCount(cc.en)) complete = false;
      // on to the first word starting at or after the hit's end
      i = end;
      const hitEnd = hit.end + shift;
      while (i < hitEnd) {
        if (!isAlnum(source.charCodeAt(i))) i++;
        else if (i < hitEnd) i = wordEnd(source, i, ee);
      }
      continue;
    }
    const text = source.slice(start, end);
    const lower = text.toLowerCase();
    if (REORDER.has(lower)) complete = false;
    else if (!STOP.has(lower)) {
      components.push({ start, end, text });
      complete = false;
    }
    i = end;
  }
  if (/[/&+]/.test(expansion.text)) complete = false;
  const expectedZh = complete && components.length ? components.map((c) => c.zh).join('') : undefined;
  return { components, expectedZh };
}

const NOT_WITHIN: SourceHit[] = [];

/**
 * The hits of the whole source inside [es, ee) — what matching the expansion's text alone
 * finds, shifted — or NOT_WITHIN when that may differ: the expansion starts inside a word, at
 * an apostrophe or right after a hyphen (the word before could join or mark a compound), or
 * a hit of the source crosses its start. Its end needs no test: a bracket follows it, and no
 * term goes on over a bracket.
 */
function hitsWithin(all: SourceHit[], source: string, es: number, ee: number): SourceHit[] {
  if (es > 0) {
    const c = source.charCodeAt(es - 1);
    if (isAlnum(c) || c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010 || c === 0x2011) return NOT_WITHIN;
  }
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].end <= es) lo = mid + 1;
    else hi = mid;
  }
  // all[lo] is the first hit ending after es (hits are sorted, none inside another)
  if (lo < all.length && all[lo].start < es) return NOT_WITHIN;
  let k = lo;
  while (k < all.length && all[k].end <= ee) k++;
  if (k < all.length && all[k].start < ee) return NOT_WITHIN;
  return k === lo ? NOT_WITHIN_NONE : all.slice(lo, k);
}

const NOT_WITHIN_NONE: SourceHit[] = [];

/** Words of `text` split at whitespace and hyphens. */
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const sep = c === 0x2d || c === 0x2010 || c === 0x2011 || isSpace(c);
    if (!sep && !inWord) n++;
    inWord = !sep;
  }
  return n;
}

/** What /\s/ matches. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
