import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortTitle } from '../../../src/core/text';
import { isHanCode } from '../../../src/core/text/scriptCounts';
import { seededRandom } from '../../../src/core/stats';

/** The title as it was made: the text's whitespace collapsed, then split into words. */
function reference(text: string, maxWords = 8, maxChars = 60): string {
  const flat = text.slice(0, 400).replace(/\s+/g, ' ').trim();
  if (!flat) return '';
  const cjk = isHanCode(flat.charCodeAt(0)) || /^[\p{P}\s]*\p{Script=Han}/u.test(flat.slice(0, 4));
  if (cjk) {
    const stop = flat.search(/[。！？；]/);
    if (stop >= 0 && stop <= 20) return flat.slice(0, stop);
    return flat.length > 20 ? `${[...flat].slice(0, 20).join('')}…` : flat;
  }
  const words = flat.split(' ');
  let out = '';
  for (let i = 0; i < words.length && i < maxWords; i++) {
    const next = out ? `${out} ${words[i]}` : words[i];
    if (next.length > maxChars) break;
    out = next;
  }
  if (!out) out = flat.slice(0, maxChars);
  if (out.length >= flat.length) return flat;
  return `${out.replace(/[\s,;:.]+$/, '')}…`;
}

const pairs = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'arxiv-adv-tencentmt', 'pairs-2021-2023.jsonl');

describe('shortTitle', () => {
  it('takes the first words of English, up to 8 words and 60 characters', () => {
    expect(shortTitle('Graph neural networks learn node embeddings by message passing over edges.')).toBe(
      'Graph neural networks learn node embeddings by message…',
    );
    expect(shortTitle('  Policy\ngradient\t methods.  ')).toBe('Policy gradient methods.');
    expect(shortTitle('Reinforcement learning, adversarial attacks, and robustness of deep policies.')).toBe(
      'Reinforcement learning, adversarial attacks, and robustness…',
    );
    expect(shortTitle('A' + 'b'.repeat(70) + ' model')).toBe('A' + 'b'.repeat(59) + '…');
    expect(shortTitle('强化学习智能体在环境中学习最优策略，以最大化累积奖励。')).toBe('强化学习智能体在环境中学习最优策略，以最…');
    expect(shortTitle('“图神经网络”综述。')).toBe('“图神经网络”综述');
    expect(shortTitle(' \n ')).toBe('');
  });

  it('equals the collapse-then-split reading on generated texts (every whitespace, cuts at 400, limits)', () => {
    const rand = seededRandom('shortTitle');
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const words = ['Graph', 'neural', 'a', 'networks,', 'x;', 'end.', 'GPT-3', '2023', 'ImageNet-1K:', 'é', 'policy', 'b'.repeat(30), 'c'.repeat(61), '图神经', '(RL)', '(图', '“强化', '...'];
    const spaces = [' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u2009', '\r\n', ' , ', ' . '];
    let cut = 0;
    for (let n = 0; n < 6000; n++) {
      let text = rand() < 0.2 ? pick(spaces) : '';
      const count = 1 + Math.floor(rand() * (rand() < 0.1 ? 120 : 14));
      for (let k = 0; k < count; k++) text += pick(words) + (k + 1 < count || rand() < 0.3 ? pick(spaces) : '');
      const maxWords = rand() < 0.8 ? 8 : Math.floor(rand() * 10);
      const maxChars = rand() < 0.8 ? 60 : 1 + Math.floor(rand() * 80);
      const want = reference(text, maxWords, maxChars);
      expect(shortTitle(text, maxWords, maxChars), JSON.stringify([text, maxWords, maxChars])).toBe(want);
      if (want.endsWith('…')) cut++;
    }
    expect(cut).toBeGreaterThan(1500);
  });

  describe.runIf(existsSync(pairs))('on the real pairs', () => {
    it('equals the collapse-then-split reading on every source and target', () => {
      const rows = readFileSync(pairs, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { source: string; target: string });
      for (const r of rows) {
        expect(shortTitle(r.source)).toBe(reference(r.source));
        expect(shortTitle(r.target)).toBe(reference(r.target));
      }
    });
  });
  if (!existsSync(pairs)) console.warn('shortTitle: ../shared/data/arxiv-adv-tencentmt/ not present, skipping');
});
