import type { CompiledGlossary } from './CompiledGlossary';
import { clauseWordsStart } from './clauseWordsStart';
import { isAsciiAlnum } from './englishWordEnd';
import { describeExpansion, type AcronymComponent } from './describeExpansion';
import { matchSource } from './matchSource';
import { isJsSpace } from '../text/isJsSpace';

// read once: a CommonJS build (tsx, the CLI) reads imports through getters
const isSpace = isJsSpace;

export type { AcronymComponent } from './describeExpansion';

// Imported functions read once: a CommonJS build (tsx, the CLI) reads imports through a
// getter at every call, and these run per character.
const isAlnum = isAsciiAlnum;
const match = matchSource;
const lastWordsStart = clauseWordsStart;

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

/**
 * Acronyms defined in English text by "Long Form (LF)" (Schwartz & Hearst 2003: the
 * acronym's letters found right to left in the preceding words, its first letter starting
 * a word). With a glossary, each content word is looked up and the expected Chinese built
 * from the termbase renderings (distributive→分布式 … ⇒ 分布式探索安全训练算法).
 * `wanted` (optional): only definitions of these acronyms are built and returned, in the
 * same order as without it (the others are passed over once their brackets are read: no
 * expansion sought, no terms described). Without it, every definition.
 */
export function findAcronymDefinitions(
  source: string, g?: CompiledGlossary, wanted?: readonly string[],
): AcronymDefinition[] {
  // most sources define nothing: no bracket with a capital after it, no regex pass
  if (!capitalAfterABracket(source)) return [];
  // the source's words: the matcher's scan (matched now when not yet: the expansions' terms
  // are read from its hits), else a scan of their own
  if (g) match(g, source);
  const out: AcronymDefinition[] = [];
  let nextFull = source.indexOf('\uff08'); // the next （ (-1: none left)
  for (let open = -1, ascii = source.indexOf('('); ; ) {
    if (ascii < 0 && nextFull < 0) break;
    // the nearer of the next ( and the next （
    if (nextFull >= 0 && (ascii < 0 || nextFull < ascii)) {
      open = nextFull;
      nextFull = source.indexOf('\uff08', open + 1);
    } else {
      open = ascii;
      ascii = source.indexOf('(', open + 1);
    }
    if (!matchShortForm(source, open)) continue;
    if (wanted !== undefined && !isWanted(source, shortStart, shortEnd, wanted)) continue;
    const acronym = source.slice(shortStart, shortEnd);
    if (!definesAcronym(acronym)) continue;
    const accStart = shortStart;
    const plural = shortPlural;
    let letters = 0;
    for (let i = 0; i < acronym.length; i++) if (isAlnum(acronym.charCodeAt(i))) letters++;
    const maxWords = Math.min(letters + 5, letters * 2);
    const candStart = lastWordsStart(source, open, maxWords);
    if (candStart < 0) continue;
    // the candidate words: source[candStart, end), trailing whitespace dropped (as trimEnd)
    let end = open;
    while (end > candStart && isSpace(source.charCodeAt(end - 1))) end--;
    let start = byInitials(acronym, source, candStart, end);
    if (start < 0) {
      const inCand = schwartzHearst(acronym, source.slice(candStart, end));
      if (inCand < 0) continue;
      start = candStart + inCand;
    }
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
  // spaces skipped in a do-while, whose increment runs on every call (see SPACES_SKIPPED)
  let i = open;
  do i++;
  while (i < n && isSpace(source.charCodeAt(i)));
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
      let k = end + s - 1;
      do k++;
      while (k < n && isSpace(source.charCodeAt(k)));
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

/** source[start, end) is one of `wanted` (compared in place: no string made). */
function isWanted(source: string, start: number, end: number, wanted: readonly string[]): boolean {
  const len = end - start;
  for (let i = 0; i < wanted.length; i++) {
    const w = wanted[i];
    if (w.length === len && source.startsWith(w, start)) return true;
  }
  return false;
}

/**
 * Some ( or （ in `source` is followed (after whitespace) by a capital A–Z: what an acronym in
 * brackets starts with. Both brackets are always looked for (one more indexOf): a call for （
 * made only when ( gave nothing is rare among sources that define the acronym their target
 * brackets, and the first time new text reached it, it sent the optimised scan back to the
 * interpreter (no type feedback for a call never made before).
 */
function capitalAfterABracket(source: string): boolean {
  const ascii = capitalAfterBracket(source, '(');
  const fullWidth = capitalAfterBracket(source, '\uff08');
  return ascii || fullWidth;
}

/** Some `bracket` in `source` is followed (after whitespace) by a capital A–Z. */
function capitalAfterBracket(source: string, bracket: string): boolean {
  for (let i = source.indexOf(bracket); i >= 0; i = source.indexOf(bracket, i + 1)) {
    let k = i;
    do k++;
    while (k < source.length && isSpace(source.charCodeAt(k)));
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

/** Function words an expansion may hold between its initials (none over four letters: see byInitials). */
const SKIPPABLE = new Set(['of', 'for', 'and', 'the', 'a', 'an', 'in', 'on', 'with', 'to', 'via', 'by']);

/**
 * First try: the acronym's capitals are the initials of the last words of text[from, to),
 * function words skipped ("Proximal Policy Optimization (PPO)", "Graph Neural Networks
 * (GNNs)"). Returns where the first of them starts, or -1. The acronym's capitals and digits
 * (lower-cased) are read from its end, by char code: no string made unless a word that is
 * no initial may be a function word (at most four letters).
 */
function byInitials(short: string, text: string, from: number, to: number): number {
  let k = short.length; // the acronym's characters before k hold the initials not yet found
  let letters = 0;
  for (let i = 0; i < short.length; i++) if (isCapitalOrDigit(short.charCodeAt(i))) letters++;
  if (letters < 2) return -1;
  // the words (/[A-Za-z0-9]+/) from the last one back
  for (let end = to; end > from && letters > 0; ) {
    if (!isAlnum(text.charCodeAt(end - 1))) {
      end--;
      continue;
    }
    let start = end - 1;
    while (start > from && isAlnum(text.charCodeAt(start - 1))) start--;
    let c = text.charCodeAt(start);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    // the next initial from the end: the acronym's last capital or digit before k
    let want = short.charCodeAt(--k);
    while (!isCapitalOrDigit(want)) want = short.charCodeAt(--k);
    if (c === (want <= 0x39 ? want : want + 32)) {
      if (--letters === 0) return start;
    } else if (end - start > 4 || !SKIPPABLE.has(text.slice(start, end).toLowerCase())) return -1;
    else k++; // not taken: the same initial again for the next word
    end = start;
  }
  return -1;
}

/** A–Z or 0–9. */
function isCapitalOrDigit(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
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

/**
 * SPACES_SKIPPED: the spaces inside brackets ("( GNN )") are skipped by do-while loops that
 * step once before the first test, so the step runs on every call. Spaces there are rare: a
 * `while` loop's step first reached on new text, after the scan was optimised without it,
 * sent the whole scan (these functions inlined) back to the interpreter until optimised again.
 */
