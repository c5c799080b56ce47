import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinTermbase } from '../../../src/core/glossary';
import { englishFinder, englishPhraseKeys, extractCandidates, type Correction } from '../../../src/core/learn';

// Real MT of arXiv abstracts (Tencent MT, Apache-2.0) beside the repository; never copied into it.
const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/arxiv-adv-tencentmt/pairs-2021-2023.jsonl');
const present = existsSync(file);
if (!present) console.warn('learn realData.test: ../shared/data/arxiv-adv-tencentmt not present, skipping');

describe.runIf(present)('extractCandidates on real abstracts (arxiv-adv-tencentmt)', () => {
  const rows: { source: string; target: string }[] = present
    ? readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, 800).map((l) => JSON.parse(l))
    : [];

  it('finds no candidate in edits that are not terminology', () => {
    const edits: [string, (t: string) => string][] = [
      ['punctuation', (t) => t.replace(/，/g, ',').replace(/（/g, '(').replace(/）/g, ')')],
      ['的 dropped', (t) => t.replace(/的/, '')],
      ['了 dropped', (t) => t.replace(/了/g, '')],
      ['a number changed', (t) => t.replace(/\d+/, (m) => String(Number(m) + 1))],
      ['space after 。', (t) => t.replace(/。/g, '。 ')],
      ['two clauses swapped', (t) => { const p = t.split('，'); if (p.length > 2) [p[0], p[1]] = [p[1], p[0]]; return p.join('，'); }],
      ['a clause dropped', (t) => { const p = t.split('，'); if (p.length > 2) p.splice(1, 1); return p.join('，'); }],
    ];
    for (const [name, edit] of edits) {
      const corrections = rows.map((r, i) => ({ unitId: String(i), source: r.source, mt: r.target, corrected: edit(r.target) }));
      expect(extractCandidates(corrections).map((c) => `${c.wrong}→${c.right}`), name).toEqual([]);
    }
  }, 120_000);

  it('links repeated term fixes to the right English without a termbase, mostly, and rarely to a wrong one', () => {
    // Simulated reviewer: every forbidden rendering of a built-in concept whose English is in the source is fixed.
    const rules = builtinTermbase().concepts.flatMap((c) => {
      const pref = c.zh.find((z) => z.status === 'preferred');
      if (!pref) return [];
      return c.zh
        .filter((z) => z.status === 'forbidden' && z.text.length >= 2 && !pref.text.includes(z.text) && !z.text.includes(pref.text))
        .map((z) => ({ terms: c.en.flatMap((e) => [e.text, ...(e.variants ?? [])]), wrong: z.text, right: pref.text }));
    });
    const corrections: Correction[] = rows.map((r, i) => {
      let t = r.target;
      const find = englishFinder(r.source);
      for (const rule of rules) if (t.includes(rule.wrong) && find(rule.terms).length) t = t.split(rule.wrong).join(rule.right);
      return { unitId: String(i), source: r.source, mt: r.target, corrected: t };
    });
    let right = 0;
    let wrong = 0;
    let open = 0;
    for (const c of extractCandidates(corrections)) {
      const rule = rules.find((r) => r.wrong === c.wrong && r.right === c.right);
      if (!rule || c.count < 2) continue;
      if (!c.en) open++;
      else if (rule.terms.some((t) => englishPhraseKeys(t).join(' ') === englishPhraseKeys(c.en).join(' '))) right++;
      else wrong++;
    }
    const total = right + wrong + open;
    console.info(`learn on ${rows.length} real abstracts, no termbase: English right ${right}/${total}, wrong ${wrong}, left to the reviewer ${open}`);
    expect(total).toBeGreaterThan(20);
    expect(right / total).toBeGreaterThan(0.55);
    expect(wrong / total).toBeLessThan(0.15);
  }, 120_000);
});
