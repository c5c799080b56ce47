import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDelimited, parseJsonl } from '../../../src/core/formats';
import * as text from '../../../src/core/text';

// Count the titles made: groupIntoDocuments reads shortTitle through the text folder's index.
vi.mock('../../../src/core/text', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/core/text')>();
  return { ...real, shortTitle: vi.fn(real.shortTitle) };
});

const jsonl = [
  '{"id": "a1", "source": "Graph neural networks learn node embeddings by message passing over edges of the graph.", "target": "图神经网络通过在图的边上传递消息来学习节点嵌入。"}',
  '{"id": "a2", "title": "  自定义标题  ", "source": "Policy gradient methods.", "target": "策略梯度方法。"}',
  '{"id": "a3", "target": "强化学习智能体在环境中学习最优策略，以最大化累积奖励。"}',
  '{"id": "a4", "document": "第二章", "source": "Reward shaping.", "target": "奖励塑形。"}',
  '{"id": "a5", "source": "", "target": ""}',
].join('\n');

describe('one-row documents are named on first read', () => {
  afterEach(() => vi.mocked(text.shortTitle).mockClear());

  it('names a row by its title, else the first words of its text, else its id', () => {
    const docs = parseJsonl(jsonl, 'rows.jsonl').documents;
    expect(docs.map((d) => d.name)).toEqual([
      'Graph neural networks learn node embeddings by message…',
      '自定义标题',
      '强化学习智能体在环境中学习最优策略，以最…',
      '第二章',
      'a5',
    ]);
  });

  it('makes no title until a name is read, and each one once', () => {
    const docs = parseJsonl(jsonl, 'rows.jsonl').documents;
    expect(text.shortTitle).not.toHaveBeenCalled();
    expect(docs[0].name).toBe('Graph neural networks learn node embeddings by message…');
    expect(text.shortTitle).toHaveBeenCalledTimes(1);
    expect(docs[0].name).toBe('Graph neural networks learn node embeddings by message…');
    expect(docs[2].name).toBe('强化学习智能体在环境中学习最优策略，以最…');
    expect(text.shortTitle).toHaveBeenCalledTimes(2);
  });

  it('carries the name through copies, JSON and structured clones, in its old key order', () => {
    const [doc] = parseDelimited('id\tsource\ttarget\nt1\tA policy network.\t一个策略网络。\n', 'rows.tsv').documents;
    const want = { name: 'A policy network.', units: [{ id: 't1', source: 'A policy network.', target: '一个策略网络。' }] };
    expect(Object.keys(doc)).toEqual(['name', 'units']);
    expect(structuredClone(doc)).toMatchObject(want);
    expect(JSON.parse(JSON.stringify(doc))).toMatchObject(want);
    expect({ ...doc }).toMatchObject(want);
  });

  it('keeps the text of the row as parsed, and a name set later', () => {
    const docs = parseJsonl(jsonl, 'rows.jsonl').documents;
    const unit = docs[1 - 1].units[0];
    unit.source = 'Edited afterwards.';
    expect(docs[0].name).toBe('Graph neural networks learn node embeddings by message…');
    docs[0].name = '第一篇';
    expect(docs[0].name).toBe('第一篇');
    expect(structuredClone(docs[0]).name).toBe('第一篇');
  });
});
