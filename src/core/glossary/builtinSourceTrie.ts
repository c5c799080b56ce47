import { BUILTIN_SOURCE_TRIE } from './builtinSourceTrieData';
import type { SourceEntry } from './CompiledGlossary';
import { SourceTrieBuilder } from './SourceTrieBuilder';

/**
 * The English term trie of a list of term texts, as numbers: what `SourceTrieBuilder.add`
 * would build from them, for `restore` to set up without stemming or walking a word.
 */
export interface SourceTrieSnapshot {
  /**
   * How many texts, and the texts joined by U+FFFF: the snapshot is used only for the same
   * texts (equal counts and equal joins: no text can hold the separator, so the lists are equal).
   */
  texts: number;
  joined: string;
  /** Edge keys in id order, one a line. */
  keys: string;
  /** For node 1..n in order: its parent and the key id of the edge to it. */
  edges: number[];
  /** For each text in order: how many nodes it ends at, then those nodes. */
  ends: number[];
}

/** The texts joined by U+FFFF (a noncharacter). */
export function joinSourceTexts(texts: readonly string[]): string {
  return texts.join('\uffff');
}

/**
 * Sets up `trie` (new, nothing added) from the snapshot when `texts` are the ones it was made
 * from (the built-in termbase compiled alone: the CLI's usual case), giving `entries[i]` to
 * the nodes text i ends at; false (trie untouched) for any other texts. The snapshot is
 * written by tests/core/glossary/writeBuiltinSourceTrie.ts; builtinSourceTrie.test.ts proves
 * it is what `add` builds today.
 */
export function restoreBuiltinSourceTrie(
  trie: SourceTrieBuilder, texts: readonly string[], entries: readonly SourceEntry[], snap: SourceTrieSnapshot = BUILTIN_SOURCE_TRIE,
): boolean {
  if (texts.length !== snap.texts || joinSourceTexts(texts) !== snap.joined) return false;
  trie.restore(snap.keys.split('\n'), snap.edges);
  const ends = snap.ends;
  let at = 0;
  for (let i = 0; i < texts.length; i++) {
    const n = ends[at++];
    for (let k = 0; k < n; k++) trie.endAt(ends[at++], entries[i]);
  }
  return true;
}

/** The snapshot of the trie `add` builds from `texts` with `keyOf` (for the writer and the tests). */
export function sourceTrieSnapshot(texts: readonly string[], keyOf: (w: string) => string): SourceTrieSnapshot {
  const trie = new SourceTrieBuilder(keyOf, texts.length);
  const ends: number[] = [];
  const entry: SourceEntry = { conceptId: '', kind: 'term', termText: '' };
  for (let i = 0; i < texts.length; i++) {
    const at = (trie.ends = []);
    trie.add(texts[i], entry);
    ends.push(at.length, ...at);
  }
  trie.ends = undefined;
  const edges: number[] = new Array<number>(2 * (trie.entries.length - 1)).fill(-1);
  const table = trie.edges;
  for (let q = 0; q < table.length; q += 4) {
    const child = table[q + 2];
    if (child < 0) continue;
    edges[2 * (child - 1)] = table[q];
    edges[2 * (child - 1) + 1] = table[q + 1];
  }
  return { texts: texts.length, joined: joinSourceTexts(texts), keys: [...trie.keyIds.keys()].join('\n'), edges, ends };
}
