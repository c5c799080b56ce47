import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Check, CheckUnit } from '../../../src/core/checks/Check';
import { acronymExpansion } from '../../../src/core/checks/acronymExpansion';
import { namesProtected } from '../../../src/core/checks/namesProtected';
import { terminologyForbidden } from '../../../src/core/checks/terminologyForbidden';
import { terminologyInconsistent } from '../../../src/core/checks/terminologyInconsistent';
import { terminologyNotFollowed } from '../../../src/core/checks/terminologyNotFollowed';
import { builtinTermbase, compileGlossary } from '../../../src/core/glossary';

const dir = join(__dirname, '../../../../shared/data/arxiv-adv-tencentmt');
const present = existsSync(dir);
if (!present) console.warn('terminologyRealData: ../shared/data/arxiv-adv-tencentmt not present, skipping');

describe.runIf(present)('terminology checks on real Tencent MT of arXiv abstracts', () => {
  // describe.runIf(false) still runs this body: read only when the data is there.
  const units: CheckUnit[] = (present ? readFileSync(join(dir, 'pairs-2021-2023.jsonl'), 'utf8') : '')
    .trim().split('\n').filter(Boolean).slice(0, 600)
    .map((l) => JSON.parse(l) as { id: string; source: string; target: string })
    .map(({ id, source, target }) => ({ id, source, target }));
  const glossary = compileGlossary([builtinTermbase()]);
  const checks: Check[] = [acronymExpansion, terminologyForbidden, terminologyNotFollowed, terminologyInconsistent, namesProtected];
  const ctx = { glossary, document: { units } };
  const findings = units.flatMap((u) => checks.flatMap((c) => c.run(u, ctx)));
  const byId = new Map(units.map((u) => [u.id, u]));

  it('reports spans that slice the unit text exactly, on both sides', () => {
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      const u = byId.get(f.unitId)!;
      if (f.target) expect(u.target.slice(f.target.start, f.target.end)).toBe(f.target.text);
      if (f.source) expect(u.source.slice(f.source.start, f.source.end)).toBe(f.source.text);
    }
  });

  it('catches 代理 for "agent" with certainty where the source says agent', () => {
    const agent = findings.filter((f) => f.check === 'terminology.forbidden' && f.termId === 'rl.agent' && f.confidence === 'certain');
    expect(agent.length).toBeGreaterThan(0);
    for (const f of agent) expect(f.source!.text.toLowerCase()).toMatch(/^agents?$/);
  });

  it('never reports a forbidden rendering that sits inside an approved longer term', () => {
    for (const f of findings.filter((x) => x.check === 'terminology.forbidden')) {
      const t = byId.get(f.unitId)!.target;
      // 代理 inside 代理模型 (surrogate model) would be a false positive
      expect(t.slice(f.target!.start, f.target!.end + 2)).not.toBe('代理模型');
    }
  });
});
