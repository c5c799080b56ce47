import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../../src/core/text';
import type { Sentence } from '../../../src/core/text';

const texts = (s: Sentence[]): string[] => s.map((x) => x.text);

function expectOffsetsExact(text: string, sentences: Sentence[]): void {
  for (const s of sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
  }
}

describe('splitSentences: English', () => {
  it('splits plain sentences and keeps offsets on the trimmed text', () => {
    const text = '  Graph Neural Networks (GNNs) have shown strong results.  Most GNNs are large!\nCan we compress them? Yes.';
    const s = splitSentences(text, 'en');
    expect(texts(s)).toEqual([
      'Graph Neural Networks (GNNs) have shown strong results.',
      'Most GNNs are large!',
      'Can we compress them?',
      'Yes.',
    ]);
    expectOffsetsExact(text, s);
    expect(s[0].start).toBe(2);
  });

  it('does not split inside e.g., i.e., et al., etc. mid-sentence, Fig. 3, Eq. 2 and vs.', () => {
    const text =
      'Strong baselines, e.g. BERT and GPT, fail here, i.e. they overfit. ' +
      'As Vaswani et al. (2017) and Dosovitskiy et al. showed, attention helps. ' +
      'Images, text, etc. are supported. ' +
      'See Fig. 3 and Eq. 2 for details. ' +
      'We compare CNNs vs. ViTs on ImageNet.';
    expect(texts(splitSentences(text, 'en'))).toEqual([
      'Strong baselines, e.g. BERT and GPT, fail here, i.e. they overfit.',
      'As Vaswani et al. (2017) and Dosovitskiy et al. showed, attention helps.',
      'Images, text, etc. are supported.',
      'See Fig. 3 and Eq. 2 for details.',
      'We compare CNNs vs. ViTs on ImageNet.',
    ]);
  });

  it('splits after "etc." and "et al." when a new sentence starts', () => {
    expect(texts(splitSentences('We use images, audio, etc. The model is shared.', 'en'))).toEqual([
      'We use images, audio, etc.',
      'The model is shared.',
    ]);
    expect(texts(splitSentences('This follows Chen et al. Our method differs.', 'en'))).toHaveLength(2);
  });

  it('keeps decimals, percentages, versions and URLs whole', () => {
    const text =
      'Our model reaches 73.0% accuracy with 1.5 M parameters. ' +
      'We use PyTorch v1.2.3 and CUDA 11.8. ' +
      'Code is at https://github.com/example/desta.git and www.example.org/a.b. ' +
      'It runs 2.5x faster.';
    expect(texts(splitSentences(text, 'en'))).toEqual([
      'Our model reaches 73.0% accuracy with 1.5 M parameters.',
      'We use PyTorch v1.2.3 and CUDA 11.8.',
      'Code is at https://github.com/example/desta.git and www.example.org/a.b.',
      'It runs 2.5x faster.',
    ]);
  });

  it('keeps initials with the name: "J. Smith", "A. B. Author", "U.S."', () => {
    const text = 'The benchmark was proposed by J. Smith and A. B. Author at a U.S. lab. It is widely used.';
    expect(texts(splitSentences(text, 'en'))).toEqual([
      'The benchmark was proposed by J. Smith and A. B. Author at a U.S. lab.',
      'It is widely used.',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence and handles "?!" and "..."', () => {
    const text = 'They call it "the DESTA game." (This is a two-player game.) Really?! Yes... It works.';
    expect(texts(splitSentences(text, 'en'))).toEqual([
      'They call it "the DESTA game."',
      '(This is a two-player game.)',
      'Really?!',
      'Yes...',
      'It works.',
    ]);
  });

  it('does not split before a lower-case word or at a semicolon, but does at a blank line', () => {
    const text = 'Results are approx. the same; the gap is small\n\nA new paragraph starts here';
    expect(texts(splitSentences(text, 'en'))).toEqual(['Results are approx. the same; the gap is small', 'A new paragraph starts here']);
  });

  it('splits a real seed abstract into plausible sentences', () => {
    const seed = readFileSync(join(__dirname, '..', '..', '..', 'seeds', '000_2c0d154558004bfd.txt'), 'utf8');
    const block = seed.split('\n')[16]; // Graph Neural Networks (GNNs) …
    const s = splitSentences(block, 'en');
    expect(s[0].text).toBe('Graph Neural Networks (GNNs) have shown satisfying performance on various graph learning tasks.');
    expect(s.length).toBeGreaterThanOrEqual(6);
    expectOffsetsExact(block, s);
    expect(s.every((x) => /[.!?)]$/.test(x.text))).toBe(true);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('', 'en')).toEqual([]);
    expect(splitSentences(' \n\t ', 'zh')).toEqual([]);
  });
});

