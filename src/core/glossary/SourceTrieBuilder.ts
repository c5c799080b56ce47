import type { SourceEntry } from './CompiledGlossary';
import { englishTermKeys, modifierKey, needsTermSplit, tokenKey } from './englishTermKeys';
import { PackedWordTable } from './PackedWordTable';

/**
 * Builds the integer token trie of the English terms straight from their key sequences
 * (no Map-per-node trie in between): nodes are numbers (0 = root), edge keys are key ids,
 * children live in one open-addressing table on (node, key id), four numbers a slot (node,
 * key id, child or -1, unused). A term without hyphens or a known prefix (nearly all) is
 * walked word by word, each distinct word's key id worked out once.
 */
export class SourceTrieBuilder {
  /** Edge key → id (ids in order of first use). */
  readonly keyIds = new Map<string, number>();
  /** Per node: entries of the terms ending there (termbase order, one per concept). */
  readonly entries: (SourceEntry[] | undefined)[] = [undefined];
  /** Some edge key is a number. */
  digitKeys = false;
  edges: Int32Array;
  edgeMask: number;
  /** Edges in the table. */
  edgeCount = 0;
  /** Word as written → id of its key (last word of a term) / its modifier key (a word before it). */
  private readonly lastIds = new Map<string, number>();
  private readonly modIds = new Map<string, number>();

  /** Words of at most 15 units (a–z case-folded, digits, apostrophes) packed → key id + 1 (see PackedWordTable). */
  private readonly packedLast = new PackedWordTable(10);
  private readonly packedMod = new PackedWordTable(10);

  /**
   * `keyOf`: tokenKey, memoised by the caller (compileGlossary: its memo of term words); `terms`:
   * how many terms will be added (sizes the edge table: about three words a term).
   */
  constructor(private readonly keyOf: (w: string) => string = tokenKey, terms = 0) {
    let slots = 4096;
    while (slots < terms * 6) slots *= 2;
    this.edges = new Int32Array(4 * slots).fill(-1);
    this.edgeMask = slots - 1;
  }

  /** Adds one English term (or variant) for `entry`. */
  add(text: string, entry: SourceEntry): void {
    if (!isPlainAscii(text) || needsTermSplit(text)) {
      const seqs = englishTermKeys(text, this.keyOf);
      for (let s = 0; s < seqs.length; s++) {
        const seq = seqs[s];
        let node = 0;
        for (let k = 0; k < seq.length; k++) node = this.step(node, this.keyId(seq[k]));
        this.end(node, entry);
      }
      return;
    }
    // the common case: ASCII words between ASCII white space, one key sequence
    const n = text.length;
    let node = 0;
    let words = 0;
    let i = 0;
    for (;;) {
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      if (i >= n) break;
      const s = i;
      // pack the word as PackedWordTable does (its keys fold case): 0 when it cannot be
      let a = 0;
      let b = 0;
      let c = 0;
      for (; i < n; i++) {
        const u = text.charCodeAt(i);
        if (isSpace(u)) break;
        const code = packCode(u);
        const k = i - s;
        if (code === 0 || k >= 15) a = -1;
        else if (a >= 0) {
          if (k < 5) a = (a << 6) | code;
          else if (k < 10) b = (b << 6) | code;
          else c = (c << 6) | code;
        }
      }
      let j = i;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      const last = j >= n;
      words++;
      let id: number;
      if (a > 0) {
        const table = last ? this.packedLast : this.packedMod;
        id = table.find(a, b, c) - 1;
        if (id < 0) {
          const word = text.slice(s, i);
          id = last ? this.lastId(word) : this.modId(word);
          table.add(a, b, c, id + 1);
        }
      } else {
        const word = text.slice(s, i);
        id = last ? this.lastId(word) : this.modId(word);
      }
      node = this.step(node, id);
      if (last) break;
    }
    if (words > 0) this.end(node, entry);
  }

  /**
   * The trie as a snapshot of one built by `add` describes it (see builtinSourceTrie.ts): its
   * edge keys in id order, then for each node 1..n its parent and key id (the order `add`
   * made them in, so the edge table comes out slot for slot the same); then `endAt` for each
   * text's end nodes, in text order.
   */
  restore(keys: readonly string[], parentKey: ArrayLike<number>): void {
    for (let k = 0; k < keys.length; k++) this.keyId(keys[k]);
    // each edge is new: no look-up before the insertion (step's growth check kept)
    const entries = this.entries;
    for (let q = 0; q < parentKey.length; q += 2) {
      const id = entries.length;
      entries.push(undefined);
      if ((this.edgeCount + 1) * 2 > this.edgeMask + 1) this.grow();
      this.put(parentKey[q], parentKey[q + 1], id);
      this.edgeCount++;
    }
  }

