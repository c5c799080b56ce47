import { describe, expect, it } from 'vitest';
import { omission } from '../../../src/core/checks/omission';
import { addition } from '../../../src/core/checks/addition';

const run = (check: typeof omission, source: string, target: string) => check.run({ id: 'u1', source, target }, {});

const SRC =
  'Graph neural networks are widely used for node classification. ' +
  'However, they are vulnerable to property inference attacks that reveal sensitive attributes of the training graph. ' +
  'We propose a defense based on differential privacy.';

describe('omission', () => {
  it('flags a source sentence with no counterpart, with the span on the source', () => {
    const tgt = '图神经网络被广泛用于节点分类。我们提出了一种基于差分隐私的防御方法。';
    const f = run(omission, SRC, tgt);
    expect(f).toHaveLength(1);
    expect(f[0].source?.text).toBe(
      'However, they are vulnerable to property inference attacks that reveal sensitive attributes of the training graph.',
    );
    expect(SRC.slice(f[0].source!.start, f[0].source!.end)).toBe(f[0].source!.text);
    expect(f[0].target).toBeUndefined();
    expect(f[0].mqm).toBe('Accuracy/Omission');
    expect(f[0].severity).toBe('major');
  });

  it('flags a 1–1 pair whose translation is far too short', () => {
    const src =
      'We conduct extensive experiments on three representative graph neural network models and three real-world graphs to evaluate the effectiveness of these attacks.';
    const f = run(omission, src, '我们进行了实验。');
    expect(f).toHaveLength(1);
    expect(f[0].source?.text).toBe(src);
    expect(f[0].target?.text).toBe('我们进行了实验。');
    expect(f[0].message).toMatch(/unusually short/);
  });

  it('accepts a complete translation and skips targets that are not Chinese', () => {
    const tgt =
      '图神经网络被广泛用于节点分类。然而，它们容易受到属性推断攻击，这类攻击会泄露训练图的敏感属性。我们提出了一种基于差分隐私的防御方法。';
    expect(run(omission, SRC, tgt)).toEqual([]);
    expect(run(omission, SRC, SRC)).toEqual([]);
    expect(omission.needsSource).toBe(true);
  });
});

describe('addition', () => {
  it('flags a target sentence with no counterpart in the source, with the span on the target', () => {
    const src = 'Graph neural networks are widely used for node classification. We propose a defense based on differential privacy.';
    const tgt = '图神经网络被广泛用于节点分类。值得注意的是，这项工作得到了国家自然科学基金的大力资助和支持。我们提出了一种基于差分隐私的防御方法。';
    const f = run(addition, src, tgt);
    expect(f).toHaveLength(1);
    expect(f[0].target?.text).toBe('值得注意的是，这项工作得到了国家自然科学基金的大力资助和支持。');
    expect(tgt.slice(f[0].target!.start, f[0].target!.end)).toBe(f[0].target!.text);
    expect(f[0].mqm).toBe('Accuracy/Addition');
  });

  it('flags a 1–1 pair whose translation is far too long', () => {
    const f = run(addition, 'We propose a defense.', '我们提出了一种基于差分隐私、同时兼顾效率与可扩展性并且能够在多种真实场景中部署的全新防御方法。');
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/unusually long/);
  });

  it('accepts a faithful translation', () => {
    expect(run(addition, 'We propose a defense based on differential privacy.', '我们提出了一种基于差分隐私的防御方法。')).toEqual([]);
    expect(addition.needsSource).toBe(true);
  });
});
