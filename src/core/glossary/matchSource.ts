import type { CompiledGlossary, SourceEntry } from './CompiledGlossary';
import {
  F_EXACT, F_KEY, F_KEY_BITS, F_MOD, F_NEXT_BLOOM, F_ROOT_EXACT, F_ROOT_KEY, F_ROOT_MOD, F_SINGLE, FORM_ACRONYM, FORM_DEEP, FORM_LINK,
  FORM_STRIDE, NODE_END, NODE_KIDS, sourceIndexOf, type SourceIndex,
} from './SourceIndex';
import { SourceTokens, TOKEN_ACRONYM_SHAPED, TOKEN_GAP_OK, TOKEN_HYPHEN_NEXT } from './SourceTokens';

/** A termbase term found in English text (UTF-16 offsets into that text). */
export interface SourceHit {
  start: number;
  end: number;
  text: string;
  /** First entry's concept; `entries` lists every concept sharing the span. */
  conceptId: string;
  /**
   * First entry's concept number (`CompiledGlossary.conceptNo`; −1 when the entry has none),
   * read from the trie's end row with the hit: an integer key without a look-up by id (additive).
   */
  conceptNo: number;
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
 * `SourceTokens` finds the tokens in the text's bytes (what /[A-Za-z0-9]+(?:['’][A-Za-z]+)*\/g
 * matches, as `tokenizeEnglish`) and packs each word, case-folded, into integers that find
 * its form id in the glossary's `SourceIndex` as the scan goes (keys computed on the form's
 * first sight).
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
const NEXT_BLOOM = F_NEXT_BLOOM;
const KEY_BITS = F_KEY_BITS;
const END = NODE_END;
const KIDS = NODE_KIDS;

const HYPHEN_NEXT = TOKEN_HYPHEN_NEXT;
const GAP_OK = TOKEN_GAP_OK;
const ACRONYM_SHAPED = TOKEN_ACRONYM_SHAPED;

const tokens = new SourceTokens();
// The current text's token arrays (set by findSourceHits; read by the search below): offsets,
// TOKEN_* flags, and values ((form id << 8) | FORM_SEEN | form flags).
let tStart = tokens.start;
let tEnd = tokens.end;
let tValue = tokens.value;
let tFlags = tokens.flags;

function findSourceHits(ix: SourceIndex, g: CompiledGlossary, text: string): SourceHit[] {
  ix.beginText();
  const n = tokens.scan(ix, text);
  tStart = tokens.start;
  tEnd = tokens.end;
  tValue = tokens.value;
  tFlags = tokens.flags;
  const tCand = tokens.cand;
  const nCand = tokens.candCount;
  const out: SourceHit[] = [];
  const form = ix.form;
  let maxEnd = -1; // end of the hits so far: a hit ending no later is inside one of them
  for (let c = 0; c < nCand; c++) {
    const i = tCand[c];
    const flags = tFlags[i];
    const ff = tValue[i];
    const row = (ff >> 8) * STRIDE;
    const acr = flags & ACRONYM_SHAPED && ff & ACRONYM ? acronymAt(g, text, tStart[i], tEnd[i]) : undefined;
    let j = -1;
    if (flags & HYPHEN_NEXT || (ff & DEEP && mayContinue(ix, n, row, i + 1))) j = longestFrom(ix, text, n, i);
    else if (form[row + SINGLE] >= 0) {
      // a one-word term that no longer term continues: no search
      j = i + 1;
      bestNode = form[row + SINGLE];
    }
    let entries: SourceEntry[] | undefined = acr;
    let end = tEnd[i];
    let node = -1; // the hit is the trie node's term (its entries read only once the hit is kept)
    if (j >= 0 && !(insidePhraseCompound(n, i, j) && allTerms(ix.nodeHit[bestNode * 4] as SourceEntry[]))) {
      end = tEnd[j - 1];
      node = bestNode;
    } else if (!acr) continue;
    const start = tStart[i];
    end = termEnd(text, start, end);
    if (end <= maxEnd) continue;
    maxEnd = end;
    if (node >= 0) {
      entries = ix.nodeHit[node * 4] as SourceEntry[];
      if (acr && j === i + 1 && !allIn(acr, entries)) {
        entries = entries.slice();
        for (const e of acr) if (!hasConcept(entries, e.conceptId)) entries.push(e);
      }
    } else entries = acr!.slice();
    const text1 = text.slice(start, end);
    if (node >= 0) {
      const q = node * 4;
      const hit = ix.nodeHit;
      out.push({ start, end, text: text1, conceptId: hit[q + 1] as string, conceptNo: hit[q + 3] as number, kind: hit[q + 2] as SourceEntry['kind'], entries });
    } else out.push({ start, end, text: text1, conceptId: entries[0].conceptId, conceptNo: entries[0].conceptNo ?? -1, kind: entries[0].kind, entries });
  }
  return out;
}

/**
 * The hit [i, j) is a word inside a hyphenated phrase ("state" in state-of-art, "distribution"
 * in out-of-distribution): a neighbour joined by a hyphen is a function word. Such a word
 * is not the term on its own.
 */
function insidePhraseCompound(n: number, i: number, j: number): boolean {
  if (i > 0 && tFlags[i - 1] & HYPHEN_NEXT && tValue[i - 1] & LINK) return true;
  return (tFlags[j - 1] & HYPHEN_NEXT) !== 0 && j < n && (tValue[j] & LINK) !== 0;
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
  const row = (tValue[i] >> 8) * STRIDE;
  if (tFlags[i] & HYPHEN_NEXT && i + 1 < n) {
    const joined = form[tokens.joinedForm(ix, text, i) * STRIDE + ROOT_KEY];
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
  const next = (tValue[j] >> 8) * STRIDE;
  // no key of the next word has its bit in the children's blooms (a word on no edge has no
  // bits): no child below, without reading a node
  if ((form[row + NEXT_BLOOM] & form[next + KEY_BITS]) === 0) return false;
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
    const key = form[tokens.joinedForm(ix, text, j) * STRIDE + KEY];
    const joined = key >= 0 && (bloom >>> (key & 31)) & 1 ? ix.child(node, key) : -1;
    if (joined >= 0) visit(ix, text, n, joined, j + 2);
  }
  const row = (tValue[j] >> 8) * STRIDE;
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

