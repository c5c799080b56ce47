import { describe, expect, it } from 'vitest';
import { builtinTermbase, compileGlossary, matchSource } from '../../../src/core/glossary';
import { joinSourceTexts, restoreBuiltinSourceTrie, sourceTrieSnapshot } from '../../../src/core/glossary/builtinSourceTrie';
import { BUILTIN_SOURCE_TRIE } from '../../../src/core/glossary/builtinSourceTrieData';
import type { SourceEntry } from '../../../src/core/glossary/CompiledGlossary';
import { pendingSourceTerms, sourceIndexOf } from '../../../src/core/glossary/SourceIndex';
import { SourceTrieBuilder } from '../../../src/core/glossary/SourceTrieBuilder';
import type { Termbase } from '../../../src/core/glossary';

// The built-in termbase's English trie comes from a snapshot (builtinSourceTrieData.ts) instead of
// being built from its ~2,000 term texts on the first unit: it must be exactly what `add` builds.

function builtinTerms() {
  const terms = pendingSourceTerms(compileGlossary([builtinTermbase()]));
  if (!terms) throw new Error('no English terms');
  return terms;
}

function trieState(t: SourceTrieBuilder) {
  return { keys: [...t.keyIds], entries: t.entries, edges: Array.from(t.compactEdges()), digitKeys: t.digitKeys };
}

describe('builtinSourceTrie: the built-in termbase English trie from a snapshot', () => {
  it('the committed snapshot is what the trie builder makes today (rerun writeBuiltinSourceTrie.ts when this fails)', () => {
    const { texts, keyOf } = builtinTerms();
    const fresh = sourceTrieSnapshot(texts, keyOf);
    expect(fresh.texts).toBeGreaterThan(1500);
    // compared field by field: a failure names the stale part without printing 50 KB
    expect(BUILTIN_SOURCE_TRIE.texts).toBe(fresh.texts);
    expect(BUILTIN_SOURCE_TRIE.joined === fresh.joined).toBe(true);
    expect(BUILTIN_SOURCE_TRIE.keys === fresh.keys).toBe(true);
    expect(BUILTIN_SOURCE_TRIE.edges.join() === fresh.edges.join()).toBe(true);
    expect(BUILTIN_SOURCE_TRIE.ends.join() === fresh.ends.join()).toBe(true);
  });

  it('restores slot for slot the trie add builds: keys, edge table, entries per node and their order', () => {
    const { texts, entries, keyOf } = builtinTerms();
    const built = new SourceTrieBuilder(keyOf, texts.length);
    for (let i = 0; i < texts.length; i++) built.add(texts[i], entries[i]);
    const restored = new SourceTrieBuilder(keyOf, texts.length);
    expect(restoreBuiltinSourceTrie(restored, texts, entries)).toBe(true);
    const a = trieState(built);
    const b = trieState(restored);
    expect(b.keys).toEqual(a.keys);
    expect(b.digitKeys).toBe(a.digitKeys);
    expect(b.edges.length).toBe(a.edges.length);
    expect(b.edges.every((v, i) => v === a.edges[i])).toBe(true);
    expect(b.entries.length).toBe(a.entries.length);
    // the same entry objects, in the same order, at every node
    expect(b.entries.every((list, n) => (list ?? []).length === (a.entries[n] ?? []).length && (list ?? []).every((e, k) => e === a.entries[n]![k]))).toBe(true);
  });

  it('is not used for other texts: the built-in with a project termbase, one text changed, or fewer', () => {
    const { texts, entries } = builtinTerms();
    const project: Termbase = { id: 'p', name: 'p', priority: 5, concepts: [{ id: 'x', en: [{ text: 'lottery ticket hypothesis' }], zh: [{ text: '彩票假设', status: 'preferred' }] }] };
    const merged = pendingSourceTerms(compileGlossary([builtinTermbase(), project]))!;
    const changed = [...texts];
    changed[texts.length >> 1] += 's';
    const cases: (readonly string[])[] = [merged.texts, changed, texts.slice(1)];
    for (const other of cases) {
      expect(joinSourceTexts(other) === BUILTIN_SOURCE_TRIE.joined && other.length === BUILTIN_SOURCE_TRIE.texts).toBe(false);
      const t = new SourceTrieBuilder();
      expect(restoreBuiltinSourceTrie(t, other, entries as SourceEntry[])).toBe(false);
      expect(t.keyIds.size).toBe(0);
      expect(t.entries.length).toBe(1);
    }
    // and the merged glossary still finds the project's term and the built-in ones
    const g = compileGlossary([builtinTermbase(), project]);
    const hits = matchSource(g, 'The lottery ticket hypothesis holds for graph neural networks.').map((h) => h.text);
    expect(hits).toContain('lottery ticket hypothesis');
    expect(hits).toContain('graph neural networks');
  });

  it('the built-in glossary index is restored (no term word is stemmed) and matches running text', () => {
    const g = compileGlossary([builtinTermbase()]);
    sourceIndexOf(g);
    // compileGlossary's key memo is filled only when the trie is built from the texts
    expect(g.memo.keys.size).toBe(0);
    const hits = matchSource(g, 'We fine-tuned pre-trained language models with reinforcement learning from human feedback (RLHF) on ImageNet.');
    const texts = hits.map((h) => h.text);
    expect(texts).toContain('pre-trained language models');
    expect(texts.some((t) => t.startsWith('reinforcement learning'))).toBe(true);
    expect(texts).toContain('ImageNet');
  });
});
