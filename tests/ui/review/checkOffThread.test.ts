import { describe, expect, it } from 'vitest';
import type { Termbase } from '../../../src/core/glossary';
import { checkOffThread } from '../../../src/ui/review/checkOffThread';
import { NEEDS_TERMBASES } from '../../../src/worker/checkProtocol';
import { runCheck } from '../../../src/worker/runCheck';

const project: Termbase = {
  id: 'project',
  name: 'Project glossary',
  priority: 100,
  concepts: [
    {
      id: 'p.glimmer-loss',
      en: [{ text: 'glimmer loss' }],
      zh: [
        { text: '微光损失', status: 'preferred' },
        { text: '闪烁损失', status: 'forbidden' },
      ],
    },
  ],
};
const unit = { id: '1', source: 'We minimise the glimmer loss.', target: '我们最小化闪烁损失。' };
const forbidden = (fs: { check: string; suggestion?: string }[]) => fs.filter((f) => f.check === 'terminology.forbidden');

describe('document checks: the project termbase crosses to the engine once per key', () => {
  it('a second check with the same key, without the termbases, still applies the project term', async () => {
    const first = await checkOffThread([unit], { termbases: [project], key: 'project@1' });
    expect(forbidden(first)).toEqual([expect.objectContaining({ suggestion: '微光损失' })]);
    // the same key again: checkOffThread sends the key only, and the engine keeps its compiled termbase
    const again = await checkOffThread([{ ...unit, target: '我们最小化闪烁损失和微光损失。' }], { termbases: [project], key: 'project@1' });
    expect(forbidden(again)).toHaveLength(1);
  });

  it('an engine that does not hold the key asks for the termbases instead of checking without them', async () => {
    const res = await runCheck({ id: 9, units: [unit], termbaseKey: 'never-sent@7' });
    expect(res).toEqual({ id: 9, ok: false, error: NEEDS_TERMBASES });
  });

  it('after the engine switched to another key, the first key is sent again and applied', async () => {
    await runCheck({ id: 10, units: [unit], termbaseKey: 'other@1', termbases: [{ ...project, concepts: [] }] });
    const found = await checkOffThread([unit], { termbases: [project], key: 'project@1' });
    expect(forbidden(found)).toEqual([expect.objectContaining({ suggestion: '微光损失' })]);
  });
});
