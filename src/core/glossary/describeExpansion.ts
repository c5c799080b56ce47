import type { CompiledGlossary } from './CompiledGlossary';
import { englishWordEnd, isAsciiAlnum } from './englishWordEnd';
import { conceptsByNo } from './conceptsByNo';
import { matchSource, type SourceHit } from './matchSource';

// Imported functions read once: a CommonJS build (tsx, the CLI) reads imports through a
// getter at every call, and these run per character.
const wordEnd = englishWordEnd;
const isAlnum = isAsciiAlnum;
const match = matchSource;

/** A content word or termbase term of an acronym's expansion. */
export interface AcronymComponent {
  start: number;
  end: number;
  text: string;
  /** Termbase concept covering this word or term, when known. */
  conceptId?: string;
  /** Its preferred Chinese (or the name itself for do-not-translate concepts). */
  zh?: string;
}

/** Words left out of the components (none over five units: see describeExpansion; '' is in neither set). */
const STOP = new Set(['a', 'an', 'the']);
const REORDER = new Set(['of', 'for', 'with', 'on', 'in', 'to', 'from', 'via', 'by', 'and', 'or', 'under', 'over', 'using', 'based']);

/**
 * Per glossary, the English word count of each concept read by an expansion, by concept number
 * (0: not counted yet, else count + 1); the concept itself comes from `conceptsByNo`.
 */
const wordsOf = new WeakMap<CompiledGlossary, Int32Array>();

// What the last conceptFacts found: the concept's preferred Chinese and its English's word count.
let factZh: string | undefined;
let factWords = 0;

/** Whether `hit`'s concept exists in `g`; its preferred Chinese and word count in factZh, factWords. */
function conceptFacts(g: CompiledGlossary, hit: SourceHit): boolean {
  const no = hit.conceptNo;
  const byNo = conceptsByNo(g);
  if (no >= 0 && no < byNo.length) {
    const cc = byNo[no];
    if (cc !== undefined) {
      let words = wordsOf.get(g);
      if (words === undefined) wordsOf.set(g, (words = new Int32Array(byNo.length)));
      if (words[no] === 0) words[no] = wordCount(cc.en) + 1;
      factZh = cc.preferred;
      factWords = words[no] - 1;
      return true;
    }
  }
  const cc = g.concepts.get(hit.conceptId);
  factZh = cc?.preferred;
  factWords = cc ? wordCount(cc.en) : 0;
  return cc !== undefined;
}

/**
 * The components of an acronym's expansion found in `source` (its content words and termbase
 * terms, in order) and, when every one is known and the word order carries over, the expected
 * Chinese built from their preferred renderings (distributive→分布式 … ⇒ 分布式探索安全训练算法).
 */
export function describeExpansion(
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
      const known = conceptFacts(g, hit);
      // an acronym inside an expansion (Noise-FGSM) stays as written
      const zh = hit.kind === 'acronym' ? hit.text : factZh;
      components.push({
        start: hit.start + shift, end: hit.end + shift, text: hit.text,
        conceptId: hit.conceptId, zh,
      });
      if (!zh) complete = false;
      // "Semi-supervised" matched the concept "semi-supervised learning": its Chinese says more
      if (known && hit.kind !== 'acronym' && wordCount(hit.text) < factWords) complete = false;
      // on to the first word starting at or after the hit's end
      i = end;
      const hitEnd = hit.end + shift;
      while (i < hitEnd) {
        if (!isAlnum(source.charCodeAt(i))) i++;
        else if (i < hitEnd) i = wordEnd(source, i, ee);
      }
      continue;
    }
    // a word of over five units is no stop or reorder word: no lower-cased copy to look up
    const text = source.slice(start, end);
    const lower = end - start > 5 ? '' : text.toLowerCase();
    if (REORDER.has(lower)) complete = false;
    else if (!STOP.has(lower)) {
      components.push({ start, end, text });
      complete = false;
    }
    i = end;
  }
  if (complete) for (let i = es; i < ee; i++) if (isJoiner(source.charCodeAt(i))) complete = false; // "A/B", "A&B", "A+B"
  let expectedZh: string | undefined;
  if (complete && components.length) {
    expectedZh = '';
    for (let k = 0; k < components.length; k++) expectedZh += components[k].zh;
  }
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

/** / & + */
function isJoiner(c: number): boolean {
  return c === 0x2f || c === 0x26 || c === 0x2b;
}

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
