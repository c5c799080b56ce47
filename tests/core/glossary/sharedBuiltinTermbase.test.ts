import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument, createCheckContext, toCheckUnit } from '../../../src/core/engine';
import { parseFileBytes } from '../../../src/core/formats';
import { builtinTermbase, compileGlossary, sharedBuiltinTermbase } from '../../../src/core/glossary';
import type { Termbase } from '../../../src/core/glossary';
import type { Finding } from '../../../src/core/model';

// createCheckContext compiles the built-in termbase as it is (no deep copy on every start of the
// CLI): that is safe only while compiling and checking never write to a termbase.

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

const seed = parseFileBytes(readFileSync(join(__dirname, '../../../seeds/000_2c0d154558004bfd.txt')), '000_2c0d154558004bfd.txt');

/** Units that reach every term check: forbidden renderings, inconsistency, acronyms, names, context conditions. */
const written = [
  { id: 'a', source: 'We train the policy of the agent with reinforcement learning (RL) in each state.', target: '我们用强化学习（RL）培训代理人的政策，在每个州中。' },
  { id: 'b', source: 'The policy of the agent converges after pre-training on ImageNet with BERT.', target: '代理的策略在Imagenet上用Bert预验证后汇合。' },
  { id: 'c', source: 'Graph neural networks (GNNs) are white-box models for the Lunar Lander game.', target: '图形神经网络（GNNS）是用于Lunar Lander游戏的白色框模型。' },
];

function findingsWith(builtin: Termbase): Finding[] {
  const ctx = createCheckContext({ builtin: false, termbases: [builtin] });
  const out: Finding[] = [];
  for (const doc of seed.documents) out.push(...checkDocument(doc.units.map(toCheckUnit), ctx));
  out.push(...checkDocument(written, ctx));
  return out;
}

describe('sharedBuiltinTermbase', () => {
  it('is the built-in termbase (the same data a copy holds)', () => {
    expect(sharedBuiltinTermbase()).toEqual(builtinTermbase());
    expect(sharedBuiltinTermbase()).toBe(sharedBuiltinTermbase());
  });

  it('a deeply frozen built-in termbase compiles and checks to the same findings (nothing writes to it)', () => {
    const plain = findingsWith(builtinTermbase());
    const frozen = deepFreeze(builtinTermbase());
    // ES modules are strict: a write to a frozen object throws here
    const got = findingsWith(frozen);
    expect(plain.length).toBeGreaterThan(20);
    expect(plain.some((f) => f.check === 'terminology.forbidden')).toBe(true);
    expect(got).toEqual(plain);
    // merged with a project termbase of a higher priority (mergeTermbases copies before joining)
    const project: Termbase = {
      id: 'p', name: 'project', priority: 10,
      concepts: [{ id: 'agent', en: [{ text: 'agent' }], zh: [{ text: '代理', status: 'admitted' }, { text: '智能体', status: 'preferred' }] } as never],
    };
    expect(() => compileGlossary([deepFreeze(project), frozen]).en).not.toThrow();
  });

  it('createCheckContext compiles the shared termbase, not a copy, and leaves it as it was', () => {
    const before = JSON.stringify(sharedBuiltinTermbase());
    const ctx = createCheckContext();
    const first = sharedBuiltinTermbase().concepts[0];
    const compiled = (ctx.glossary as unknown as { concepts: Map<string, { concept: unknown }> }).concepts.get(first.id);
    expect(compiled?.concept).toBe(first);
    for (const doc of seed.documents) checkDocument(doc.units.map(toCheckUnit), ctx);
    const after = JSON.stringify(sharedBuiltinTermbase());
    expect(after === before).toBe(true); // (not toBe(before): a 300 KB diff)
  });
});
