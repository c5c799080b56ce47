import type { CompiledGlossary, SourceEntry } from './CompiledGlossary';
import { PackedWordTable } from './PackedWordTable';
import {
  F_EXACT, F_KEY, F_MOD, F_ROOT_EXACT, F_ROOT_KEY, F_ROOT_MOD, F_SINGLE, FORM_ACRONYM, FORM_DEEP, FORM_LINK,
  FORM_SEEN, FORM_STARTS, FORM_STRIDE, NODE_END, NODE_KIDS, sourceIndexOf, type SourceIndex,
} from './SourceIndex';

/** A termbase term found in English text (UTF-16 offsets into that text). */
export interface SourceHit {
  start: number;
  end: number;
  text: string;
  /** First entry's concept; `entries` lists every concept sharing the span. */
  conceptId: string;
  kind: SourceEntry['kind'];
  /** Shared with the glossary and other hits: do not modify. */
  entries: SourceEntry[];
}

/**
 * Termbase terms in English text: longest match from each token over the token trie
 * (stemmed, case-folded; terms span only whitespace or hyphens), acronyms case-sensitive
 * with an optional plural s (GNN, GNNs). Hits inside longer hits are dropped (the
 * `selectLongest` rule: tokens start hits in order, so a hit ending no later than an
 * earlier one is inside it). Returns hits sorted by start.
 *
 * One pass over the text's bytes finds the tokens (what /[A-Za-z0-9]+(?:['’][A-Za-z]+)*\/g
 * matches, as `tokenizeEnglish`) and packs each word, case-folded, into integers that find
 * its form id in the glossary's `SourceIndex` (keys computed on the form's first sight).
 * Tokens live in reused typed arrays; objects are made only for hits. The last few texts'
 * results are remembered (compared by ===: no hashing of a long text to look it up).
 */
export function matchSource(g: CompiledGlossary, text: string): SourceHit[] {
  const ix = sourceIndexOf(g);
  const texts = ix.recentTexts;
  for (let k = 0; k < texts.length; k++) if (texts[k] === text) return ix.recentHits[k] as SourceHit[];
  const hits = findSourceHits(ix, g, text);
  ix.remember(text, hits);
  return hits;
}

// Imported values read once: a CommonJS build (tsx, the CLI) reads imports through getters.
const LINK = FORM_LINK;
const STARTS = FORM_STARTS;
const ACRONYM = FORM_ACRONYM;
const DEEP = FORM_DEEP;
const STRIDE = FORM_STRIDE;
const KEY = F_KEY;
const MOD = F_MOD;
const EXACT = F_EXACT;
const ROOT_KEY = F_ROOT_KEY;
const ROOT_MOD = F_ROOT_MOD;
const ROOT_EXACT = F_ROOT_EXACT;
const SINGLE = F_SINGLE;
const SEEN = FORM_SEEN;
const END = NODE_END;
const KIDS = NODE_KIDS;
const packedHash = PackedWordTable.hash;

/** Token flags. */
const HYPHEN_NEXT = 1; // joined to the next token by one hyphen
const GAP_OK = 2; // only whitespace/hyphens between the previous token and this one
const ACRONYM_SHAPED = 4; // [A-Z][A-Z0-9]*, or that with a plural s after a capital
// bits 4–7: the word's form flags (FORM_LINK … FORM_DEEP), so most tokens need no form row

// Token buffers, reused by every call (matching is synchronous and not re-entrant).
let cap = 0;
let tStart = new Int32Array(0);
let tEnd = new Int32Array(0);
let tForm = new Int32Array(0);
let tJoin = new Int32Array(0); // form of the hyphen-joined pair starting here; -1 = not yet known
let tFlags = new Uint8Array(0);
/** Tokens that may start a hit (a term's first word, an acronym, or joined to the next by a hyphen), in order. */
let tCand = new Int32Array(0);
let nCand = 0;

function ensure(n: number): void {
  if (n <= cap) return;
  cap = Math.max(n, cap * 2, 256);
  tStart = new Int32Array(cap);
  tEnd = new Int32Array(cap);
  tForm = new Int32Array(cap);
  tJoin = new Int32Array(cap);
  tFlags = new Uint8Array(cap);
  tCand = new Int32Array(cap);
}

