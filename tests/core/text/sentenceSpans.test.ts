import { describe, expect, it } from 'vitest';
import {
  alignSentences,
  alignSpans,
  COLLECT_REPEATS,
  SEEN_BRACKET,
  SEEN_DIGIT,
  SEEN_HALF_PUNCT,
  SEEN_INLINE_SPACE,
  SEEN_OPEN_PAREN,
  SEEN_PRIVATE_USE,
  sentenceSpans,
  splitSentences,
} from '../../../src/core/text';
import { englishNumberWords, englishNumberWordsAt } from '../../../src/core/checks/util/extractNumbers';

const EN =
  'We propose the Distributive Exploration Safety Training Algorithm (DESTA), e.g. for two agents. ' +
  'It reaches 73.0% on Lunar Lander! Three baselines fail.';
const ZH = '我们提出分布式探索安全训练算法（DESTA），例如用于两个智能体。它在Lunar Lander上达到73.0%！三个基线失败了(见表1)。';

describe('sentenceSpans', () => {
  it('cuts where splitSentences cuts, with Han and letter/digit counts per sentence', () => {
    for (const [text, zh] of [
      [EN, false],
      [ZH, true],
    ] as const) {
      const spans = sentenceSpans(text, zh);
      const sentences = splitSentences(text, zh ? 'zh' : 'en');
      expect(spans.count).toBe(sentences.length);
      sentences.forEach((s, k) => {
        expect([spans.bounds[2 * k], spans.bounds[2 * k + 1]]).toEqual([s.start, s.end]);
        expect(spans.alnum[k]).toBe((s.text.match(/[A-Za-z0-9]/g) ?? []).length);
        expect(spans.han[k]).toBe((s.text.match(/[\u4e00-\u9fff]/g) ?? []).length);
      });
    }
    const zh = sentenceSpans(ZH, true);
    expect(zh.count).toBe(3);
    expect(zh.han[0]).toBe('我们提出分布式探索安全训练算法例如用于两个智能体'.length);
    expect(zh.alnum[1]).toBe('LunarLander730'.length);
  });

  it('says which character classes occur, so checks can return at once', () => {
    const zh = sentenceSpans(ZH, true).seen;
    expect(zh & SEEN_OPEN_PAREN).not.toBe(0); // （DESTA） and (见表1)
    expect(zh & SEEN_BRACKET).not.toBe(0);
    expect(zh & SEEN_HALF_PUNCT).not.toBe(0); // the half-width ( ) and the . of 73.0
    expect(zh & SEEN_DIGIT).not.toBe(0);
    expect(zh & SEEN_INLINE_SPACE).not.toBe(0); // "Lunar Lander"
    expect(zh & SEEN_PRIVATE_USE).toBe(0);
    const plain = sentenceSpans('模型在所有基准上都优于基线。', true).seen;
    expect(plain & (SEEN_OPEN_PAREN | SEEN_BRACKET | SEEN_HALF_PUNCT | SEEN_DIGIT | SEEN_INLINE_SPACE)).toBe(0);
    expect(sentenceSpans('把\uE000标签\uE001放回去。', true).seen & SEEN_PRIVATE_USE).not.toBe(0);
  });

  it('lists the positions of the characters asked for, and the first digit', () => {
    const spans = sentenceSpans(ZH, true, SEEN_BRACKET | SEEN_HALF_PUNCT);
    expect(spans.marks.map((i) => ZH[i]).join('')).toBe('（）.()');
    expect(spans.firstDigit).toBe(ZH.indexOf('73.0'));
    expect(sentenceSpans('没有数字的句子。', true).firstDigit).toBe(-1);
    expect(sentenceSpans(ZH, true).marks).toEqual([]);
  });

  it('lists word starts that may be number words, giving the same number words as the regex', () => {
    const text = 'Two agents, thirty-two tasks and two million steps over two decades; the rest is noise.';
    const spans = sentenceSpans(text, false, 0, true);
    const words = [...spans.wordStarts].map((i) => text.slice(i, i + 3));
    expect(words).toEqual(['Two', 'thi', 'two', 'two', 'mil', 'two']);
    expect(words).not.toContain('the'); // "the" and "the rest" spell no number word's first three letters
    expect(words).not.toContain('age'); // "agents" cannot be a number word
    const fast = englishNumberWordsAt(text, spans.wordStarts);
    expect(fast).toEqual(englishNumberWords(text));
    expect(fast.map((n) => n.key)).toEqual(['2', '32', '2000000', '2']);
    expect(fast[3].alt).toBe('20');
  });

  it('lists exactly the word starts spelling a number word\'s first three letters, and every number word the regex finds', () => {
    // every number word the check reads, in three casings, glued to pieces that break or join words
    const numberWords = ('two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
      'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand ' +
      'thousands millions dozens').split(' ');
    const pieces = [...numberWords, ...numberWords.map((w) => w.toUpperCase()), ...numberWords.map((w) => w[0].toUpperCase() + w.slice(1)),
      'the', 'thy', 'tw', 'th', 'fo', 'ele', 'Thr', 'tenth', 'seventh', 'one', 'million', 'decades', '2', '30', 'x', '_', "'", '’', '-', ' ', ' ', ' ', '.', ',', '中文', '（', 'é', 'ＴＷＯ', 'GNNs', "don't", '4', '5', '6', '8', 'oz', 'le', 'ive', 'un'];
    // the plain definition: a \w run's start (not after a letter, digit or '_') whose first three characters are ASCII letters beginning a number word
    const prefixes = new Set(numberWords.map((w) => w.slice(0, 3)));
    const plain = (t: string) => [...t.matchAll(/(?<![A-Za-z0-9_])[A-Za-z]{3}/g)].filter((m) => prefixes.has(m[0].toLowerCase())).map((m) => m.index);
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    let found = 0;
    for (let k = 0; k < 4000; k++) {
      let t = '';
      for (let j = 1 + Math.floor(next() * 20); j > 0; j--) t += pieces[Math.floor(next() * pieces.length)];
      const fast = sentenceSpans(t, false, 0, true); // from the word scan
      const slow = sentenceSpans(t, false, SEEN_PRIVATE_USE, true); // character by character
      expect(fast.wordStarts, JSON.stringify(t)).toEqual(plain(t));
      expect(slow.wordStarts, JSON.stringify(t)).toEqual(plain(t));
      const expected = englishNumberWords(t);
      expect(englishNumberWordsAt(t, fast.wordStarts), JSON.stringify(t)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(500); // number words standing alone, not only rejected ones
  });

  it('splits English from the word scan exactly as the character-by-character scan does', () => {
    // with marks asked for, every character is read one by one; without, only those between words
    const slow = (t: string, zh: boolean) => ({ ...sentenceSpans(t, zh, SEEN_PRIVATE_USE, true), marks: [] });
    const fast = (t: string, zh: boolean) => sentenceSpans(t, zh, 0, true);
    const cases = [
      EN,
      'See Fig. 3 and e.g. Table 2. The U.S. team (J. Smith et al.) won. Next: v1.2.3 at arxiv.org!',
      "The agent's two-stage training isn't slow... It's fast?! \"Three\" runs.\n\nA new paragraph_two starts; seven more.",
      'Accuracy rose 73.0% → 79.6%. 模型很好。 Then RL_two ended… and nine rock\'n\'two fans left.',
      '  \t Leading spaces, a tab, and a trailing newline\n',
      '',
    ];
    for (const t of cases) for (const zh of [false, true]) expect(fast(t, zh)).toEqual(slow(t, zh));
    // random texts from pieces that exercise the rules (fixed seed: the same texts every run)
    const pieces = ['two', 'Three', 's', 'e', '_', "'", '’', '-', '\u2010', ' ', '\n', '\n\n', '.', '!', '?', ';', ',', ':', '/', '…', '。', '(', ')', '"', '”', '7', '3.5', 'e.g.', 'Fig.', 'U.S.', 'GNNs', '中文', '\t', '\u00a0', '\ue000', 'et al.', 'No. 3', "don't", 'model’s', 'x_two'];
    let seed = 20261129;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 3000; k++) {
      let t = '';
      for (let j = 1 + Math.floor(next() * 24); j > 0; j--) t += pieces[Math.floor(next() * pieces.length)];
      const zh = k % 2 === 1;
      expect(fast(t, zh), JSON.stringify(t)).toEqual(slow(t, zh));
    }
  });

  it('lists the Han characters repeated within five places when asked (where doublings can be)', () => {
    const t = '我们训练了模型模型，的的确确。攻击的攻击！模X型';
    const spans = sentenceSpans(t, true, COLLECT_REPEATS);
    // 模型模型: the second 模 and 型; 的的确确: the second 的 and 确; 攻击的攻击: 攻 and 击 again
    expect(spans.repeats!.map((i) => t[i]).join('')).toBe('模型的确攻击');
    expect(spans.repeats![0]).toBe(t.indexOf('模型模型') + 2);
    expect(spans.marks).toEqual([]); // no other class asked for
    expect(sentenceSpans(t, true).repeats).toEqual([]); // not asked for
    expect(sentenceSpans('模型在所有任务上优于基线。', true, COLLECT_REPEATS).repeats).toEqual([]);
    expect(sentenceSpans('模型在基准上优于基线。', true, COLLECT_REPEATS).repeats).toEqual([8]); // 基 five places after 基
    // across a stop (。 and a closing quote are passed by the stop's run) and six places apart
    const u = '模型。”模型　一二三四五六一'; // 一 … 一: six places
    expect(sentenceSpans(u, true, COLLECT_REPEATS).repeats).toEqual([4, 5]);
  });

  it('lists repeats exactly as a look at the five characters before each one, text after text', () => {
    const pieces = ['模', '型', '的', '了', '被', '攻击', '。', '！', '”', ' ', '\n', '(', ')', 'a', '1', '𠀀', '㐀', '豈', '…', '；'];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 3000; k++) {
      let t = '';
      for (let j = Math.floor(next() * 40); j > 0; j--) t += pieces[Math.floor(next() * pieces.length)];
      const expected: number[] = [];
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c < 0x4e00 || c > 0x9fff) continue;
        for (let d = 1; d <= 5 && i - d >= 0; d++) {
          if (t.charCodeAt(i - d) === c) {
            expected.push(i);
            break;
          }
        }
      }
      expect(sentenceSpans(t, k % 3 !== 0, COLLECT_REPEATS | SEEN_BRACKET).repeats, JSON.stringify(t)).toEqual(expected);
    }
  });
});

