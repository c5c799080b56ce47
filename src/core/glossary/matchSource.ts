import type { CompiledGlossary, EnTrieNode, SourceEntry } from './CompiledGlossary';
import { exactKey, modifierKey, tokenKey } from './englishTermKeys';
import { selectLongest } from './selectLongest';
import { isHyphen, tokenizeEnglish, type EnToken } from './tokenizeEnglish';

/** A termbase term found in English text (UTF-16 offsets into that text). */
export interface SourceHit {
  start: number;
  end: number;
  text: string;
  /** First entry's concept; `entries` lists every concept sharing the span. */
  conceptId: string;
  kind: SourceEntry['kind'];
  entries: SourceEntry[];
}

const MEMO_SIZE = 64;
const KEY_MEMO_SIZE = 200_000;

/**
 * Termbase terms in English text: longest match from each token over the token trie
 * (stemmed, case-folded; terms span only whitespace or hyphens), acronyms case-sensitive
 * with an optional plural s (GNN, GNNs). Hits inside longer hits are dropped.
 */
export function matchSource(g: CompiledGlossary, text: string): SourceHit[] {
  const memo = g.memo.source as Map<string, SourceHit[]>;
  const cached = memo.get(text);
  if (cached) return cached;
  const hits = selectLongest(findSourceHits(g, text));
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(text, hits);
  return hits;
}

function findSourceHits(g: CompiledGlossary, text: string): SourceHit[] {
  const tokens = tokenizeEnglish(text);
  const n = tokens.length;
  const words = new Array<WordKeys>(n);
  for (let i = 0; i < n; i++) words[i] = wordKeysOf(g, tokens[i].text);
  const gapOk = gapsBetween(text, tokens);
  const out: SourceHit[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const w = words[i];
    const c0 = t.text.charCodeAt(0);
    const acr = c0 >= 65 && c0 <= 90 ? acronymAt(g, t.text) : undefined;
    const best = w.rootKey || w.rootMod || t.hyphenNext || w.rootExact
      ? longestFrom(g, g.en, tokens, words, gapOk, i)
      : undefined;
    if (best && insidePhraseCompound(tokens, i, best.j) && best.entries.every((e) => e.kind === 'term')) {
      if (acr) out.push(hit(text, t.start, t.end, acr.slice()));
    } else if (best) {
      const entries = best.entries.slice();
      const end = tokens[best.j - 1].end;
      if (acr && best.j === i + 1) for (const e of acr) if (!entries.some((x) => x.conceptId === e.conceptId)) entries.push(e);
      out.push(hit(text, t.start, end, entries));
    } else if (acr) {
      out.push(hit(text, t.start, t.end, acr.slice()));
    }
  }
  return out;
}

/** gapOk[j]: only whitespace or hyphens between token j-1 and token j (terms span nothing else). */
function gapsBetween(text: string, tokens: EnToken[]): Uint8Array {
  const ok = new Uint8Array(tokens.length);
  for (let j = 1; j < tokens.length; j++) {
    let good = 1;
    for (let k = tokens[j - 1].end, e = tokens[j].start; k < e; k++) {
      const c = text.charCodeAt(k);
      if (!isHyphen(c) && !isSpace(c)) {
        good = 0;
        break;
      }
    }
    ok[j] = good;
  }
  return ok;
}

/** What /\s/ matches. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LINKS = new Set(['of', 'the', 'to', 'and', 'in', 'on', 'for', 'a', 'by']);

/**
 * The hit [i, j) is a word inside a hyphenated phrase ("state" in state-of-art, "distribution"
 * in out-of-distribution): a neighbour joined by a hyphen is a function word. Such a word
 * is not the term on its own.
 */
function insidePhraseCompound(tokens: EnToken[], i: number, j: number): boolean {
  const before = i > 0 && tokens[i - 1].hyphenNext ? tokens[i - 1].text.toLowerCase() : undefined;
  const after = tokens[j - 1].hyphenNext && j < tokens.length ? tokens[j].text.toLowerCase() : undefined;
  return (before !== undefined && LINKS.has(before)) || (after !== undefined && LINKS.has(after));
}

/** Entries of an acronym token (GNN), or of its plural (GNNs). */
function acronymAt(g: CompiledGlossary, word: string): SourceEntry[] | undefined {
  const exact = g.acronyms.get(word);
  if (exact) return exact;
  const n = word.length;
  if (n > 2 && word.charCodeAt(n - 1) === 115 /* s */) {
    const prev = word.charCodeAt(n - 2);
    if (prev >= 65 && prev <= 90) return g.acronyms.get(word.slice(0, -1));
  }
  return undefined;
}

