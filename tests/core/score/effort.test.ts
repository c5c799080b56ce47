import { describe, expect, it } from 'vitest';
import { charEditDistance, chrF, chrFFromStatistics, chrFStatistics, documentEffort, postEditEffort, translationEditRate, terOfTokenisedText } from '../../../src/core/score';

const split = (s: string) => s.split(' ').filter(Boolean);

describe('translationEditRate (TER with shifts)', () => {
  it('reproduces the worked example of Snover et al. (2006): 1 shift + 2 substitutions + 1 insertion over 13 words', () => {
    const r = translationEditRate(
      split('THIS WEEK THE SAUDIS denied information published in the new york times'),
      split('SAUDI ARABIA denied THIS WEEK information published in the AMERICAN new york times'),
    );
    expect(r).toEqual({ edits: 4, shifts: 1, refLength: 13, ter: 4 / 13 });
  });

  it('counts one shift for a moved block, where plain Levenshtein needs 6 edits', () => {
    const r = translationEditRate(split('d e f g h a b c'), split('a b c d e f g h'));
    expect(r.shifts).toBe(1);
    expect(r.ter).toBeCloseTo(1 / 8, 12);
  });

  it('handles identical, disjoint and empty inputs', () => {
    expect(translationEditRate(split('训练 数据'), split('训练 数据')).ter).toBe(0);
    expect(translationEditRate(split('dddd eeee ffff'), split('aaaa bbbb cccc')).ter).toBe(1);
    expect(translationEditRate([], ['训练'])).toMatchObject({ edits: 1, ter: 1 });
    expect(translationEditRate(['训练'], [])).toMatchObject({ edits: 1, refLength: 0, ter: 1 });
    expect(translationEditRate([], []).ter).toBe(0);
  });

  it('moves a Chinese phrase as one shift (word-order change)', () => {
    // MT puts 在 Lunar Lander 上 after the verb; the post-edit moves it before.
    const r = terOfTokenisedText('DESTA 取得 了 出色 表现 在 Lunar Lander 上', 'DESTA 在 Lunar Lander 上 取得 了 出色 表现');
    expect(r.shifts).toBe(1);
    expect(r.edits).toBe(1);
  });

  it('is case-insensitive by default, like sacrebleu and tercom, and case-sensitive on request', () => {
    expect(terOfTokenisedText('在 Openai Gym 上', '在 OpenAI Gym 上').edits).toBe(0);
    expect(terOfTokenisedText('在 Openai Gym 上', '在 OpenAI Gym 上', { caseSensitive: true }).edits).toBe(1);
  });
});

describe('chrF', () => {
  it('is 100 for identical text and ignores whitespace', () => {
    expect(chrF('分布式探索安全训练算法', '分布式探索安全训练算法')).toBeCloseTo(100, 10);
    expect(chrF('a b c', 'abc')).toBeCloseTo(100, 10);
  });

  it('matches a hand computation: abc vs abd (orders 1–3 present, β = 2)', () => {
    // P = R = (2/3 + 1/2 + 0) / 3 = 7/18 → F = 7/18.
    expect(chrF('abc', 'abd')).toBeCloseTo((100 * 7) / 18, 10);
  });

  it('weights recall over precision (β = 2): a short hypothesis is punished more than a long one', () => {
    // Hypothesis 训练 is fully precise but recalls little of 训练数据.
    const short = chrF('训练', '训练数据');
    const long = chrF('训练数据集合', '训练数据');
    expect(short).toBeLessThan(long);
  });

  it('reproduces sacrebleu effective-order values with β = 3 (aa/ab → 25, corpus a,b / a,c → 50)', () => {
    expect(chrF('aa', 'ab', { beta: 3 })).toBeCloseTo(25, 4);
    const stats = chrFStatistics('a', 'a').map((v, i) => v + chrFStatistics('b', 'c')[i]);
    expect(chrFFromStatistics(stats, 3)).toBeCloseTo(50, 4);
  });

  it('is 0 with nothing in common or an empty side', () => {
    expect(chrF('州', '状态')).toBe(0);
    expect(chrF('', '训练')).toBe(0);
  });
});

