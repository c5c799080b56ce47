import type { CompiledGlossary, SourceEntry } from './CompiledGlossary';
import { modifierKeepsForm, tokenKey } from './englishTermKeys';
import { PackedWordTable } from './PackedWordTable';
import { restoreBuiltinSourceTrie } from './builtinSourceTrie';
import { edgeHash, SourceTrieBuilder } from './SourceTrieBuilder';
import { WordFormTable } from './WordFormTable';
import { WordKeyIds } from './WordKeyIds';

/** Function words that make a hyphen-joined neighbour a phrase compound (state-of-art). */
const LINKS = ['of', 'the', 'to', 'and', 'in', 'on', 'for', 'a', 'by'];

// read once: a CommonJS build (tsx, the CLI) reads imports through getters
const step = WordFormTable.step;
const mix = WordFormTable.mix;
const hashEdge = edgeHash;
const keepsForm = modifierKeepsForm;
const keyOfToken = tokenKey;

/** Forms kept before the table starts afresh (a long run over many corpora). */
const MAX_FORMS = 250_000;

/** Texts whose matching results are remembered. */
const RECENT = 16;

/** Numbers per form in `SourceIndex.form`, and what each is. */
export const FORM_STRIDE = 10;
/** Key id of the word (-1: the key labels no edge). */
export const F_KEY = 0;
/** Modifier-key id. */
export const F_MOD = 1;
/** Exact-key id. */
export const F_EXACT = 2;
/** The root's child under the key / modifier key / exact key (-1: none). */
export const F_ROOT_KEY = 3;
export const F_ROOT_MOD = 4;
export const F_ROOT_EXACT = 5;
/** The first of root-exact, root-mod, root-key children where a term ends (-1: none). */
export const F_SINGLE = 6;
/** Flags below. */
export const F_FLAGS = 7;
/**
 * Bit (key id & 31) of every key under which a child of the root's children under this word's
 * keys continues (the OR of their node blooms): a next word with none of these bits in its
 * F_KEY_BITS continues no term starting with this word.
 */
export const F_NEXT_BLOOM = 8;
/** Bit (key id & 31) of each of the word's key, modifier and exact key ids that label an edge (0: none). */
export const F_KEY_BITS = 9;

/** Form flags: a function word joining a phrase compound (state-of-the-art). */
export const FORM_LINK = 1;
/** Some term starts with this word (under one of its keys). */
export const FORM_STARTS = 2;
/** Folded, the word is an acronym of the glossary or its plural (gnn, gnns for GNN). */
export const FORM_ACRONYM = 4;
/** Some term starting with this word goes on to a further word (a root child under its keys has children). */
export const FORM_DEEP = 8;

/**
 * What `shortForm`/`longForm` return for a word: (form id << 8) | FORM_SEEN | its form
 * flags. A word on no edge of the trie, neither link word nor acronym, has form id 0 and
 * no row: most words of running text, so the rows stay few and the scan's table small.
 */
export const FORM_SEEN = 0x80;

/** Node flags: a term ends here. */
export const NODE_END = 1;
/** The node has children. */
export const NODE_KIDS = 2;

/**
 * The English token trie of a compiled glossary in integer form, for `matchSource`: trie
 * nodes are numbers (0 = root), edge keys are numbers, children are found in one
 * open-addressing table on (node, key). Words of running text get form ids: words of up
 * to 15 code units through a `PackedWordTable` (exact, no hashing of characters), longer
 * ones and hyphen-joined pairs through a `WordFormTable`. A form's keys (stemming included)
 * are computed on its first sight only and kept as key ids (-1 = the key labels no edge, so
 * the word continues no term), next to the root's children under them, in one row of
 * `form`. Built lazily, once per compiled glossary (`sourceIndexOf`).
 */
export class SourceIndex {
  /** Per trie node: entries of the terms ending there. */
  readonly entries: (SourceEntry[] | undefined)[];
  /**
   * What a hit ending at trie node k shows, side by side (one cache line for a hit, not one
   * in each of four arrays): [4k] its entries, [4k + 1] the first entry's concept, [4k + 2]
   * its kind, [4k + 3] the first entry's concept number (`CompiledGlossary.conceptNo`, −1:
   * none) (undefined, '', 'term' and −1 where no term ends).
   */
  readonly nodeHit: (SourceEntry[] | string | number | undefined)[] = [];
  /** Per trie node: NODE_END | NODE_KIDS. */
  readonly nodeFlags: Uint8Array;
  /** Per trie node: bit (key id & 31) set for the key of each child (a key without its bit is no child). */
  readonly nodeBloom: Int32Array;
  /** Words of up to 15 units → value; the first 4,096 in a small table of 128 KB (see PackedWordTable). */
  readonly packed = new PackedWordTable(12, 13);
  /** FORM_STRIDE numbers per form id (F_KEY … F_FLAGS); row 0 is a word on no edge. */
  form = new Int32Array(FORM_STRIDE * 1024);
  /** Some edge key is a number (else all-digit words need no form). */
  readonly digitKeys: boolean;
  /** Changes when the form ids start afresh (the values of earlier scans then mean nothing). */
  generation = 0;