  /** A term ends at `node` (what `add` does after walking a key sequence), for `restore`. */
  endAt(node: number, entry: SourceEntry): void {
    this.end(node, entry);
  }

  /** When set, `add` appends each node a term ends at (for writing a snapshot). */
  ends: number[] | undefined;

  /** Child of `node` under key id `key`, or -1. */
  child(node: number, key: number): number {
    const edges = this.edges;
    const mask = this.edgeMask;
    for (let p = edgeHash(node, key) & mask; ; p = (p + 1) & mask) {
      const q = p * 4;
      const c = edges[q + 2];
      if (c < 0 || (edges[q] === node && edges[q + 1] === key)) return c;
    }
  }

  /**
   * The edge table at most half full: sized from the term count before the edges were known
   * (about three times larger than needed), it is copied into a smaller one, which keeps more
   * of it in the processor's near caches while matching.
   */
  compactEdges(): Int32Array {
    const { edges, edgeCount } = this;
    let slots = 256;
    while (slots < edgeCount * 2) slots *= 2;
    if (slots * 4 >= edges.length) return edges;
    const out = new Int32Array(slots * 4).fill(-1);
    const mask = slots - 1;
    for (let q = 0; q < edges.length; q += 4) {
      if (edges[q + 2] < 0) continue;
      let p = edgeHash(edges[q], edges[q + 1]) & mask;
      while (out[p * 4 + 2] >= 0) p = (p + 1) & mask;
      out[p * 4] = edges[q];
      out[p * 4 + 1] = edges[q + 1];
      out[p * 4 + 2] = edges[q + 2];
    }
    return out;
  }

  private lastId(word: string): number {
    let id = this.lastIds.get(word);
    if (id === undefined) this.lastIds.set(word, (id = this.keyId(this.keyOf(word))));
    return id;
  }

  private modId(word: string): number {
    let id = this.modIds.get(word);
    if (id === undefined) this.modIds.set(word, (id = this.keyId(modifierKey(word, this.keyOf))));
    return id;
  }

  private keyId(k: string): number {
    let id = this.keyIds.get(k);
    if (id === undefined) {
      this.keyIds.set(k, (id = this.keyIds.size));
      const c = k.charCodeAt(k.charCodeAt(0) === 0x5e || k.charCodeAt(0) === 0x3d ? 1 : 0); // ^ or =
      if (c >= 0x30 && c <= 0x39) this.digitKeys = true;
    }
    return id;
  }

  /** The child of `node` under `key`, made when missing. */
  private step(node: number, key: number): number {
    const c = this.child(node, key);
    if (c >= 0) return c;
    const id = this.entries.length;
    this.entries.push(undefined);
    if ((this.edgeCount + 1) * 2 > this.edgeMask + 1) this.grow();
    this.put(node, key, id);
    this.edgeCount++;
    return id;
  }

  private put(node: number, key: number, child: number): void {
    const edges = this.edges;
    const mask = this.edgeMask;
    let p = edgeHash(node, key) & mask;
    while (edges[p * 4 + 2] >= 0) p = (p + 1) & mask;
    edges[p * 4] = node;
    edges[p * 4 + 1] = key;
    edges[p * 4 + 2] = child;
  }

  private grow(): void {
    const old = this.edges;
    this.edges = new Int32Array(old.length * 2).fill(-1);
    this.edgeMask = this.edgeMask * 2 + 1;
    for (let q = 0; q < old.length; q += 4) if (old[q + 2] >= 0) this.put(old[q], old[q + 1], old[q + 2]);
  }

  private end(node: number, entry: SourceEntry): void {
    if (this.ends) this.ends.push(node);
    let list = this.entries[node];
    if (!list) this.entries[node] = list = [];
    for (let i = 0; i < list.length; i++) if (list[i].conceptId === entry.conceptId) return;
    list.push(entry);
  }
}

export function edgeHash(node: number, key: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(key + 1, 0x85ebca77);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 13);
}

/** Six-bit code of a unit in a packed word (PackedWordTable's alphabet, a–z folded), 0 when it has none. */
function packCode(u: number): number {
  if (u >= 0x61 && u <= 0x7a) return u - 0x60; // a–z: 1–26
  if (u >= 0x41 && u <= 0x5a) return u - 0x40; // A–Z as a–z
  if (u >= 0x30 && u <= 0x39) return u - 0x30 + 32; // 0–9: 32–41
  if (u === 0x27) return 27;
  if (u === 0x2019) return 28;
  return 0;
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}