function findSourceHits(ix: SourceIndex, g: CompiledGlossary, text: string): SourceHit[] {
  ix.beginText();
  const n = scan(ix, text);
  const out: SourceHit[] = [];
  const form = ix.form;
  let maxEnd = -1; // end of the hits so far: a hit ending no later is inside one of them
  for (let c = 0; c < nCand; c++) {
    const i = tCand[c];
    const flags = tFlags[i];
    const ff = flags >> 4;
    const row = tForm[i] * STRIDE;
    const acr = flags & ACRONYM_SHAPED && ff & ACRONYM ? acronymAt(g, text, tStart[i], tEnd[i]) : undefined;
    let j = -1;
    if (flags & HYPHEN_NEXT || (ff & DEEP && mayContinue(ix, n, row, i + 1))) j = longestFrom(ix, text, n, i);
    else if (form[row + SINGLE] >= 0) {
      // a one-word term that no longer term continues: no search
      j = i + 1;
      bestNode = form[row + SINGLE];
    }
    let entries: SourceEntry[] | undefined;
    let end = tEnd[i];
    let node = -1; // the hit is the trie node's term (its first entry known without reading it)
    if (j >= 0) {
      entries = ix.entries[bestNode]!;
      if (insidePhraseCompound(n, i, j) && allTerms(entries)) entries = acr;
      else {
        end = tEnd[j - 1];
        node = bestNode;
        if (acr && j === i + 1 && !allIn(acr, entries)) {
          entries = entries.slice();
          for (const e of acr) if (!hasConcept(entries, e.conceptId)) entries.push(e);
        }
      }
    } else entries = acr;
    if (!entries) continue;
    const start = tStart[i];
    end = termEnd(text, start, end);
    if (end <= maxEnd) continue;
    maxEnd = end;
    if (entries === acr) entries = acr.slice();
    const text1 = text.slice(start, end);
    if (node >= 0) out.push({ start, end, text: text1, conceptId: ix.nodeConcept[node], kind: ix.nodeKind[node], entries });
    else out.push({ start, end, text: text1, conceptId: entries[0].conceptId, kind: entries[0].kind, entries });
  }
  return out;
}

// The text's code units as bytes, one byte a code unit (offsets stay UTF-16 offsets): ASCII
// as is, ’ → APOS, U+2010/U+2011 → HYPHEN, other Unicode whitespace → SPACE, the rest → OTHER.
let chars = new Uint8Array(0);
const encoder: TextEncoder | undefined = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;
const APOS = 0x80;
const HYPHEN = 0x81;
const SPACE = 0x82;
const OTHER = 0x83;

/** Fills `chars` from `text` (one native copy when the text is ASCII, as most English is). */
function loadChars(text: string): void {
  const len = text.length;
  if (chars.length < len) chars = new Uint8Array(Math.max(len, chars.length * 2, 4096));
  let from = 0;
  if (encoder) {
    const { read, written } = encoder.encodeInto(text, chars);
    if (read === len && written === len) return;
    // not ASCII: bytes before the first multi-byte character are right; map the rest one by one
    while (from < written && from < len && chars[from] < 0x80) from++;
  }
  for (let i = from; i < len; i++) {
    const c = text.charCodeAt(i);
    chars[i] = c < 0x80 ? c : c === 0x2019 ? APOS : c === 0x2010 || c === 0x2011 ? HYPHEN : isSpace(c) ? SPACE : OTHER;
  }
}

/**
 * Tokenises `text` into the buffers and gives each token its form id (the packed table's
 * lookup inlined: this loop runs once per word of every source); returns the token count.
 */
