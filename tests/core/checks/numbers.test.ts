import { describe, expect, it } from 'vitest';
import { numbers } from '../../../src/core/checks/numbers';
import { chineseNumeralValue, digitNumbers } from '../../../src/core/checks/util/extractNumbers';

const run = (source: string, target: string) => numbers.run({ id: 'u1', source, target }, {});

describe('numbers', () => {
  it('"two benchmarks" against 三个基准 is a finding pointing at 三', () => {
    const src = 'We evaluate DESTA on two benchmarks.';
    const tgt = '我们在三个基准上评估了DESTA。';
    const f = run(src, tgt);
    expect(f).toHaveLength(1);
    expect(f[0].source?.text).toBe('two');
    expect(f[0].target?.text).toBe('三');
    expect(f[0].suggestion).toBe('两');
    expect(f[0].severity).toBe('major');
    expect(f[0].mqm).toBe('Accuracy/Mistranslation');
  });

  it('accepts number words rendered as Chinese numerals or digits', () => {
    expect(run('We design six different attacks on three representative GNN models.', '我们针对三个代表性GNN模型设计了六种不同的攻击。')).toEqual([]);
    expect(run('We use two benchmarks and ten seeds.', '我们使用两个基准和十个随机种子。')).toEqual([]);
    expect(run('We use two benchmarks.', '我们使用2个基准。')).toEqual([]);
  });

  it('flags a changed digit in a range and suggests the source value', () => {
    const f = run('It works in the 10/30-shot setting.', '它在10/20样本设置中有效。');
    expect(f).toHaveLength(1);
    expect(f[0].source?.text).toBe('30');
    expect(f[0].target?.text).toBe('20');
    expect(f[0].suggestion).toBe('30');
  });

  it('flags a missing percentage and a flipped sign', () => {
    const missing = run('CMT obtains 73.0% NDS on nuScenes.', 'CMT在nuScenes上获得了很高的NDS。');
    expect(missing).toHaveLength(1);
    expect(missing[0].source?.text).toBe('73.0');
    expect(missing[0].target).toBeUndefined();
    const flipped = run('Accuracy changes by +4.2%.', '准确率变化了-4.2%。');
    expect(flipped.map((x) => [x.source?.text, x.target?.text, x.suggestion])).toEqual([['+4.2', '-4.2', '+4.2']]);
  });

  it('accepts equal values written differently: thousands separators, decimals, 万, lists, ranges', () => {
    expect(run('We collect 3,287 abstracts.', '我们收集了3287篇摘要。')).toEqual([]);
    expect(run('gains of +4.2%/+2.4%/+1.4%, respectively', '分别提升+4.2%/+2.4%/+1.4%')).toEqual([]);
    expect(run('with 12,000 images and 1.2 million labels in 1–5 rounds', '使用1.2万张图像和120万个标签，进行1-5轮')).toEqual([]);
    expect(run('Our TinyMIM achieves 79.6% top-1 accuracy on ImageNet-1K.', '我们的TinyMIM在ImageNet-1K上实现了79.6%的top-1准确率。')).toEqual([]);
  });

  it('ignores digits that are part of names (3D, ResNet-50, GPT-3) and "one"', () => {
    expect(run('A robust 3D detector based on ResNet-50 and GPT-3 is one of the best.', '一种基于ResNet-50和GPT-3的鲁棒三维检测器是最好的之一。')).toEqual([]);
  });

  it('needs a source and is silent without numbers', () => {
    expect(numbers.needsSource).toBe(true);
    expect(run('', '我们在三个基准上评估。')).toEqual([]);
    expect(run('We propose a new method.', '我们提出了一种新方法。')).toEqual([]);
  });
});

describe('number extraction', () => {
  it('reads Chinese numerals', () => {
    expect([chineseNumeralValue('三'), chineseNumeralValue('十'), chineseNumeralValue('十二'), chineseNumeralValue('二十'), chineseNumeralValue('两百'), chineseNumeralValue('三万')]).toEqual([3, 10, 12, 20, 200, 30000]);
  });

  it('keeps ranges apart and signs only where they are signs', () => {
    expect(digitNumbers('1-5 and -3 and CIFAR-10').map((n) => [n.key, n.sign])).toEqual([
      ['1', ''],
      ['5', ''],
      ['3', '-'],
    ]);
  });
});

