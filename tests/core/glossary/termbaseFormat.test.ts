import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Termbase } from '../../../src/core/glossary/Termbase';
import type { RenderingStats } from '../../../src/tools/mining';
import { countNote, formatTermbase } from '../../../src/tools/termbase';

const FILE = fileURLToPath(new URL('../../../seeds/termbase-ml.json', import.meta.url));

describe('formatTermbase', () => {
  it('is the exact text of seeds/termbase-ml.json: the file is kept canonical', () => {
    const text = readFileSync(FILE, 'utf8');
    expect(formatTermbase(JSON.parse(text) as Termbase)).toBe(text);
  });

  it('writes one concept per line in a fixed field order, and parses back to the same data', () => {
    const tb: Termbase = {
      id: 't',
      name: '测试',
      priority: 5,
      concepts: [
        { provenance: { origin: 'user' }, zh: [{ text: '策略', status: 'preferred' }], en: [{ text: 'policy' }], id: 'rl.policy' },
        { id: 'name.gym', dnt: true, en: [{ text: 'OpenAI Gym' }], zh: [{ text: 'OpenAI Gym', status: 'preferred' }], note: 'say "Gym"' },
      ],
    };
    const text = formatTermbase(tb);
    const lines = text.split('\n');
    expect(lines[5]).toBe('    {"id": "rl.policy", "en": [{"text": "policy"}], "zh": [{"text": "策略", "status": "preferred"}], "provenance": {"origin": "user"}},');
    expect(lines[6]).toContain('"note": "say \\"Gym\\""');
    expect(JSON.parse(text)).toEqual(tb);
  });
});

describe('countNote', () => {
  const stats = (forbidden: [string, number][], approved: [string, number][]): RenderingStats => ({
    label: 'agent',
    totalPairs: 3287,
    sourcePairs: 1130,
    forbidden: forbidden.map(([text, pairs]) => ({ text, pairs, outside: 0 })),
    approved: approved.map(([text, pairs]) => ({ text, pairs, outside: 0 })),
    withoutApproved: 0,
    ngrams: [],
  });

  it('appends the mined counts of forbidden and approved renderings', () => {
    expect(countNote('RL agent.', stats([['代理', 1109], ['代理人', 7]], [['智能体', 43]]))).toBe(
      'RL agent. Tencent MT, 3,287 arXiv abstracts, 1,130 with the source term: 代理 ×1,109, 代理人 ×7; approved 智能体 ×43.',
    );
  });

  it('replaces an older counts sentence instead of adding a second one', () => {
    const old = 'RL agent. Tencent MT, 3,287 arXiv abstracts, 99 with the source term: 代理 ×1.';
    const note = countNote(old, stats([['代理', 2]], []));
    expect(note).toBe('RL agent. Tencent MT, 3,287 arXiv abstracts, 1,130 with the source term: 代理 ×2.');
  });

  it('drops the sentence when no forbidden rendering occurs, and leaves no empty note', () => {
    expect(countNote('RL agent. Tencent MT, 3,287 arXiv abstracts, 9 with the source term: 代理 ×1.', stats([['代理', 0]], [['智能体', 5]]))).toBe('RL agent.');
    expect(countNote(undefined, stats([], [['智能体', 5]]))).toBeUndefined();
  });
});
