import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignSpans, EnglishWords, HAN_PER_EN_CHAR, sentenceSpans } from '../../../src/core/text';
import { alignmentAnchors, type AlignmentAnchors } from '../../../src/core/text/alignmentAnchors';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The anchors as plain data: every count, length and id the aligner reads. */
function plain(f: AlignmentAnchors, n: number, m: number): unknown {
  const ids = (a: Int32Array, at: Int32Array, count: number) => Array.from(a.subarray(0, at[count]));
  return {
    srcLen: Array.from(f.srcLen.subarray(0, n + 1)),
    tgtLen: Array.from(f.tgtLen.subarray(0, m + 1)),
    words: f.words,
    srcMask: Array.from(f.srcMask.subarray(0, n * f.words)),
    tgtMask: Array.from(f.tgtMask.subarray(0, m * f.words)),
    srcStrongAt: Array.from(f.srcStrongAt.subarray(0, n + 1)),
    tgtStrongAt: Array.from(f.tgtStrongAt.subarray(0, m + 1)),
    srcStrong: ids(f.srcStrong, f.srcStrongAt, n),
    tgtStrong: ids(f.tgtStrong, f.tgtStrongAt, m),
  };
}

/** Anchors from the source's bytes and from its char codes: must be the same. */
function both(en: string, zh: string): [unknown, unknown] {
  const sb = sentenceSpans(en, false, 0, true).bounds;
  const tb = sentenceSpans(zh, true).bounds;
  const n = sb.length >> 1;
  const m = tb.length >> 1;
  const fromChars = plain(alignmentAnchors(en, sb, zh, tb), n, m);
  const fromBytes = plain(alignmentAnchors(en, sb, zh, tb, EnglishWords.of(en).chars), n, m);
  return [fromBytes, fromChars];
}

/** Source pieces: words of every shape the token rules tell apart, and characters the byte scan hands back. */
const EN = ['We', 'train', 'the', 'model', 'on', 'BERT', 'GNNs', 'ViTs', 'AB-s', 'mAP', 'iOS', 'ResNet-50', 'GPT-3', "don't", 'model’s', 'model’', 'top-1', 'x-', '-y', "'", '’', '3D', '1.5x', '1,000', '1,', '2.', '.5', '12.5%', 'v1.2', 'e.g.', '3,287', '(', ')', ',', '.', ';', ':', '\u2010', '\u2011', 'co\u2010op', '\u00a0', '\u3000', '\u2028', '\t', '\n', '模型', '〇', 'é', '”', '\u007f', '_', ' ', ' ', ' '];
const ZH = ['我们', '在', 'BERT', '上', '训练', '模型', '3', '个', '轮次', '，', '。', 'mAP', 'GNN', 'don', '12.5%', '1,000', 'ResNet-50', 'x', 'model', 'the'];

describe('alignment anchors read from the source bytes (scanSentenceBytes)', () => {
  it('equal the anchors read from the char codes on 20,000 random units, with every sentence that has other characters handed back', () => {
    const r = rng(97);
    const pick = <T,>(a: T[]) => a[Math.floor(r() * a.length)];
    for (let q = 0; q < 20000; q++) {
      let en = '';
      for (let k = 0, pieces = 1 + Math.floor(r() * 40); k < pieces; k++) en += pick(EN) + (r() < 0.6 ? ' ' : '') + (r() < 0.08 ? '. ' : '');
      let zh = '';
      for (let k = 0, pieces = 1 + Math.floor(r() * 20); k < pieces; k++) zh += pick(ZH) + (r() < 0.1 ? '。' : '');
      const [a, b] = both(en, zh);
      expect(a, JSON.stringify([en, zh])).toEqual(b);
    }
  });

  it('keep GNNs → GNN, ResNet-50 and 3,287 as anchors that align with the Chinese', () => {
    const en = 'We evaluate GNNs on 3,287 graphs. ResNet-50 is the backbone; we don’t tune it.';
    const zh = '我们在3287个图上评估GNN。骨干网络是ResNet-50，我们不调整它。';
    const [a, b] = both(en, zh);
    expect(a).toEqual(b);
    const sb = sentenceSpans(en, false, 0, true).bounds;
    const tb = sentenceSpans(zh, true).bounds;
    expect(alignSpans(en, sb, zh, tb, EnglishWords.of(en).chars)).toEqual(alignSpans(en, sb, zh, tb));
  });

  it('measure every target sentence as the length model says: Han / HAN_PER_EN_CHAR + other characters', () => {
    const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007 || (c >= 0xd840 && c <= 0xd8bf);
    const counted = (c: number) => (c < 0x80 ? c > 0x20 : !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff0f) && c !== 0xa0);
    const r = rng(5);
    const ZH_CHARS = ['模型', '训练', '〇', '㐀', '豈', '\ud840\udc00', '，', '。', '：', '（', '）', '\u3000', '\u00a0', 'BERT', '3.5', ' ', '“', '”', '·', '！', 'Ａ', 'é', '鿿', '一'];
    for (let q = 0; q < 5000; q++) {
      let zh = '';
      for (let k = 0, pieces = 1 + Math.floor(r() * 30); k < pieces; k++) zh += ZH_CHARS[Math.floor(r() * ZH_CHARS.length)];
      const tb = sentenceSpans(zh, true).bounds;
      const m = tb.length >> 1;
      const f = alignmentAnchors('A sentence.', [0, 11], zh, tb);
      for (let k = 0; k < m; k++) {
        let han = 0;
        let other = 0;
        for (let i = tb[2 * k]; i < tb[2 * k + 1]; i++) {
          const c = zh.charCodeAt(i);
          if (isHan(c)) han++;
          else if (counted(c)) other++;
        }
        expect(f.tgtLen[k + 1] - f.tgtLen[k], JSON.stringify(zh.slice(tb[2 * k], tb[2 * k + 1]))).toBeCloseTo(han / HAN_PER_EN_CHAR + other, 9);
      }
    }
  });

  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/arxiv-adv-tencentmt');
  if (!existsSync(dir)) console.warn('anchorBytes.test: ../shared/data/arxiv-adv-tencentmt not present, skipping');
  describe.runIf(existsSync(dir))('on the real pairs', () => {
    it('are the same for every real abstract', () => {
      const lines = readFileSync(join(dir, 'pairs-2021-2023.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
      for (const l of lines) {
        const u = JSON.parse(l) as { source: string; target: string };
        const [a, b] = both(u.source, u.target);
        expect(a, u.source.slice(0, 60)).toEqual(b);
      }
    });
  });
});