describe('splitSentences: Chinese', () => {
  it('splits after full-width 。！？； and drops the space after 。', () => {
    const text = '我们提出了DESTA。 它有效吗？当然有效！此外，它很快；而且稳定。';
    const s = splitSentences(text, 'zh');
    expect(texts(s)).toEqual(['我们提出了DESTA。', '它有效吗？', '当然有效！', '此外，它很快；', '而且稳定。']);
    expectOffsetsExact(text, s);
    expect(s[1].start).toBe(text.indexOf('它'));
  });

  it('splits after half-width . ! ? ; following Chinese text, but not inside numbers', () => {
    const text = '在ImageNet-1K上达到79.6%的准确率.模型参数为3.5M;训练很快!真的吗?';
    expect(texts(splitSentences(text, 'zh'))).toEqual(['在ImageNet-1K上达到79.6%的准确率.', '模型参数为3.5M;', '训练很快!', '真的吗?']);
    expect(texts(splitSentences('版本v1.2.3和3.14都不是句末', 'zh'))).toEqual(['版本v1.2.3和3.14都不是句末']);
  });

  it('keeps mixed-script sentences whole: "在ImageNet-1K上达到79.6%的准确率。"', () => {
    const text = '我们的方法在ImageNet-1K上达到79.6%的准确率。代码基于PyTorch v1.2.3实现。';
    expect(texts(splitSentences(text, 'zh'))).toEqual(['我们的方法在ImageNet-1K上达到79.6%的准确率。', '代码基于PyTorch v1.2.3实现。']);
  });

  it('splits after a Latin word ending with a half-width period before Chinese: "DESTA."', () => {
    expect(texts(splitSentences('我们称之为DESTA. 其核心是一个博弈。', 'zh'))).toEqual(['我们称之为DESTA.', '其核心是一个博弈。']);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    const text = '他说：“这是安全策略。”随后实验开始。（详见附录。）「完成。」结束了』';
    expect(texts(splitSentences(text, 'zh'))).toEqual(['他说：“这是安全策略。”', '随后实验开始。', '（详见附录。）', '「完成。」', '结束了』']);
  });

  it('makes a lone "属性。" its own sentence', () => {
    const text = '这使对手可以推断存在的存在。属性。此外，我们设计了防御机制。';
    expect(texts(splitSentences(text, 'zh'))).toEqual(['这使对手可以推断存在的存在。', '属性。', '此外，我们设计了防御机制。']);
  });

  it('does not split at a Chinese ellipsis inside a sentence, but does at its end', () => {
    expect(texts(splitSentences('我们测试了图像、文本……等多种模态。结果良好……', 'zh'))).toEqual([
      '我们测试了图像、文本……等多种模态。',
      '结果良好……',
    ]);
  });

  it('splits the seed DESTA block at every 。, with e.g. no split in "(RL)"', () => {
    const seed = readFileSync(join(__dirname, '..', '..', '..', 'seeds', '000_2c0d154558004bfd.txt'), 'utf8');
    const block = seed.split('\n')[0];
    const s = splitSentences(block, 'zh');
    expect(s.length).toBe((block.match(/。/g) ?? []).length);
    expect(s[0].text).toBe('强化学习(RL)涉及在未知系统中执行探索性动作。');
    expect(s[5].text.startsWith('DESTA的核心')).toBe(true);
    expectOffsetsExact(block, s);
  });

  it("decides by script when the language is 'und'", () => {
    expect(splitSentences('第一句。第二句。', 'und')).toHaveLength(2);
    expect(splitSentences('See Fig. 2 for details. It helps.', 'und')).toHaveLength(2);
  });
});
