import { describe, expect, it } from 'vitest';
import type { CheckUnit } from '../../../src/core/checks/Check';
import { terminologyInconsistent } from '../../../src/core/checks/terminologyInconsistent';
import { compileGlossary } from '../../../src/core/glossary';
import type { Finding } from '../../../src/core/model';
import { testTermbase } from '../glossary/matcherTermbase';

// terminology.inconsistent: what a document is unified to, where the findings sit, and
// suggestions that are right when "Apply suggestion" puts them in place of their span
const glossary = compileGlossary([
  testTermbase([
    { id: 'robust', en: [{ text: 'robust' }, { text: 'robustness' }], zh: [
      { text: '鲁棒', status: 'preferred' }, { text: '稳健', status: 'admitted' }, { text: '鲁棒性', status: 'admitted' },
      { text: '稳健性', status: 'admitted' }, { text: '健壮', status: 'forbidden', requiresSourceTerm: true },
    ] },
    { id: 'adv-example', en: [{ text: 'adversarial example' }, { text: 'adversarial sample' }], zh: [
      { text: '对抗样本', status: 'preferred' }, { text: '对抗性样本', status: 'admitted' }, { text: '对抗性实例', status: 'admitted' },
      { text: '对抗性示例', status: 'admitted' }, { text: '对抗性例子', status: 'forbidden' }, { text: '敌意例子', status: 'forbidden' },
    ] },
    { id: 'membership-inference', en: [{ text: 'membership inference attack' }, { text: 'membership inference' }], zh: [
      { text: '成员推理攻击', status: 'preferred' }, { text: '成员推理', status: 'admitted' }, { text: '成员关系推理', status: 'admitted' },
      { text: '会员推理', status: 'forbidden' },
    ] },
    { id: 'transformer', en: [{ text: 'Transformer' }], zh: [
      { text: 'Transformer', status: 'preferred' }, { text: '转换器', status: 'admitted' }, { text: '变形金刚', status: 'forbidden' },
    ] },
    { id: 'deepfake', en: [{ text: 'deepfake' }], zh: [
      { text: '深度伪造', status: 'preferred' }, { text: '深伪', status: 'admitted' }, { text: '深度假冒', status: 'forbidden' },
    ] },
    { id: 'feature', en: [{ text: 'feature' }], zh: [
      { text: '特征', status: 'preferred' }, { text: '功能', status: 'forbidden', requiresSourceTerm: true },
    ] },
    { id: 'perturbation', en: [{ text: 'perturbation' }], zh: [{ text: '扰动', status: 'preferred' }, { text: '干扰', status: 'forbidden' }] },
    { id: 'trojan', en: [{ text: 'trojan' }, { text: 'Trojan attack' }], zh: [
      { text: '木马', status: 'preferred' }, { text: '特洛伊木马', status: 'admitted' }, { text: '木马攻击', status: 'admitted' },
    ] },
  ]),
]);

const check = (source: string, target: string): Finding[] => terminologyInconsistent.run({ id: 'u1', source, target }, { glossary });
const spans = (found: Finding[]) => found.map((f) => [f.target!.text, f.suggestion]);

/** The target with every finding's suggestion applied in place of its span (as the UI's "Apply suggestion" does, last first). */
function applied(target: string, found: Finding[]): string {
  let out = target;
  for (const f of [...found].sort((a, b) => b.target!.start - a.target!.start)) {
    expect(out.slice(f.target!.start, f.target!.end)).toBe(f.target!.text);
    out = out.slice(0, f.target!.start) + f.suggestion + out.slice(f.target!.end);
  }
  return out;
}