  /** The last texts matched and their results (matchSource's memo, compared by ===). */
  readonly recentTexts: string[] = [];
  readonly recentHits: unknown[] = [];
  private recentNext = 0;

  private readonly long = new WordFormTable();
  /** Form rows in use (row 0 included: the dead word). */
  private rows = 1;
  /** Words described since the last reset (live or dead). */
  private words = 0;
  /** Edge key → key id. */
  readonly keyIds: Map<string, number>;
  /** Four numbers a slot: node, key id, child (-1: empty), unused. */
  readonly edges: Int32Array;
  readonly edgeMask: number;
  /** `keyIds` by kind without the '^' / '=' mark, acronyms (and plurals) and link words: one look-up by the word, one by its key. */
  private readonly wordIds: WordKeyIds;

  constructor(trie: SourceTrieBuilder, acronyms: Iterable<string>) {
    this.keyIds = trie.keyIds;
    const lower: string[] = [];
    for (const a of acronyms) lower.push(a.toLowerCase());
    this.wordIds = new WordKeyIds(this.keyIds, lower, FORM_ACRONYM, LINKS, FORM_LINK);
    this.entries = trie.entries;
    this.digitKeys = trie.digitKeys;
    this.packed.digitValue = this.digitKeys ? 0 : FORM_SEEN; // no term has a number: all-digit words are form 0, not looked up
    this.packed.candidateMask = FORM_STARTS | FORM_ACRONYM; // the scan lists the words a hit may start with
    const edges = (this.edges = trie.compactEdges());
    this.edgeMask = edges.length / 4 - 1;
    const entries = this.entries;
    const n = entries.length;
    const nodeFlags = (this.nodeFlags = new Uint8Array(n));
    const nodeBloom = (this.nodeBloom = new Int32Array(n));
    const nodeHit = this.nodeHit;
    for (let id = 0; id < n; id++) {
      const list = entries[id];
      if (list) {
        nodeHit.push(list, list[0].conceptId, list[0].kind, list[0].conceptNo ?? -1);
        nodeFlags[id] = NODE_END;
      } else {
        nodeHit.push(undefined, '', 'term', -1);
      }
    }
    for (let q = 0; q < edges.length; q += 4) {
      if (edges[q + 2] < 0) continue;
      const node = edges[q];
      nodeFlags[node] |= NODE_KIDS;
      nodeBloom[node] |= 1 << (edges[q + 1] & 31);
    }
    this.resetForms();
  }

  /** Child of `node` under key id `key`, or -1. */
  child(node: number, key: number): number {
    if (key < 0) return -1;
    const { edges, edgeMask } = this;
    for (let p = hashEdge(node, key) & edgeMask; ; p = (p + 1) & edgeMask) {
      const q = p * 4;
      const c = edges[q + 2];
      if (c < 0 || (edges[q] === node && edges[q + 1] === key)) return c;
    }
  }

  /** Remembers a text's matching result (the oldest of RECENT is forgotten). */
  remember(text: string, result: unknown): void {
    this.recentTexts[this.recentNext] = text;
    this.recentHits[this.recentNext] = result;
    this.recentNext = (this.recentNext + 1) % RECENT;
  }

  /** Called before matching a text: bounds the memory a long run spends on word forms. */
  beginText(): void {
    if (this.words > MAX_FORMS) this.resetForms();
  }

  /**
   * Form id of the word text[s1,e1) + text[s2,e2) of at most 15 code units, packed as
   * (a, b, c) (see PackedWordTable), added on first sight. Returns (id << 8) | FORM_SEEN | flags.
   */
  shortForm(text: string, s1: number, e1: number, s2: number, e2: number, a: number, b: number, c: number): number {
    const id = this.packed.find(a, b, c);
    if (id !== 0) return id;
    const nid = this.describe((s2 < e2 ? text.slice(s1, e1) + text.slice(s2, e2) : text.slice(s1, e1)).toLowerCase());
    this.packed.add(a, b, c, nid);
    return nid;
  }

  /** As `shortForm`, for the word text[s1,e1) + text[s2,e2) of any length. */
  longForm(text: string, s1: number, e1: number, s2: number, e2: number): number {
    let h = 0;
    for (let i = s1; i < e1; i++) h = step(h, text.charCodeAt(i));
    for (let i = s2; i < e2; i++) h = step(h, text.charCodeAt(i));
    h = mix(h);
    const id = this.long.find(text, s1, e1, s2, e2, h);
    if (id !== 0) return id;
    const nid = this.describe((text.slice(s1, e1) + text.slice(s2, e2)).toLowerCase());
    this.long.add(text, s1, e1, s2, e2, h, nid);
    return nid;
  }

