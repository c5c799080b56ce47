import { describe, expect, it } from 'vitest';
import type { CheckUnit } from '../../../src/core/checks/Check';
import { namesProtected } from '../../../src/core/checks/namesProtected';
import { terminologyForbidden } from '../../../src/core/checks/terminologyForbidden';
import { terminologyInconsistent } from '../../../src/core/checks/terminologyInconsistent';
import { terminologyNotFollowed } from '../../../src/core/checks/terminologyNotFollowed';
import { compileGlossary } from '../../../src/core/glossary';
import { testTermbase } from '../glossary/matcherTermbase';

const glossary = compileGlossary([testTermbase()]);

/** 150 units, each text different: more than the matcher remembers, fewer than the term analyses kept. */
function longDocument(): CheckUnit[] {
  const units: CheckUnit[] = [];
  for (let i = 0; i < 150; i++) {
    units.push({ id: `u${i}`, source: `Model ${i} is trained with a policy.`, target: `模型${i}使用策略进行训练。` });
  }
  units[3] = { id: 'u3', source: 'The agent is trained on OpenAI Gym with a policy.', target: '智能体在Openai Gym上使用政策进行培训。' };
  units[5] = { id: 'u5', source: 'The agent is trained with a policy.', target: '智能体进行训练。' };
  return units;
}

describe('term checks in a long document', () => {
  it('check a unit again after the document statistics matched every unit (its hits remembered with its analysis)', () => {
    const units = longDocument();
    const ctx = { glossary, document: { units } };
    // the document's statistics first: every unit matched, the matcher's memory of texts turned over
    const inconsistent = units.flatMap((u) => terminologyInconsistent.run(u, ctx));
    expect(inconsistent.filter((f) => f.unitId === 'u3').map((f) => f.target!.text)).toEqual(['政策', '培训']);
    const u3 = units[3];
    const forbidden = terminologyForbidden.run(u3, ctx);
    expect(forbidden.map((f) => [f.target!.text, f.suggestion])).toEqual([['政策', '策略'], ['培训', '训练']]);
    // forbidden renderings count as renderings for not-followed (reported once, as forbidden)
    expect(terminologyNotFollowed.run(u3, ctx)).toEqual([]);
    expect(terminologyNotFollowed.run(units[5], ctx).map((f) => [f.source!.text, f.suggestion])).toEqual([['policy', '策略']]);
    const names = namesProtected.run(u3, ctx);
    expect(names.map((f) => [f.target!.text, f.suggestion])).toEqual([['Openai Gym', 'OpenAI Gym']]);
    // and an approved unit of the same document has nothing
    expect(terminologyForbidden.run(units[140], ctx)).toEqual([]);
    expect(terminologyNotFollowed.run(units[140], ctx)).toEqual([]);
  });
});