describe('numbers: compound and vague number words', () => {
  it('reads thirty-two as 32 and accepts 数十 for dozens', () => {
    expect(run('It supports up to thirty-two IoT devices.', '它最多支持32个物联网设备。')).toEqual([]);
    expect(run('They proposed dozens of approaches.', '他们提出了数十种方法。')).toEqual([]);
    const f = run('It supports up to thirty-two IoT devices.', '它最多支持23个物联网设备。');
    expect(f.map((x) => [x.source?.text, x.target?.text, x.suggestion])).toEqual([['thirty-two', '23', '32']]);
  });

  it('never blames the article 一个/一种 for a missing count', () => {
    const f = run('This paper comprises four results.', '本文包含一组结果。');
    expect(f).toHaveLength(1);
    expect(f[0].source?.text).toBe('four');
    expect(f[0].target).toBeUndefined();
  });

  it('catches real MT slips: 78.1% → 781%, $70$M → $7,000$M', () => {
    expect(run('accuracy rates of 78.1% and 83.5% are achieved', '正确率分别达到781%和83.5%')[0]).toMatchObject({ target: { text: '781' }, suggestion: '78.1' });
    expect(run('models ranging from $70$M to $12$B parameters', '从$7,000$M到$12$B参数的模型')[0]).toMatchObject({ target: { text: '7,000' }, suggestion: '70' });
  });
});

describe('numbers: magnitudes', () => {
  it('accepts 150 thousand = 15万 and hundreds of thousands = 数十万', () => {
    expect(run('Users posted around 150 thousand photos every minute.', '用户每分钟发布约15万张照片。')).toEqual([]);
    expect(run('It compromises hundreds of thousands of IoT devices.', '它危害数十万个物联网设备。')).toEqual([]);
  });
});

describe('numbers: more real-data shapes', () => {
  it('reads 1,304.73 whole, "two million" as 2,000,000, and skips citation keys (Ily+19)', () => {
    expect(run('The rate rose to 1,304.73% on average.', '该比率平均上升到1304.73%。')).toEqual([]);
    expect(run('Our task has more than two million decision variables.', '我们的任务有200多万个决策变量。')).toEqual([]);
    expect(run('as noted before \\citep{Ily+19}, robustness is hard', '如前所述，鲁棒性很难')).toEqual([]);
  });

  it('catches a wrong magnitude: 42.70M USD is not 427万美元', () => {
    const f = run('It earned 42.70M USD on BNB Smart Chain.', '它在BNB Smart Chain上获得了427万美元。');
    expect(f).toHaveLength(1);
    expect(f[0].source?.text).toBe('42.70M');
  });
});

describe('numbers: long numbers and number-heavy units', () => {
  it('matches whole numbers written with and without separators, long ones included, and leading zeros by value', () => {
    expect(run('The corpus holds 12,345,678,901 tokens and 3287 abstracts.', '该语料库包含12345678901个词元和3,287篇摘要。')).toEqual([]);
    expect(run('Seeds 007 and 42 were used.', '使用了种子7和42。')).toEqual([]);
    const f = run('The corpus holds 12,345,678,901 tokens.', '该语料库包含12345678910个词元。');
    expect(f.map((x) => x.source?.text)).toEqual(['12,345,678,901']);
  });

  it('finds the one changed value among twenty numbers of a results list', () => {
    const values = Array.from({ length: 20 }, (_, k) => `${k + 60}.${k % 10}`);
    const src = `Scores per task: ${values.join(', ')}.`;
    const tgt = `各任务得分：${values.map((v, k) => (k === 13 ? '37.3' : v)).join('，')}。`;
    const f = run(src, tgt);
    expect(f).toHaveLength(1);
    expect(f[0].source?.text).toBe('73.3');
    expect(f[0].target?.text).toBe('37.3');
  });
});

describe('numbers: a number that is there but broken', () => {
  it('says the number is split by a space, and that its % became 美元 or is missing', () => {
    const f = run('Our approach raises the detection rate from $45.9\\%$ to $97.5\\%$ by Decision Tree.', '该方法通过决策树将检测率从4 5.9美元提高到97.5%。');
    expect(f).toHaveLength(1);
    expect(f[0].source?.text).toBe('45.9');
    expect(f[0].message).toBe('The number "45.9" in the source is split by a space in the translation ("4 5.9"), and its "%" became "美元": write "45.9%".');
    // the decimal point became a space
    const g = run('FLTracer achieves a true positive rate of over $96.88\\%$.', '该算法的平均真阳性率大于96 88美元。');
    expect(g[0].message).toContain('split by a space in the translation ("96 88"), and its "%" became "美元": write "96.88%"');
    // digits split, no percentage in the source
    const h = run('We evaluate on CIFAR-10/100/GTSRB with 500 iterations.', '我们在CIFAR-10/10 0/GTSRB上进行了5 0 0次迭代的评估。');
    expect(h.map((x) => x.message)).toEqual([
      'The number "100" in the source is split by a space in the translation ("10 0"): write "100".',
      'The number "500" in the source is split by a space in the translation ("5 0 0"): write "500".',
    ]);
    // a dropped %
    expect(run('The model loses accuracy on a $50\\%$-noise dataset.', '该模型在$5 0$噪声数据集上损失了精度。')[0].message).toContain('and its "%" is missing: write "50%"');
  });

  it('still says "does not appear" when the digits are not there at all', () => {
    const f = run('We reduce the accuracy from 82% to 16.4% for AWS.', '我们将AWS的准确率降低到16.4%。');
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/^The number "82" in the source does not appear in the translation/);
  });
});