describe('charEditDistance', () => {
  it('counts code-point edits', () => {
    expect(charEditDistance('培训数据', '训练数据')).toBe(2);
    expect(charEditDistance('图形神经网络', '图神经网络')).toBe(1);
    expect(charEditDistance('kitten', 'sitting')).toBe(3);
    expect(charEditDistance('', '训练')).toBe(2);
    expect(charEditDistance('𠀀a', 'a')).toBe(1); // astral character counts once
  });
});

describe('postEditEffort and documentEffort', () => {
  const mt = '我们提出了分配探索安全培训算法(DESTA),用于培训RL政策。';
  const pe = '我们提出了分布式探索安全训练算法（DESTA），用于训练RL策略。';

  it('measures an edited unit on all three scales', () => {
    const e = postEditEffort(mt, pe);
    expect(e.charEdits).toBe(charEditDistance(mt, pe));
    expect(e.charLength).toBe(Array.from(pe).length);
    expect(e.charEditRate).toBeCloseTo(e.charEdits / e.charLength, 12);
    expect(e.chrF).toBeGreaterThan(0);
    expect(e.chrF).toBeLessThan(100);
    // Word tokens: 分配→分布+式 (segmenter), 培训→训练 twice, 政策→策略, ( ) , width changes.
    expect(e.ter.edits).toBeGreaterThanOrEqual(7);
    expect(e.ter.ter).toBeGreaterThan(0);
  });

  it('is zero effort for an untouched unit and full effort for a translation written from scratch', () => {
    expect(postEditEffort(pe, pe)).toMatchObject({ charEdits: 0, charEditRate: 0, chrF: 100 });
    expect(postEditEffort(pe, pe).ter.ter).toBe(0);
    const fresh = postEditEffort('', '分布式探索安全训练算法');
    expect(fresh.charEditRate).toBe(1);
    expect(fresh.ter.ter).toBe(1);
  });

  it('aggregates a document by summing edits and lengths', () => {
    const a = postEditEffort(mt, pe);
    const b = postEditEffort('白色框攻击', '白色框攻击');
    const d = documentEffort([a, b]);
    expect(d.units).toBe(2);
    expect(d.editedUnits).toBe(1);
    expect(d.charEditRate).toBeCloseTo(a.charEdits / (a.charLength + b.charLength), 12);
    expect(d.ter).toBeCloseTo(a.ter.edits / (a.ter.refLength + b.ter.refLength), 12);
    expect(d.chrF).toBeGreaterThan(a.chrF);
    expect(documentEffort([])).toMatchObject({ units: 0, charEditRate: 0, chrF: 0, ter: 0 });
  });
});

describe('charEditDistance agrees with the full Levenshtein matrix', () => {
  const full = (a: string, b: string) => {
    const x = Array.from(a);
    const y = Array.from(b);
    let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
    for (let i = 1; i <= x.length; i++) {
      const cur = [i];
      for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
      prev = cur;
    }
    return prev[y.length];
  };
  it('on 300 random edits of Chinese text, short and long', () => {
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = Array.from('训练培训策略政策智能体代理状态州的了，。（）AIab ');
    for (let t = 0; t < 300; t++) {
      const len = 1 + rand(t < 250 ? 40 : 400);
      const a = Array.from({ length: len }, () => alphabet[rand(alphabet.length)]);
      const b = a.slice();
      const edits = rand(t % 3 === 0 ? 60 : 6);
      for (let e = 0; e < edits; e++) {
        const op = rand(3);
        const at = rand(b.length + 1);
        if (op === 0) b.splice(at, 0, alphabet[rand(alphabet.length)]);
        else if (op === 1 && b.length) b.splice(Math.min(at, b.length - 1), 1);
        else if (b.length) b[Math.min(at, b.length - 1)] = alphabet[rand(alphabet.length)];
      }
      const [x, y] = [a.join(''), b.join('')];
      expect(charEditDistance(x, y), `${x} → ${y}`).toBe(full(x, y));
    }
  });
});
