import { describe, expect, it } from 'vitest';
import { acronymExpansion } from '../../../src/core/checks/acronymExpansion';
import { builtinTermbase, compileGlossary } from '../../../src/core/glossary';
import { testTermbase } from '../glossary/matcherTermbase';

const ctx = { glossary: compileGlossary([testTermbase()]) };
const run = (source: string, target: string) => acronymExpansion.run({ id: 'u1', source, target }, ctx);
const SRC = 'We introduce a novel two-player framework for safe RL called Distributive Exploration Safety Training Algorithm (DESTA).';

describe('acronym.expansion', () => {
  it('flags the DESTA expansion against the source definition, with the expected Chinese', () => {
    const target = '我们的方法引入了一个新型的两人框架，用于安全RL，称为分配探索安全培训算法(DESTA)。';
    const found = run(SRC, target);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f).toMatchObject({
      check: 'acronym.expansion', severity: 'major', mqm: 'Terminology', confidence: 'certain',
      target: { text: '分配探索安全培训算法' }, suggestion: '分布式探索安全训练算法',
      source: { text: 'Distributive Exploration Safety Training Algorithm' },
    });
    expect(target.slice(f.target!.start, f.target!.end)).toBe('分配探索安全培训算法');
    expect(SRC.slice(f.source!.start, f.source!.end)).toBe(f.source!.text);
    expect(f.message).toContain('DESTA');
    expect(f.message).toContain('not 分配');
    expect(f.message).toContain('not 培训');
  });

  it('finds the DESTA case without a source by reading the letters through the termbase (full-width brackets)', () => {
    const target = '该框架称为分配探索安全培训算法（DESTA）。';
    const [f] = run('', target);
    expect(f).toMatchObject({ target: { start: 5, end: 15, text: '分配探索安全培训算法' }, suggestion: '分布式探索安全训练算法', confidence: 'suspect' });
  });

  it('accepts a correct expansion, with or without a source', () => {
    expect(run(SRC, '称为分布式探索安全训练算法（DESTA）。')).toEqual([]);
    expect(run('', '称为分布式探索安全训练算法(DESTA)。')).toEqual([]);
    expect(run('', '强化学习(RL)涉及探索。')).toEqual([]);
  });

  it('checks a termbase acronym without a source: 图形网络（GNN） lacks 图神经网络', () => {
    const [f] = run('', '我们将图形网络（GNN）视为目标模型。');
    expect(f).toMatchObject({ target: { text: '图形网络' }, suggestion: '图神经网络', termId: 'gnn' });
    expect(run('', '我们将图神经网络（GNN）视为目标模型。')).toEqual([]);
  });

  it('leaves a whole-span forbidden term to terminology.forbidden', () => {
    expect(run('', '我们将图形神经网络(GNN)视为目标模型。')).toEqual([]);
  });

  it('replaces the wrong part in place when a word of the expansion is not in the termbase', () => {
    const c = {
      glossary: compileGlossary([testTermbase([
        { id: 'fl', en: [{ text: 'federated learning' }], zh: [{ text: '联邦学习', status: 'preferred' }, { text: '联合学习', status: 'forbidden' }] },
      ])]),
    };
    const [f] = acronymExpansion.run({ id: 'u', source: 'We study Vertical Federated Learning (VFL).', target: '我们研究垂直联合学习(VFL)。' }, c);
    expect(f).toMatchObject({ target: { text: '垂直联合学习' }, suggestion: '垂直联邦学习', confidence: 'certain' });
    expect(acronymExpansion.run({ id: 'u', source: 'We study Vertical Federated Learning (VFL).', target: '我们研究垂直联邦学习(VFL)。' }, c)).toEqual([]);
  });

  it('finds nothing to compare in a source definition whose words the termbase does not know, and still checks one known word among unknown ones', () => {
    expect(run('We propose Quixotic Zebra Hashing (QZH) for retrieval.', '我们提出了用于检索的堂吉诃德斑马哈希（QZH）。')).toEqual([]);
    expect(run('We propose Quixotic Zebra Hashing (QZH) for retrieval.', '我们提出了用于检索的随便什么（QZH）。')).toEqual([]);
    const found = run('We propose Quixotic Training (QT) for retrieval.', '我们提出了用于检索的堂吉诃德培训（QT）。');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: 'acronym.expansion', confidence: 'certain', source: { text: 'Quixotic Training' } });
    expect(found[0].message).toContain('not 培训');
  });

  it('compares Latin letters in an expansion without case (视觉transformer for 视觉Transformer)', () => {
    const c = {
      glossary: compileGlossary([testTermbase([
        { id: 'vit', en: [{ text: 'vision transformer' }], zh: [{ text: '视觉Transformer', status: 'preferred' }, { text: '视力变压器', status: 'forbidden' }] },
      ])]),
    };
    const check = (target: string) => acronymExpansion.run({ id: 'u', source: 'We fine-tune a Vision Transformer (ViT) on images.', target }, c);
    expect(check('我们在图像上微调视觉transformer（ViT）。')).toEqual([]);
    expect(check('我们在图像上微调视觉TRANSFORMER（ViT）。')).toEqual([]);
    // the expansion read with its Latin part lower-cased, only to compare
    expect(check('我们在图像上微调视觉Transformer（ViT）。')).toEqual([]);
  });

  it('ignores acronyms it knows nothing about, and brackets that hold no acronym', () => {
    expect(run('', '一种名为属性攻击(XYZ)的方法。')).toEqual([]);
    expect(run('', '准确率(见表2)很高。')).toEqual([]);
    expect(acronymExpansion.run({ id: 'u1', source: '', target: '分配探索安全培训算法(DESTA)' }, {})).toEqual([]);
  });
});

describe('acronym.expansion readings do not depend on the readings made before', () => {
  // the letter-by-letter search keeps its memo from one reading to the next (a generation per
  // search): a slot left from an earlier reading must never answer a later one
  it('gives each target the same findings whatever was read before it', () => {
    const targets = [
      '该框架称为分配探索安全培训算法（DESTA）。',
      '我们使用图形神经网络（GNN）和深度强化学习（DRL）。',
      '提出了一种分配探索安全培训算法（DESTA），并与深度Q网络（DQN）比较。',
      '模型称为安全探索训练算法（SETA）。',
      '一个新的分布式探索安全训练算法（DESTA）。',
    ];
    const alone = targets.map((t) => JSON.stringify(run('', t)));
    expect(alone.some((f) => f !== '[]')).toBe(true);
    for (let round = 0; round < 3; round++) {
      const order = round === 1 ? [...targets.keys()].reverse() : [...targets.keys()];
      for (const i of order) {
        // interleave a reading of another target before each one
        run('', targets[(i + round + 1) % targets.length]);
        expect(JSON.stringify(run('', targets[i]))).toBe(alone[i]);
      }
    }
  });

  it('reads letter by letter a forbidden rendering right at the bracket or at the start of the run, and nothing without one', () => {
    const c = { glossary: compileGlossary([builtinTermbase()]) };
    const check = (target: string) => acronymExpansion.run({ id: 'u', source: '', target }, c).map((f) => [f.target!.text, f.suggestion]);
    expect(check('我们提出探索安全培训（EST）方法。')).toEqual([['探索安全培训', '探索安全训练']]);
    expect(check('培训安全探索（TSE）方法。')).toEqual([['培训安全探索', '训练安全探索']]);
    expect(check('我们提出探索安全训练（EST）方法。')).toEqual([]);
    expect(check('训练安全探索（TSE）方法。')).toEqual([]);
  });
});