function scan(ix: SourceIndex, text: string): number {
  const len = text.length;
  ensure((len >> 1) + 2); // a token takes a character and a separator: never more than this
  loadChars(text);
  const cs = chars;
  const starts = tStart;
  const ends = tEnd;
  const forms = tForm;
  const joins = tJoin;
  const flagsOf = tFlags;
  const cand = tCand;
  let nc = 0;
  const packed = ix.packed;
  let slots = packed.slots;
  let mask = packed.mask;
  const numbersNeedForms = ix.digitKeys;
  let n = 0;
  let prevEnd = 0;
  let i = 0;
  while (i < len) {
    let c = cs[i];
    let l = c | 0x20; // A–Z folded to a–z; a–z and digits keep their code
    if (!((l >= 0x61 && l <= 0x7a) || (c >= 0x30 && c <= 0x39))) {
      i++;
      continue;
    }
    const start = i;
    // six-bit codes (PackedWordTable), units 1–5 in a, 6–10 in b, 11–15 in d: a–z 1–26, 0–9 27–36, ' 37, ’ 38
    let a = 0;
    let b = 0;
    let d = 0;
    let k = 0;
    for (;;) {
      const code = l >= 0x61 ? l - 0x60 : c - 0x15;
      if (k < 5) a = (a << 6) | code;
      else if (k < 10) b = (b << 6) | code;
      else if (k < 15) d = (d << 6) | code;
      k++;
      if (++i >= len) break;
      c = cs[i];
      l = c | 0x20;
      if (!((l >= 0x61 && l <= 0x7a) || (c >= 0x30 && c <= 0x39))) break;
    }
    // (?:['’][A-Za-z]+)*
    let apostrophe = false;
    while (i + 1 < len && (c === 0x27 || c === APOS)) {
      l = cs[i + 1] | 0x20;
      if (l < 0x61 || l > 0x7a) break;
      apostrophe = true;
      const q = c === 0x27 ? 37 : 38;
      if (k < 5) a = (a << 6) | q;
      else if (k < 10) b = (b << 6) | q;
      else if (k < 15) d = (d << 6) | q;
      k++;
      i++;
      for (;;) {
        if (k < 5) a = (a << 6) | (l - 0x60);
        else if (k < 10) b = (b << 6) | (l - 0x60);
        else if (k < 15) d = (d << 6) | (l - 0x60);
        k++;
        if (++i >= len) break;
        c = cs[i];
        l = c | 0x20;
        if (l < 0x61 || l > 0x7a) break;
      }
    }
    const end = i;
    const c0 = cs[start];
    let flags = !apostrophe && c0 >= 0x41 && c0 <= 0x5a && end - start > 1 && acronymShaped(cs, start, end) ? ACRONYM_SHAPED : 0;
    if (n > 0) {
      if (start === prevEnd + 1) {
        const s = cs[prevEnd];
        if (s === 0x20) flags |= GAP_OK;
        else if (s === 0x2d || s === HYPHEN) {
          flagsOf[n - 1] |= HYPHEN_NEXT;
          if (nc === 0 || cand[nc - 1] !== n - 1) cand[nc++] = n - 1;
          flags |= GAP_OK;
        } else if (s === SPACE || (s >= 0x09 && s <= 0x0d)) flags |= GAP_OK;
      } else if (gapOk(cs, prevEnd, start)) flags |= GAP_OK;
    }
    let f = SEEN; // (form id << 8) | SEEN | form flags
    if (k > 15) f = ix.longForm(text, start, end, end, end);
    else if (numbersNeedForms || c0 > 0x39 || !allDigits(cs, start, end)) {
      // PackedWordTable.find, inlined
      for (let p = packedHash(a, b, d) & mask; ; p = (p + 1) & mask) {
        const q = p * 4;
        const id = slots[q + 3];
        if (id === 0) {
          f = ix.shortForm(text, start, end, end, end, a, b, d);
          slots = packed.slots;
          mask = packed.mask;
          break;
        }
        if (slots[q] === a && slots[q + 1] === b && slots[q + 2] === d) {
          f = id;
          break;
        }
      }
    }
    starts[n] = start;
    ends[n] = end;
    flagsOf[n] = flags | ((f & 0x0f) << 4);
    joins[n] = -1;
    forms[n] = f >> 8;
    if (f & (STARTS | ACRONYM)) cand[nc++] = n;
    n++;
    prevEnd = end;
  }
  nCand = nc;
  return n;
}