function hit(text: string, start: number, end: number, entries: SourceEntry[]): SourceHit {
  // a trailing possessive ' / ’ / 's / ’s is not part of the term
  if (end - start >= 2 && text.charCodeAt(end - 1) === 0x73 && isApostrophe(text.charCodeAt(end - 2))) end -= 2;
  else if (end > start && isApostrophe(text.charCodeAt(end - 1))) end -= 1;
  return { start, end, text: text.slice(start, end), conceptId: entries[0].conceptId, kind: entries[0].kind, entries };
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

interface Best {
  j: number;
  entries: SourceEntry[];
}

/**
 * Longest term starting at token i: depth-first over the trie, trying at each token the
 * hyphen-joined word, then the exact, modifier and plain keys (the first path reaching the
 * greatest length wins).
 */
function longestFrom(
  g: CompiledGlossary, root: EnTrieNode, tokens: EnToken[], words: WordKeys[], gapOk: Uint8Array, i: number,
): Best | undefined {
  const best: Best = { j: -1, entries: [] };
  visit(g, root, tokens, words, gapOk, i, i, best);
  return best.j < 0 ? undefined : best;
}

function visit(
  g: CompiledGlossary, node: EnTrieNode, tokens: EnToken[], words: WordKeys[], gapOk: Uint8Array, i: number, j: number, best: Best,
): void {
  if (node.entries && j > i && j > best.j) {
    best.j = j;
    best.entries = node.entries;
  }
  if (j >= tokens.length) return;
  if (j > i && !gapOk[j]) return;
  const w = words[j];
  const atRoot = j === i;
  if (tokens[j].hyphenNext && j + 1 < tokens.length) {
    const joined = node.next.get(joinedKey(g, w, tokens[j].text, tokens[j + 1].text));
    if (joined) visit(g, joined, tokens, words, gapOk, i, j + 2, best);
  }
  const exact = atRoot ? w.rootExact : node.next.get(w.exact);
  if (exact) visit(g, exact, tokens, words, gapOk, i, j + 1, best);
  const mod = atRoot ? w.rootMod : node.next.get(w.mod);
  if (mod) visit(g, mod, tokens, words, gapOk, i, j + 1, best);
  const next = atRoot ? w.rootKey : node.next.get(w.key);
  if (next) visit(g, next, tokens, words, gapOk, i, j + 1, best);
}

/** Key of a hyphenated pair written solid ("pre" + "trained"), remembered on the first word. */
function joinedKey(g: CompiledGlossary, w: WordKeys, a: string, b: string): string {
  if (w.joinedWith === b) return w.joined!;
  const key = wordKeysOf(g, a + b).key;
  w.joinedWith = b;
  w.joined = key;
  return key;
}

/**
 * The three keys of a word of running text, and the trie's root children under them
 * (memoised on the glossary: words repeat).
 */
interface WordKeys {
  key: string;
  mod: string;
  exact: string;
  rootKey: EnTrieNode | undefined;
  rootMod: EnTrieNode | undefined;
  rootExact: EnTrieNode | undefined;
  /** Last hyphen-joined partner and the joined key (pre|trained → pretrained). */
  joinedWith?: string;
  joined?: string;
}

function wordKeysOf(g: CompiledGlossary, w: string): WordKeys {
  const memo = g.memo.words as Map<string, WordKeys>;
  let k = memo.get(w);
  if (k === undefined) {
    const root = g.en.next;
    if (isDigits(w)) {
      // numbers: never stemmed, not memoised; the root is asked only if some term starts with one
      const some = rootHasDigits(g.en);
      return {
        key: w, mod: '^' + w, exact: '=' + w,
        rootKey: some ? root.get(w) : undefined, rootMod: some ? root.get('^' + w) : undefined, rootExact: some ? root.get('=' + w) : undefined,
      };
    }
    const key = g.memo.keys.get(w) ?? tokenKey(w);
    const mod = modifierKey(w, () => key);
    const exact = exactKey(w);
    k = { key, mod, exact, rootKey: root.get(key), rootMod: root.get(mod), rootExact: root.get(exact) };
    if (memo.size >= KEY_MEMO_SIZE) memo.clear();
    memo.set(w, k);
  }
  return k;
}

const digitRoots = new WeakMap<EnTrieNode, boolean>();

/** Some term starts with a number (its key, modifier key or exact key begins with a digit). */
function rootHasDigits(root: EnTrieNode): boolean {
  let some = digitRoots.get(root);
  if (some === undefined) {
    some = false;
    for (const k of root.next.keys()) {
      const c = k.charCodeAt(k[0] === '^' || k[0] === '=' ? 1 : 0);
      if (c >= 0x30 && c <= 0x39) some = true;
    }
    digitRoots.set(root, some);
  }
  return some;
}

function isDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return w.length > 0;
}