describe('terminology.inconsistent: suggestions that fit their span', () => {
  const source = 'Adversarial training is the benchmark for robustness, but the inherent robustness of hardware may not suffice; we build robust models and robust GNNs.';

  it('suggests the stem for 健壮 followed by 性 and for 健壮 as a modifier (鲁棒, never 鲁棒性性 or 鲁棒性模型)', () => {
    const target = '对抗训练是健壮性的基准，但硬件固有的稳健性可能不够；我们构建健壮模型和健壮的GNN。';
    const found = check(source, target);
    expect(spans(found)).toEqual([['健壮', '鲁棒'], ['健壮', '鲁棒'], ['健壮', '鲁棒']]);
    expect(applied(target, found)).toBe('对抗训练是鲁棒性的基准，但硬件固有的稳健性可能不够；我们构建鲁棒模型和鲁棒的GNN。');
    expect(found[0].message).toContain('use one rendering throughout, 鲁棒.');
  });

  it('keeps a document that consistently uses 稳健性, suggesting 稳健 for 健壮 in 健壮性 (not 稳健性性)', () => {
    const target = '对抗训练是稳健性的基准，但硬件固有的稳健性可能不够；我们构建健壮性更高的模型和稳健的GNN。';
    const found = check(source, target);
    expect(spans(found)).toEqual([['健壮', '稳健']]);
    expect(applied(target, found)).not.toContain('性性');
    expect(found[0].message).toContain('use one rendering throughout, 稳健性 (termbase preferred: 鲁棒).');
  });

  it('on a 1:1 mix of 稳健性 and 鲁棒性 reports 稳健性, suggesting the preferred family as the document writes it (鲁棒性)', () => {
    const found = check('Robustness matters, and we measure robustness.', '稳健性很重要，我们度量鲁棒性。');
    expect(spans(found)).toEqual([['稳健性', '鲁棒性']]);
    expect(found[0].target!.start).toBe(0);
  });

  it('suggests 成员推理 for a span followed by 攻击, and for one that renders "membership inference" alone', () => {
    const target = '成员关系推理攻击允许攻击者判断样本是否参与训练，我们的成员推理攻击更强。';
    const found = check('Membership inference attacks let an attacker tell training samples apart, and our membership inference attack is stronger.', target);
    expect(spans(found)).toEqual([['成员关系推理', '成员推理']]);
    expect(applied(target, found)).toBe('成员推理攻击允许攻击者判断样本是否参与训练，我们的成员推理攻击更强。');
    const alone = check('Membership inference is a privacy risk, and membership inference attacks are strong.', '成员关系推理是一种隐私风险，成员推理攻击很强。');
    expect(spans(alone)).toEqual([['成员关系推理', '成员推理']]);
  });
});

describe('terminology.inconsistent: the preferred rendering over an admitted majority, findings on the faulty occurrences', () => {
  it('suggests Transformer (kept in English) for 变形金刚, whatever admitted rendering the document uses', () => {
    const source = 'Transformers changed vision; Transformers are robust; a Transformer is big.';
    expect(spans(check(source, '变形金刚改变了视觉；变形金刚很强；转换器很大。'))).toEqual([['变形金刚', 'Transformer'], ['变形金刚', 'Transformer']]);
    expect(spans(check(source, '转换器改变了视觉；转换器很强；变形金刚很大。'))).toEqual([['变形金刚', 'Transformer']]);
  });

  it('suggests 深度伪造 on a 1:1 mix of 深度假冒 and 深伪, and 深伪 when the document uses it consistently', () => {
    const source = 'Deepfake evidence is doubtful; deepfake detection helps; deepfake videos spread.';
    const tie = check(source, '由于深度假冒技术，证据可疑；深伪检测有帮助。');
    expect(spans(tie)).toEqual([['深度假冒', '深度伪造']]);
    expect(spans(check(source, '由于深伪技术，证据可疑；深伪检测有帮助；深度假冒视频传播。'))).toEqual([['深度假冒', '深伪']]);
  });

  it('reports the forbidden renderings, not the one admitted rendering they outnumber, suggesting the preferred 对抗样本', () => {
    const source = 'Robustness to adversarial examples matters. We extend adversarial examples, generate adversarial examples and study adversarial examples.';
    const target = '对敌意例子的鲁棒性很重要。我们扩展对抗性例子，生成对抗性实例，并研究对抗性例子。';
    const found = check(source, target);
    expect(spans(found)).toEqual([['敌意例子', '对抗样本'], ['对抗性例子', '对抗样本'], ['对抗性例子', '对抗样本']]);
    expect(found.map((f) => f.target!.text)).not.toContain('对抗性实例');
  });

  it('reports every occurrence when two admitted renderings are mixed without the preferred one', () => {
    const source = 'We study adversarial examples, adversarial examples and adversarial examples.';
    expect(spans(check(source, '我们研究对抗性实例、对抗性示例和对抗性例子。'))).toEqual([
      ['对抗性实例', '对抗样本'], ['对抗性示例', '对抗样本'], ['对抗性例子', '对抗样本'],
    ]);
  });

  it('keeps renderings that contain the preferred one (特洛伊木马, 木马攻击 beside 木马)', () => {
    const source = 'Trojans are hard to detect; a trojan hides; Trojan attacks are the hardest to defend.';
    expect(check(source, '特洛伊木马很难检测；特洛伊木马会隐藏；木马攻击最难防御。')).toEqual([]);
  });
});