describe('sentenceSpans on Chinese text (the main Han block read without the class table)', () => {
  it('counts Han characters and lists the marks and set members as a look at each character does', () => {
    // a set of a few Han characters of the main block and outside it (as script.mixed asks for traditional ones)
    const set = new Uint32Array(0x10000 >> 5);
    for (const ch of '學習網豈㐀') set[ch.charCodeAt(0) >> 5] |= 1 << (ch.charCodeAt(0) & 31);
    const inSet = (c: number) => ((set[c >> 5] >>> (c & 31)) & 1) === 1;
    const marksClass = SEEN_BRACKET | SEEN_HALF_PUNCT | SEEN_INLINE_SPACE;
    const isMark = (ch: string) => /[()（）[\]【】“”《》「」『』,;:?!.\uff10-\uff19\uff21-\uff3a\uff41-\uff5a \t\u3000\u00a0]/.test(ch);
    const pieces = ['深度', '學習', '网络', '網', '的', '。', '，', '！', '“', '”', '（', '）', '(', ')', ' ', '\u3000', 'GNN', '7', '.', ',', '豈', '㐀', '𠀀', '\n', '；', '…', '一', '龥', '丿'];
    let seed = 99;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 3000; k++) {
      let t = '';
      for (let j = Math.floor(next() * 30); j > 0; j--) t += pieces[Math.floor(next() * pieces.length)];
      const spans = sentenceSpans(t, true, marksClass, false, set);
      const expected: number[] = [];
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        const han = (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd8bf);
        if (isMark(t[i]) || (han && inSet(c))) expected.push(i);
      }
      expect(spans.marks, JSON.stringify(t)).toEqual(expected);
      let han = 0;
      for (const n of spans.han) han += n;
      expect(han, JSON.stringify(t)).toBe((t.match(/[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\ud840-\ud8bf]/g) ?? []).length);
    }
  });
});

describe('alignSpans', () => {
  it('aligns spans of the unit texts exactly as alignSentences aligns the sentences', () => {
    const src =
      'We train a policy with DESTA on Lunar Lander. ' +
      'The agent explores the state space safely with a learned cost model of 128 units. ' +
      'Results on two benchmarks improve by 12.5%.';
    const tgt = '我们在Lunar Lander上用DESTA训练策略。结果在两个基准上提高了12.5%。';
    const s = sentenceSpans(src, false);
    const t = sentenceSpans(tgt, true);
    const bySpans = alignSpans(src, s.bounds, tgt, t.bounds);
    expect(bySpans).toEqual(alignSentences(splitSentences(src, 'en'), splitSentences(tgt, 'zh')));
    // the middle sentence has no counterpart; the numbers anchor the last pair
    expect(bySpans).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [] },
      { source: [2], target: [1] },
    ]);
  });
});
