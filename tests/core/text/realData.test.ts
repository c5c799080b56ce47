import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences, HAN_PER_EN_CHAR, scriptCounts, splitSentences } from '../../../src/core/text';

// Third-party data (not part of the repo): 3,287 arXiv abstracts with Tencent MT.
const file = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'arxiv-adv-tencentmt', 'pairs-2021-2023.jsonl');
const present = existsSync(file);
if (!present) console.warn('realData.test: ../shared/data/arxiv-adv-tencentmt not present, skipping');

describe.runIf(present)('sentence splitting and alignment on real EN→ZH MT (arXiv abstracts)', () => {
  const pairs = present
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { id: string; source: string; target: string })
        .filter((p) => p.source && p.target)
    : [];

  it('the length model matches the data: Han characters per English character ≈ 0.298', () => {
    const ratios = pairs.map((p) => {
      const zh = scriptCounts(p.target);
      const enChars = p.source.replace(/\s/g, '').length;
      return zh.han / Math.max(1, enChars - zh.latin - zh.digits);
    });
    ratios.sort((a, b) => a - b);
    const median = ratios[Math.floor(ratios.length / 2)];
    expect(Math.abs(median - HAN_PER_EN_CHAR)).toBeLessThan(0.02);
  });

  it('aligns every abstract completely and in order, mostly 1–1, with few sentences left unmatched', () => {
    let sentences = 0;
    let unmatched = 0;
    let oneToOne = 0;
    let beads = 0;
    for (const p of pairs) {
      const en = splitSentences(p.source, 'en');
      const zh = splitSentences(p.target, 'zh');
      const a = alignSentences(en, zh, p.source, p.target);
      expect(a.flatMap((b) => b.source)).toEqual(en.map((_, i) => i));
      expect(a.flatMap((b) => b.target)).toEqual(zh.map((_, i) => i));
      sentences += en.length + zh.length;
      for (const b of a) {
        beads++;
        if (b.source.length === 1 && b.target.length === 1) oneToOne++;
        if (b.source.length === 0 || b.target.length === 0) unmatched += b.source.length + b.target.length;
      }
    }
    expect(pairs.length).toBeGreaterThan(3000);
    expect(oneToOne / beads).toBeGreaterThan(0.9);
    expect(unmatched / sentences).toBeLessThan(0.01);
  }, 120_000);
});
