import type { Termbase } from '../../src/core/glossary';
import { SENTENCE_PAIRS, mulberry32 } from './sentenceBank';

export interface BenchUnit {
  id: string;
  source: string;
  target: string;
}

/**
 * `n` units recombined from the sentence bank with a fixed seed: each unit has
 * `minSentences`–`maxSentences` sentence pairs (default 1–4, ~250 bytes of English: the size
 * of a paragraph-level XLIFF trans-unit). Every run generates the same corpus.
 */
export function generateCorpus(n: number, seed = 2026, minSentences = 1, maxSentences = 4, termbase?: Termbase): BenchUnit[] {
  const rnd = mulberry32(seed);
  const out: BenchUnit[] = [];
  for (let i = 0; i < n; i++) {
    const k = minSentences + Math.floor(rnd() * (maxSentences - minSentences + 1));
    const en: string[] = [];
    const zh: string[] = [];
    for (let j = 0; j < k; j++) {
      const [e, z] = SENTENCE_PAIRS[Math.floor(rnd() * SENTENCE_PAIRS.length)];
      en.push(e);
      zh.push(z);
    }
    // With a termbase, one unit in three also uses one of its terms, translated with the
    // preferred, an admitted or a forbidden rendering, so matching has real work.
    if (termbase && rnd() < 1 / 3) {
      const c = termbase.concepts[Math.floor(rnd() * termbase.concepts.length)];
      const z = c.zh[Math.floor(rnd() * c.zh.length)];
      en.push(`We apply the ${c.en[0].text} to this benchmark.`);
      zh.push(`我们将${z.text}应用于该基准。`);
    }
    // A unit-specific number makes every unit distinct, so no cache (the matcher memoises
    // by text) ever sees the same text twice; it also gives the numbers check a match.
    const no = 10_000 + i;
    out.push({ id: `g${i + 1}`, source: `Case ${no}: ${en.join(' ')}`, target: `案例${no}：${zh.join('')}` });
  }
  return out;
}

const SYLLABLES = 'ka ro mi te su na ve lo pri dan gel tor qua fin zen mor bel cas dro ul'.split(' ');
const HAN = '数据模型网络学习训练分布式量化梯度随机特征空间度量图谱编码解码注意力卷积池化采样嵌入聚类回归损失优化正则对抗鲁棒隐私联邦推断'.split('');

/**
 * A synthetic termbase of `n` concepts: made-up two- and three-word English terms, each
 * with a preferred and an admitted Chinese rendering and, for one in three, a forbidden one.
 */
export function generateTermbase(n: number, seed = 7): Termbase {
  const rnd = mulberry32(seed);
  const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)];
  const word = () => pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
  const han = (len: number) => Array.from({ length: len }, () => pick(HAN)).join('');
  const concepts: Termbase['concepts'] = [];
  const seenEn = new Set<string>();
  const seenZh = new Set<string>();
  const fresh = (make: () => string, seen: Set<string>) => {
    for (;;) {
      const s = make();
      if (!seen.has(s)) {
        seen.add(s);
        return s;
      }
    }
  };
  for (let i = 0; i < n; i++) {
    const en = fresh(() => Array.from({ length: 2 + Math.floor(rnd() * 2) }, word).join(' '), seenEn);
    const zh: Termbase['concepts'][number]['zh'] = [
      { text: fresh(() => han(4 + Math.floor(rnd() * 3)), seenZh), status: 'preferred' },
      { text: fresh(() => han(5 + Math.floor(rnd() * 2)), seenZh), status: 'admitted' },
    ];
    if (i % 3 === 0) zh.push({ text: fresh(() => han(4 + Math.floor(rnd() * 3)), seenZh), status: 'forbidden' });
    concepts.push({ id: `gen.${i}`, domain: 'generated', en: [{ text: en }], zh });
  }
  return { id: 'generated-10k', name: 'generated benchmark termbase', priority: 5, concepts };
}