describe('terminology.inconsistent: admitted renderings that follow the source wordings', () => {
  const mixed = 'Models share the knowledge of adversarial examples and explore a larger space of adversarial samples.';
  const target = '模型共享对抗性实例的知识，并探索更大的对抗性样本空间。';

  it('reports nothing when the source itself says "examples" and "samples"', () => {
    expect(check(mixed, target)).toEqual([]);
  });

  it('reports the mix when the source says "examples" throughout, or when a forbidden rendering is among them', () => {
    const same = 'Models share the knowledge of adversarial examples and explore a larger space of adversarial examples.';
    expect(spans(check(same, target))).toEqual([['对抗性实例', '对抗性样本']]);
    const slip = '模型共享对抗性实例的知识，并探索更大的对抗性样本空间，对抗性例子也是。';
    expect(spans(check(`${mixed} So do adversarial examples.`, slip))).toEqual([['对抗性实例', '对抗性样本'], ['对抗性例子', '对抗性样本']]);
  });

  it('in a document, leaves the unit whose source has both wordings and reports the other', () => {
    const units: CheckUnit[] = [
      { id: 'a', source: mixed, target },
      { id: 'b', source: 'We craft adversarial examples.', target: '我们构造对抗性实例。' },
    ];
    const found = units.flatMap((x) => terminologyInconsistent.run(x, { glossary, document: { units } }));
    expect(found.map((f) => [f.unitId, f.target!.text, f.suggestion])).toEqual([['b', '对抗性实例', '对抗性样本']]);
  });
});

describe('terminology.inconsistent: a rendering in a sentence whose source does not name the term', () => {
  it('leaves 功能 in 奖励功能 ("reward functions") alone beside 特征 for "features"', () => {
    const target = '以往的挑战要求智能体通过具有明显奖励功能的操纵来合作。防御场景要求智能体使用地形特征。';
    const source = 'The previous challenge requires agents to cooperate through manipulation with distinct reward functions. The defensive scenarios require agents to use topographic features.';
    expect(check(source, target)).toEqual([]);
    // the same 功能 where its sentence's source says "features": reported
    const features = 'The previous challenge requires agents to cooperate through manipulation with distinct reward features. The defensive scenarios require agents to use topographic features.';
    expect(spans(check(features, target))).toEqual([['功能', '特征']]);
  });

  it('leaves 干扰 for "disturbances" alone, and reports it for "perturbations" (also inside a longer term, or inflected)', () => {
    const target = '微小的扰动会欺骗模型。这样的干扰很容易制造。';
    expect(check('Small perturbations fool the model. Such disturbances are easy to create.', target)).toEqual([]);
    // as many renderings as source occurrences: each is one of them
    expect(spans(check('Small perturbations fool the model. Such perturbations are easy to create.', target))).toEqual([['干扰', '扰动']]);
    // the sentence names the term inside another word: still reported
    expect(spans(check('Small perturbations fool the model. Such perturbation-based attacks are easy to create, and so are others.', '微小的扰动会欺骗模型。这样的干扰很容易制造，其他的也很容易，扰动很常见。'))).toEqual([['干扰', '扰动']]);
  });

  it('in a document, judges each unit by its own source', () => {
    const units: CheckUnit[] = [
      { id: 'a', source: 'Small perturbations fool the model. Such disturbances are easy to create.', target: '微小的扰动会欺骗模型。这样的干扰很容易制造。' },
      { id: 'b', source: 'Such perturbations are easy to create.', target: '这样的干扰很容易制造。' },
    ];
    const found = units.flatMap((x) => terminologyInconsistent.run(x, { glossary, document: { units } }));
    expect(found.map((f) => [f.unitId, f.target!.text])).toEqual([['b', '干扰']]);
  });
});
