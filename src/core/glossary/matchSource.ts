import type { CompiledGlossary, EnTrieNode, SourceEntry } from './CompiledGlossary';
import { exactKey, modifierKey, tokenKey } from './englishTermKeys';
import { selectLongest } from './selectLongest';
import { tokenizeEnglish, type EnToken } from './tokenizeEnglish';

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
  const wordKeys = keyer(g);
  const keyOf = (w: string) => wordKeys(w).key;
  const n = tokens.length;
  const keys = new Array<string>(n);
  const mods = new Array<string>(n);
  const exacts = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const k = wordKeys(tokens[i].text);
    keys[i] = k.key;
    mods[i] = k.mod;
    exacts[i] = k.exact;
  }
  const out: SourceHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const c0 = t.text.charCodeAt(0);
    const acr = c0 >= 65 && c0 <= 90 ? acronymAt(g, t.text) : undefined;
    const first = g.en.next;
    const best = first.has(keys[i]) || first.has(mods[i]) || t.hyphenNext || first.has(exacts[i])
      ? longestFrom(g.en, tokens, keys, mods, exacts, keyOf, text, i)
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
  const possessive = /['’]s?$/.exec(text.slice(start, end));
  if (possessive) end -= possessive[0].length;
  return { start, end, text: text.slice(start, end), conceptId: entries[0].conceptId, kind: entries[0].kind, entries };
}

const GAP = /^[\s\-\u2010\u2011]*$/;

function longestFrom(
  root: EnTrieNode, tokens: EnToken[], keys: string[], mods: string[], exacts: string[],
  keyOf: (w: string) => string, text: string, i: number,
): { j: number; entries: SourceEntry[] } | undefined {
  let best: { j: number; entries: SourceEntry[] } | undefined;
  const stack: [EnTrieNode, number][] = [[root, i]];
  while (stack.length) {
    const [node, j] = stack.pop()!;
    if (node.entries && j > i && (!best || j > best.j)) best = { j, entries: node.entries };
    if (j >= tokens.length) continue;
    if (j > i && !GAP.test(text.slice(tokens[j - 1].end, tokens[j].start))) continue;
    const next = node.next.get(keys[j]);
    if (next) stack.push([next, j + 1]);
    const mod = node.next.get(mods[j]);
    if (mod) stack.push([mod, j + 1]);
    const exact = node.next.get(exacts[j]);
    if (exact) stack.push([exact, j + 1]);
    if (tokens[j].hyphenNext && j + 1 < tokens.length) {
      const joined = node.next.get(keyOf(tokens[j].text + tokens[j + 1].text));
      if (joined) stack.push([joined, j + 2]);
    }
  }
  return best;
}

/** The three keys of a word of running text (memoised on the glossary: words repeat). */
interface WordKeys {
  key: string;
  mod: string;
  exact: string;
}

function keyer(g: CompiledGlossary): (w: string) => WordKeys {
  const memo = g.memo.words as Map<string, WordKeys>;
  return (w) => {
    let k = memo.get(w);
    if (k === undefined) {
      if (/^\d+$/.test(w)) return { key: w, mod: '^' + w, exact: '=' + w }; // numbers: never stemmed, not memoised
      const key = g.memo.keys.get(w) ?? tokenKey(w);
      k = { key, mod: modifierKey(w, () => key), exact: exactKey(w) };
      if (memo.size >= KEY_MEMO_SIZE) memo.clear();
      memo.set(w, k);
    }
    return k;
  };
}
