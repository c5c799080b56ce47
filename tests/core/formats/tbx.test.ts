import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTbx, parseTermbaseFile, writeTbx } from '../../../src/core/formats';
import type { Concept } from '../../../src/core/glossary';
import { ImportError } from '../../../src/core/model';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url));
const zh = (c: Concept | undefined) => c?.zh.map((z) => [z.text, z.status]);

describe('TBX import', () => {
  const dca = parseTermbaseFile(fixture('ml-terms.tbx'), 'ml-terms.tbx');
  const [policy, gnn] = dca.termbase.concepts;

  it('reads TBX v3 TBX-Basic (DCA) concept entries with their English and Chinese terms', () => {
    expect(dca.termbase.concepts.map((c) => c.id)).toEqual(['policy', 'gnn']);
    expect(policy.en).toEqual([{ text: 'policy', partOfSpeech: 'noun' }]);
    expect(dca.termbase.priority).toBeGreaterThan(0);
  });

  it('maps administrativeStatus: preferred/admitted are approved, deprecated/superseded forbidden', () => {
    expect(zh(policy)).toEqual([['策略', 'preferred'], ['政策', 'forbidden']]);
    expect(zh(gnn)).toEqual([['图神经网络', 'preferred'], ['图网络', 'admitted'], ['图形神经网络', 'forbidden']]);
  });

  it('keeps definition, subject field, notes, acronym and provenance', () => {
    expect(policy).toMatchObject({
      domain: 'reinforcement learning',
      definition: 'A mapping from states to actions.',
      note: 'Not government policy.',
      provenance: { origin: 'imported:ml-terms.tbx', author: 'Zhang San', date: '2024-03-01' },
    });
    expect(policy.zh[1].note).toBe('Means government policy.');
    expect(gnn.en[0]).toEqual({ text: 'graph neural network', partOfSpeech: 'noun', acronym: 'GNN' });
  });

  it('skips an entry with no English term, with a warning naming it and its line', () => {
    expect(dca.warnings[0]).toMatch(/ml-terms\.tbx: entry "zh-only" \(line \d+\) has no English term; it was skipped/);
  });

  it('reads the DCT style (namespaced data categories)', () => {
    const dct = parseTermbaseFile(fixture('ml-terms-dct.tbx'), 'ml-terms-dct.tbx').termbase.concepts[0];
    expect(dct).toMatchObject({ id: 'converge', domain: 'optimization' });
    expect(dct.en[0]).toEqual({ text: 'converge', partOfSpeech: 'verb' });
    expect(zh(dct)).toEqual([['收敛', 'preferred'], ['汇合', 'forbidden']]);
  });

  it('reads TBX 2008 <martif> with <tig> and <ntig>', () => {
    const m = parseTermbaseFile(fixture('ml-terms-2008.tbx'), 'ml-terms-2008.tbx').termbase.concepts[0];
    expect(m.en[0].text).toBe('training');
    expect(zh(m)).toEqual([['训练', 'preferred'], ['培训', 'forbidden']]);
  });

  it('refuses a file that is not TBX', () => {
    expect(() => parseTbx('<xliff version="1.2"/>', 'x.tbx')).toThrow(ImportError);
    expect(() => parseTbx('<xliff version="1.2"/>', 'x.tbx')).toThrow(/root element is <xliff>, not <tbx>/);
  });
});

describe('TBX export', () => {
  it('round-trips concepts: terms, statuses, definition, notes, dnt, requiresSourceTerm, provenance', () => {
    const tb = parseTermbaseFile(fixture('ml-terms.tbx'), 'ml-terms.tbx').termbase;
    tb.concepts.push({
      id: '42-gym', en: [{ text: 'OpenAI Gym' }], zh: [], dnt: true, note: 'keep the casing\nnever translate',
    }, {
      id: 'state', en: [{ text: 'state', variants: ['states'] }], zh: [{ text: '状态', status: 'preferred' }, { text: '州', status: 'forbidden', requiresSourceTerm: true }],
    }, {
      id: 'robust', en: [{ text: 'robustness' }], zh: [{ text: '鲁棒性', status: 'preferred' }, { text: '健壮性', status: 'forbidden', severity: 'minor', note: 'software-engineering register' }],
    });
    const back = parseTbx(writeTbx(tb), 'ml-terms.tbx').termbase.concepts;
    expect(back.map((c) => c.id)).toEqual(['policy', 'gnn', 'c-42-gym', 'state', 'robust']);
    expect(back[0]).toEqual(tb.concepts[0]);
    expect(back[1]).toEqual(tb.concepts[1]);
    expect(back[2]).toMatchObject({ dnt: true, note: 'keep the casing\nnever translate', en: [{ text: 'OpenAI Gym' }] });
    expect(back[3].zh).toEqual([{ text: '状态', status: 'preferred' }, { text: '州', status: 'forbidden', requiresSourceTerm: true }]);
    expect(back[3].en[0].variants).toEqual(['states']);
    // a forbidden rendering's own severity travels as a note, apart from the free-text note
    expect(back[4].zh[1]).toEqual({ text: '健壮性', status: 'forbidden', severity: 'minor', note: 'software-engineering register' });
  });

  it('escapes markup in terms and notes', () => {
    const out = writeTbx({ id: 't', name: 'x<y', priority: 1, concepts: [{ id: 'a', en: [{ text: 'a<b>&c' }], zh: [{ text: '甲<乙>', status: 'preferred' }] }] });
    expect(out).toContain('<term>a&lt;b&gt;&amp;c</term>');
    expect(parseTbx(out, 'x.tbx').termbase.concepts[0].zh[0].text).toBe('甲<乙>');
  });
});
