import { describe, expect, it } from 'vitest';
import { alignSpans, sentenceSpans, type AlignedPair } from '../../../src/core/text';
import { alignmentAnchors } from '../../../src/core/text/alignmentAnchors';
import { MOVE_I, MOVE_J, oneSided, twoSidedCost } from '../../../src/core/text/beadCost';
import { mergeBeads } from '../../../src/core/text/mergeBeads';

/**
 * The aligner's dynamic programme without any bound or pruning: every cell of the band, every
 * move in move order (the lowest cost wins, a tie goes to the earlier move), costs summed as
 * alignSpans sums them. alignSpans must choose exactly the same beads.
 */
function referenceAlign(src: string, sb: number[], tgt: string, tb: number[]): AlignedPair[] {
  const n = sb.length >> 1;
  const m = tb.length >> 1;
  const f = alignmentAnchors(src, sb, tgt, tb);
  const width = Math.max(12, Math.abs(n - m) + 10);
  const inBand = (i: number, j: number) => i >= 0 && i <= n && Math.abs(j - Math.round((i * m) / n)) <= width && j >= 0 && j <= m;
  const cost: number[][] = [];
  const move: number[][] = [];
  for (let i = 0; i <= n; i++) {
    cost.push(new Array<number>(m + 1).fill(Infinity));
    move.push(new Array<number>(m + 1).fill(-1));
  }
  cost[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if ((i === 0 && j === 0) || !inBand(i, j)) continue;
      for (let k = 0; k < 7; k++) {
        const pi = i - MOVE_I[k];
        const pj = j - MOVE_J[k];
        if (!inBand(pi, pj) || cost[pi][pj] === Infinity) continue;
        const l1 = f.srcLen[i] - f.srcLen[pi];
        const l2 = f.tgtLen[j] - f.tgtLen[pj];
        const c = MOVE_I[k] === 0 || MOVE_J[k] === 0 ? oneSided(l1, l2, cost[pi][pj]) : twoSidedCost(f, k, pi, i, pj, j, l1, l2, cost[pi][pj]);
        if (c < cost[i][j]) {
          cost[i][j] = c;
          move[i][j] = k;
        }
      }
    }
  }
  const out: AlignedPair[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const k = move[i][j];
    const range = (a: number, b: number) => Array.from({ length: b - a }, (_, x) => a + x);
    out.push({ source: range(i - MOVE_I[k], i), target: range(j - MOVE_J[k], j) });
    i -= MOVE_I[k];
    j -= MOVE_J[k];
  }
  return mergeBeads(out.reverse(), tgt, tb);
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NAMES = ['BERT', 'ImageNet', 'GPT-3', 'ResNet-50', 'CIFAR-10', 'DESTA', 'GNNs', 'OpenAI Gym', 'Transformer'];
const NUMBERS = ['3', '12.5%', '1,000', '2023', '0.91', '64', '7'];

/** English and Chinese sentences of varied length, some sharing a number or a name. */
function sentencePair(r: () => number): [string, string] {
  const pick = <T,>(a: T[]) => a[Math.floor(r() * a.length)];
  const name = pick(NAMES);
  const num = pick(NUMBERS);
  const long = r() < 0.3;
  const withName = r() < 0.5;
  const withNum = r() < 0.4;
  let en = `We train the model${withName ? ` on ${name}` : ''}${withNum ? ` for ${num} epochs` : ''}`;
  let zh = `我们${withName ? `在${name}上` : ''}训练模型${withNum ? `${num}个轮次` : ''}`;
  if (long) {
    en += ', and we compare it with strong baselines under the same budget of computation and data';
    zh += '，并在相同的计算和数据预算下与强基线进行比较';
  }
  if (r() < 0.2) zh += '；结果表明其更稳定';
  return [en + '.', zh + '。'];
}

/** A unit: mostly parallel sentences, with dropped, added, split and shuffled ones. */
function unit(r: () => number, size: number): [string, string] {
  const en: string[] = [];
  const zh: string[] = [];
  for (let k = 0; k < size; k++) {
    const [e, z] = sentencePair(r);
    const x = r();
    if (x < 0.08) en.push(e); // dropped in the target
    else if (x < 0.16) zh.push(z); // added in the target
    else if (x < 0.24) {
      en.push(e);
      zh.push(z, '这一点很重要。'); // split in two or three
      if (r() < 0.4) zh.push('结果也更稳定。');
    } else if (x < 0.3) {
      en.push(e, 'It works.');
      zh.push(z); // two into one
    } else {
      en.push(e);
      zh.push(r() < 0.1 ? sentencePair(r)[1] : z);
    }
  }
  return [en.join(' '), zh.join('')];
}

describe('alignSpans: the pruned dynamic programme chooses what the full one chooses', () => {
  it('equals the unpruned reference on 3,000 generated units of 1–40 sentences', () => {
    const r = rng(2026);
    for (let q = 0; q < 3000; q++) {
      const size = q % 100 === 0 ? 20 + Math.floor(r() * 21) : 1 + Math.floor(r() * 12);
      const [en, zh] = unit(r, size);
      const sb = sentenceSpans(en, false, 0, true).bounds;
      const tb = sentenceSpans(zh, true).bounds;
      if (sb.length === 0 || tb.length === 0) continue;
      expect(alignSpans(en, sb, zh, tb), `${en}\n${zh}`).toEqual(referenceAlign(en, sb, zh, tb));
    }
  });

  it('still leaves a dropped sentence unmatched (1–0) and joins a split one (1–2)', () => {
    const run = (en: string, zh: string) => {
      const sb = sentenceSpans(en, false, 0, true).bounds;
      const tb = sentenceSpans(zh, true).bounds;
      const got = alignSpans(en, sb, zh, tb);
      expect(got).toEqual(referenceAlign(en, sb, zh, tb));
      return got;
    };
    expect(
      run(
        'We train the model on BERT for 3 epochs. Both environments are standard benchmarks for safe exploration, and we follow the protocol of earlier work with 5 random seeds and 1,000 episodes per run. It converges after 12.5% of the steps.',
        '我们在BERT上训练模型3个轮次。它在12.5%的步数后收敛。',
      ),
    ).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [] },
      { source: [2], target: [1] },
    ]);
    expect(
      run(
        'We train the model on BERT for 3 epochs, and we compare it with strong baselines under the same budget. It converges after 12.5% of the steps.',
        '我们在BERT上训练模型3个轮次。我们在相同预算下与强基线进行比较。它在12.5%的步数后收敛。',
      ),
    ).toEqual([
      { source: [0], target: [0, 1] },
      { source: [1], target: [2] },
    ]);
  });
});