/** [A-Z][A-Z0-9]*, or that with a plural s after a capital (GNNs), starting with a capital. */
function acronymShaped(cs: Uint8Array, start: number, end: number): boolean {
  let i = start + 1;
  while (i < end) {
    const c = cs[i];
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) break;
    i++;
  }
  if (i === end) return true;
  return i === end - 1 && end - start > 2 && cs[i] === 0x73 && cs[i - 1] >= 0x41 && cs[i - 1] <= 0x5a;
}

function allDigits(cs: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (cs[i] < 0x30 || cs[i] > 0x39) return false;
  return true;
}

/** Only whitespace or hyphens in [from, to) (of `chars`). */
function gapOk(cs: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = cs[k];
    if (!(c === 0x20 || c === 0x2d || c === HYPHEN || c === SPACE || (c >= 0x09 && c <= 0x0d))) return false;
  }
  return true;
}

/** What /\s/ matches. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}


/**
 * The hit [i, j) is a word inside a hyphenated phrase ("state" in state-of-art, "distribution"
 * in out-of-distribution): a neighbour joined by a hyphen is a function word. Such a word
 * is not the term on its own.
 */
function insidePhraseCompound(n: number, i: number, j: number): boolean {
  if (i > 0 && tFlags[i - 1] & HYPHEN_NEXT && (tFlags[i - 1] >> 4) & LINK) return true;
  return (tFlags[j - 1] & HYPHEN_NEXT) !== 0 && j < n && ((tFlags[j] >> 4) & LINK) !== 0;
}

function allTerms(entries: SourceEntry[]): boolean {
  for (const e of entries) if (e.kind !== 'term') return false;
  return true;
}

function hasConcept(entries: SourceEntry[], conceptId: string): boolean {
  for (const e of entries) if (e.conceptId === conceptId) return true;
  return false;
}

function allIn(acr: SourceEntry[], entries: SourceEntry[]): boolean {
  for (const e of acr) if (!hasConcept(entries, e.conceptId)) return false;
  return true;
}

/** Entries of an acronym token (GNN), or of its plural (GNNs). */
function acronymAt(g: CompiledGlossary, text: string, start: number, end: number): SourceEntry[] | undefined {
  if (text.charCodeAt(end - 1) === 0x73 /* s */) return g.acronyms.get(text.slice(start, end - 1));
  return g.acronyms.get(text.slice(start, end));
}