  private resetForms(): void {
    this.generation++;
    this.rows = 1;
    this.words = 0;
    this.packed.clear();
    this.long.clear();
    // form 0: a word on no edge (an all-digit word when no term has a number)
    this.form.fill(-1, 0, F_FLAGS);
    this.form[F_FLAGS] = this.form[F_NEXT_BLOOM] = this.form[F_KEY_BITS] = 0;
  }

  /** The keys of `form` (lower case) in a new row when it has any: (row << 8) | FORM_SEEN | flags. */
  private describe(form: string): number {
    this.words++;
    // key (tokenKey; numbers never stemmed), modifier key ('^' + the plural form or the key:
    // modifierKey), exact key ('=' + form): each looked up without its mark, what the form and
    // what the key is in one look-up each
    const ids = this.wordIds;
    const fs = ids.at(form);
    const key = isDigits(form) ? form : keyOfToken(form);
    const ks = key === form ? fs : ids.at(key);
    const info = ids.info;
    const ki = info[ks];
    const mi = key !== form && keepsForm(form) ? info[fs + 1] : info[ks + 1];
    const ei = info[fs + 2];
    const rk = this.child(0, ki);
    const rm = this.child(0, mi);
    const re = this.child(0, ei);
    const nf = this.nodeFlags;
    const flags =
      info[fs + 3] /* FORM_LINK | FORM_ACRONYM */ | (rk >= 0 || rm >= 0 || re >= 0 ? FORM_STARTS : 0) |
      (hasFlag(nf, re, NODE_KIDS) || hasFlag(nf, rm, NODE_KIDS) || hasFlag(nf, rk, NODE_KIDS) ? FORM_DEEP : 0);
    if (ki < 0 && mi < 0 && ei < 0 && flags === 0) return FORM_SEEN; // row 0
    const id = this.rows++;
    if ((id + 1) * FORM_STRIDE > this.form.length) {
      const grown = new Int32Array(this.form.length * 2);
      grown.set(this.form);
      this.form = grown;
    }
    const row = id * FORM_STRIDE;
    const f = this.form;
    f[row + F_KEY] = ki;
    f[row + F_MOD] = mi;
    f[row + F_EXACT] = ei;
    f[row + F_ROOT_KEY] = rk;
    f[row + F_ROOT_MOD] = rm;
    f[row + F_ROOT_EXACT] = re;
    f[row + F_SINGLE] = hasFlag(nf, re, NODE_END) ? re : hasFlag(nf, rm, NODE_END) ? rm : hasFlag(nf, rk, NODE_END) ? rk : -1;
    f[row + F_FLAGS] = flags;
    f[row + F_NEXT_BLOOM] = this.kidsBloom(re) | this.kidsBloom(rm) | this.kidsBloom(rk);
    f[row + F_KEY_BITS] = (ki >= 0 ? 1 << (ki & 31) : 0) | (mi >= 0 ? 1 << (mi & 31) : 0) | (ei >= 0 ? 1 << (ei & 31) : 0);
    return (id << 8) | FORM_SEEN | flags;
  }

  /** The bloom of `node`'s children's keys (0: no node, or no children). */
  private kidsBloom(node: number): number {
    return node >= 0 && (this.nodeFlags[node] & NODE_KIDS) !== 0 ? this.nodeBloom[node] : 0;
  }
}

const indexes = new WeakMap<CompiledGlossary, SourceIndex>();
/** English terms of a compiled glossary whose index is not built yet: texts[i] for entries[i]. */
const pending = new WeakMap<CompiledGlossary, { texts: string[]; entries: SourceEntry[]; keyOf: (w: string) => string }>();

/** Called by `compileGlossary`: the English terms (termbase order) the index is built from on first use. */
export function setSourceTerms(g: CompiledGlossary, texts: string[], entries: SourceEntry[], keyOf: (w: string) => string): void {
  pending.set(g, { texts, entries, keyOf });
}

/** The English term texts `compileGlossary` gave for `g`, until its index is built (for writing the built-in snapshot). */
export const pendingSourceTerms = (g: CompiledGlossary) => pending.get(g);

/** The integer index of a compiled glossary's English side, built on first use (the built-in termbase alone: from a snapshot). */
export function sourceIndexOf(g: CompiledGlossary): SourceIndex {
  let ix = indexes.get(g);
  if (!ix) {
    const terms = pending.get(g);
    const trie = new SourceTrieBuilder(terms?.keyOf, terms?.texts.length);
    if (terms) {
      const { texts, entries } = terms;
      if (!restoreBuiltinSourceTrie(trie, texts, entries)) for (let i = 0; i < texts.length; i++) trie.add(texts[i], entries[i]);
      pending.delete(g);
    }
    indexes.set(g, (ix = new SourceIndex(trie, g.acronyms.keys())));
  }
  return ix;
}

/** `node` (-1: none) has `flag` (NODE_END, NODE_KIDS). */
function hasFlag(nodeFlags: Uint8Array, node: number, flag: number): boolean {
  return node >= 0 && (nodeFlags[node] & flag) !== 0;
}

function isDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return w.length > 0;
}
