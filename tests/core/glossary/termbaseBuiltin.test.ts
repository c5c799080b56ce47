import { describe, expect, it } from 'vitest';
import { builtinTermbase } from '../../../src/core/glossary/builtinTermbase';
import type { Concept, TermStatus } from '../../../src/core/glossary/Termbase';
import { validateTermbase } from '../../../src/core/glossary/validateTermbase';

const tb = builtinTermbase();
const byId = new Map(tb.concepts.map((c) => [c.id, c]));

function concept(id: string): Concept {
  const c = byId.get(id);
  if (!c) throw new Error(`built-in termbase lacks concept ${id}`);
  return c;
}
function zh(id: string, status: TermStatus): string[] {
  return concept(id).zh.filter((z) => z.status === status).map((z) => z.text);
}
function zhTerm(id: string, text: string) {
  return concept(id).zh.find((z) => z.text === text);
}
/** The concept whose English terms (or variants) include `en`, case-folded. */
function conceptForEnglish(en: string): Concept | undefined {
  const key = en.toLowerCase();
  return tb.concepts.find((c) => c.en.some((e) => [e.text, ...(e.variants ?? [])].some((v) => v.toLowerCase() === key)));
}

describe('built-in EN→ZH machine-learning termbase', () => {
  it('validates clean', () => {
    expect(validateTermbase(tb)).toEqual([]);
  });

  it('holds at least 400 concepts, each with exactly one preferred Chinese term and builtin provenance', () => {
    expect(tb.concepts.length).toBeGreaterThanOrEqual(400);
    for (const c of tb.concepts) {
      expect(c.zh.filter((z) => z.status === 'preferred'), c.id).toHaveLength(1);
      expect(c.provenance?.origin, c.id).toBe('builtin');
    }
  });

  it('covers every domain of the field with a reasonable number of concepts', () => {
    const counts = new Map<string, number>();
    for (const c of tb.concepts) counts.set(c.domain ?? '', (counts.get(c.domain ?? '') ?? 0) + 1);
    for (const domain of ['rl', 'dl', 'cv', 'nlp', 'graph', 'sec', 'opt', 'eval']) {
      expect(counts.get(domain) ?? 0, domain).toBeGreaterThanOrEqual(30);
    }
    expect(counts.get('names') ?? 0).toBeGreaterThanOrEqual(60);
  });

  it('keeps ids stable and namespaced by domain', () => {
    for (const c of tb.concepts) expect(c.id).toMatch(/^(rl|dl|cv|nlp|graph|sec|opt|eval|name)\.[a-z0-9-]+$/);
    expect(tb.priority).toBe(0);
  });

  it('flags each mistranslation pattern of the seed', () => {
    expect(zh('rl.policy', 'preferred')).toEqual(['策略']);
    expect(zh('rl.policy', 'forbidden')).toContain('政策');
    expect(zh('dl.training', 'preferred')).toEqual(['训练']);
    expect(zh('dl.training', 'forbidden')).toContain('培训');
    expect(zhTerm('rl.state', '州')).toMatchObject({ status: 'forbidden', requiresSourceTerm: true });
    expect(zh('rl.state', 'preferred')).toEqual(['状态']);
    expect(zhTerm('rl.game', '游戏')).toMatchObject({ status: 'forbidden', requiresSourceTerm: true });
    expect(zh('rl.game', 'preferred')).toEqual(['博弈']);
    expect(zh('opt.convergence', 'forbidden')).toContain('汇合');
    expect(zh('dl.pre-trained', 'forbidden')).toEqual(expect.arrayContaining(['预验证', '预先训练']));
    expect(zh('rl.agent', 'preferred')).toEqual(['智能体']);
    expect(zh('rl.agent', 'forbidden')).toEqual(expect.arrayContaining(['代理', '代理人']));
    expect(zh('sec.white-box', 'forbidden')).toContain('白色框');
    expect(zh('sec.black-box', 'preferred')).toEqual(['黑盒']);
    expect(zh('graph.gnn', 'forbidden')).toContain('图形神经网络');
    expect(concept('graph.gnn').en[0]).toMatchObject({ text: 'graph neural network', acronym: 'GNN' });
    expect(zh('graph.graph-property', 'forbidden')).toContain('图形属性');
    expect(zh('graph.real-world-graph', 'forbidden')).toContain('现实图表');
    expect(zh('sec.infer', 'forbidden')).toContain('渗透');
    expect(zh('sec.group-property', 'preferred')).toEqual(['群体属性']);
    expect(zh('sec.group-property', 'forbidden')).toContain('小组财产');
    expect(zh('dl.training-data', 'forbidden')).toContain('培训数据');
    expect(zhTerm('dl.distributive', '分配')).toMatchObject({ status: 'forbidden', requiresSourceTerm: true });
    expect(zh('dl.distributed', 'forbidden')).not.toContain('分配');
  });

  it('lets the inconsistency check see 精度 and 准确性 as two renderings of accuracy', () => {
    expect(zh('dl.accuracy', 'preferred')).toEqual(['准确率']);
    expect(zh('dl.accuracy', 'admitted')).toEqual(expect.arrayContaining(['精度', '准确性']));
  });

  it('carries the DESTA expansion: each word of the acronym has its approved Chinese', () => {
    const expansion = ['distributive', 'exploration', 'safety', 'training', 'algorithm'];
    const preferred = expansion.map((w) => conceptForEnglish(w)?.zh.find((z) => z.status === 'preferred')?.text);
    expect(preferred.join('')).toBe('分布式探索安全训练算法');
  });

  it('protects names with their exact casing, and keeps them as their own Chinese', () => {
    for (const name of ['Lunar Lander', 'Frozen Lake', 'OpenAI Gym', 'ImageNet-1K', 'ImageNet', 'COCO', 'BERT', 'GPT-3', 'PyTorch', 'MuJoCo', 'CIFAR-10']) {
      const c = conceptForEnglish(name);
      expect(c?.dnt, name).toBe(true);
      expect(c?.en[0]?.text).toBe(name);
      expect(c?.zh).toEqual([{ text: name, status: 'preferred' }]);
    }
  });

  it('gives the longer correct term its own entry where a forbidden rendering is a substring of it', () => {
    // 代理 is forbidden for agent, but right in 代理模型 (surrogate model) and 用户代理 (user agent).
    expect(zh('dl.surrogate-model', 'preferred')).toEqual(['代理模型']);
    expect(zh('sec.user-agent', 'preferred')).toEqual(['用户代理']);
    // 政策 is forbidden for policy but right for privacy policy and policymakers.
    expect(zh('sec.privacy-policy', 'preferred')).toEqual(['隐私政策']);
    // 游戏 is right for video games; 图形 for the GPU; 渗透 in penetration testing.
    expect(zh('rl.video-game', 'preferred')).toEqual(['电子游戏']);
    expect(zh('dl.gpu', 'preferred')).toEqual(['图形处理器']);
    expect(zh('sec.penetration-testing', 'preferred')).toEqual(['渗透测试']);
  });

  it('marks context-dependent forbidden words requiresSourceTerm, and context-free errors not', () => {
    // Words that are right Chinese in other contexts.
    for (const [id, text] of [['rl.policy', '政策'], ['rl.agent', '代理'], ['graph.graph', '图形'], ['dl.federated-learning', '联合学习'], ['sec.robust', '健壮']] as const) {
      expect(zhTerm(id, text), `${id} ${text}`).toMatchObject({ status: 'forbidden', requiresSourceTerm: true });
    }
    // Renderings that are never right in an ML text.
    for (const [id, text] of [['dl.training', '培训'], ['dl.few-shot', '少镜头'], ['dl.ground-truth', '地面实况'], ['sec.adversarial-example', '对抗性例子']] as const) {
      expect(zhTerm(id, text)?.requiresSourceTerm, `${id} ${text}`).toBeFalsy();
    }
  });

  it('lists English variants: plural, hyphenation and British spelling', () => {
    expect(concept('dl.pre-trained').en[0]?.variants).toEqual(expect.arrayContaining(['pretrained', 'pre-training', 'pre trained']));
    expect(concept('rl.policy').en[0]?.variants).toContain('policies');
    expect(concept('opt.optimization').en[0]?.variants).toEqual(expect.arrayContaining(['optimisation', 'optimize']));
    expect(concept('sec.defense').en[0]?.variants).toContain('defence');
  });

  it('never forbids a rendering that another concept approves unless the source decides (requiresSourceTerm)', () => {
    const approvedAnywhere = new Set(tb.concepts.flatMap((c) => c.zh.filter((z) => z.status !== 'forbidden').map((z) => z.text)));
    const clashes = tb.concepts.flatMap((c) =>
      c.zh.filter((z) => z.status === 'forbidden' && !z.requiresSourceTerm && approvedAnywhere.has(z.text)).map((z) => `${c.id}: ${z.text}`),
    );
    expect(clashes).toEqual([]);
  });
});