/** `end` without a trailing possessive ' / ’ / 's / ’s (not part of the term). */
function termEnd(text: string, start: number, end: number): number {
  if (end - start >= 2 && text.charCodeAt(end - 1) === 0x73 && isApostrophe(text.charCodeAt(end - 2))) return end - 2;
  if (end > start && isApostrophe(text.charCodeAt(end - 1))) return end - 1;
  return end;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

// The longest term found from the current start token: end token (exclusive) and trie node.
let bestJ = -1;
let bestNode = 0;

/**
 * Longest term starting at token i: depth-first over the trie, trying at each token the
 * hyphen-joined word, then the exact, modifier and plain keys (the first path reaching the
 * greatest length wins). Returns its end token (exclusive; -1: none), node in `bestNode`.
 */
function longestFrom(ix: SourceIndex, text: string, n: number, i: number): number {
  bestJ = -1;
  const form = ix.form;
  const row = tForm[i] * STRIDE;
  if (tFlags[i] & HYPHEN_NEXT && i + 1 < n) {
    const joined = form[joinedForm(ix, text, i) * STRIDE + ROOT_KEY];
    if (joined >= 0) visit(ix, text, n, joined, i + 2);
  }
  if (form[row + ROOT_EXACT] >= 0) visit(ix, text, n, form[row + ROOT_EXACT], i + 1);
  if (form[row + ROOT_MOD] >= 0) visit(ix, text, n, form[row + ROOT_MOD], i + 1);
  if (form[row + ROOT_KEY] >= 0) visit(ix, text, n, form[row + ROOT_KEY], i + 1);
  return bestJ;
}

/**
 * Some term through a root child of the form at `row` may go on with token j (false: the
 * longest term from here is one word). Checks the child tables only: no search.
 */
function mayContinue(ix: SourceIndex, n: number, row: number, j: number): boolean {
  if (j >= n || !(tFlags[j] & GAP_OK)) return false;
  if (tFlags[j] & HYPHEN_NEXT) return true;
  const form = ix.form;
  const next = tForm[j] * STRIDE;
  return (
    childOf(ix, form[row + ROOT_EXACT], form, next) ||
    childOf(ix, form[row + ROOT_MOD], form, next) ||
    childOf(ix, form[row + ROOT_KEY], form, next)
  );
}

/** `node` (-1: none) has a child under the exact, modifier or plain key of the form at `row`. */
function childOf(ix: SourceIndex, node: number, form: Int32Array, row: number): boolean {
  if (node < 0 || !(ix.nodeFlags[node] & KIDS)) return false;
  const bloom = ix.nodeBloom[node];
  let key = form[row + EXACT];
  if (key >= 0 && (bloom >>> (key & 31)) & 1 && ix.child(node, key) >= 0) return true;
  key = form[row + MOD];
  if (key >= 0 && (bloom >>> (key & 31)) & 1 && ix.child(node, key) >= 0) return true;
  key = form[row + KEY];
  return key >= 0 && (bloom >>> (key & 31)) & 1 && ix.child(node, key) >= 0 ? true : false;
}

/** At `node` having matched up to token j (exclusive): record it, then try to go on. */
function visit(ix: SourceIndex, text: string, n: number, node: number, j: number): void {
  const nf = ix.nodeFlags[node];
  if (j > bestJ && nf & END) {
    bestJ = j;
    bestNode = node;
  }
  if (j >= n || !(nf & KIDS) || !(tFlags[j] & GAP_OK)) return;
  const bloom = ix.nodeBloom[node];
  const form = ix.form;
  if (tFlags[j] & HYPHEN_NEXT && j + 1 < n) {
    const key = form[joinedForm(ix, text, j) * STRIDE + KEY];
    const joined = key >= 0 && (bloom >>> (key & 31)) & 1 ? ix.child(node, key) : -1;
    if (joined >= 0) visit(ix, text, n, joined, j + 2);
  }
  const row = tForm[j] * STRIDE;
  let key = form[row + EXACT];
  if (key >= 0 && (bloom >>> (key & 31)) & 1) {
    const exact = ix.child(node, key);
    if (exact >= 0) visit(ix, text, n, exact, j + 1);
  }
  key = form[row + MOD];
  if (key >= 0 && (bloom >>> (key & 31)) & 1) {
    const mod = ix.child(node, key);
    if (mod >= 0) visit(ix, text, n, mod, j + 1);
  }
  key = form[row + KEY];
  if (key >= 0 && (bloom >>> (key & 31)) & 1) {
    const next = ix.child(node, key);
    if (next >= 0) visit(ix, text, n, next, j + 1);
  }
}

/** Form of tokens j and j+1 written solid ("pre" + "trained" → pretrained). */
function joinedForm(ix: SourceIndex, text: string, j: number): number {
  let f = tJoin[j];
  if (f >= 0) return f;
  const s1 = tStart[j];
  const e1 = tEnd[j];
  const s2 = tStart[j + 1];
  const e2 = tEnd[j + 1];
  if (e1 - s1 + e2 - s2 > 15) f = ix.longForm(text, s1, e1, s2, e2) >> 8;
  else {
    // packed as scan packs a solid word (same codes, same id)
    const cs = chars;
    let a = 0;
    let b = 0;
    let d = 0;
    let k = 0;
    for (let r = 0; r < 2; r++) {
      for (let x = r ? s2 : s1, e = r ? e2 : e1; x < e; x++, k++) {
        const c = cs[x];
        const l = c | 0x20;
        const code = l >= 0x61 && l <= 0x7a ? l - 0x60 : c >= 0x30 && c <= 0x39 ? c - 0x15 : c === 0x27 ? 37 : 38;
        if (k < 5) a = (a << 6) | code;
        else if (k < 10) b = (b << 6) | code;
        else d = (d << 6) | code;
      }
    }
    f = ix.shortForm(text, s1, e1, s2, e2, a, b, d) >> 8;
  }
  tJoin[j] = f;
  return f;
}
