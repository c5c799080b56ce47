import { describe, expect, it } from 'vitest';
import type { CheckUnit } from '../../../src/core/checks/Check';
import { targetPass } from '../../../src/core/checks/term/targetPass';
import { unitTerms, type UnitTerms } from '../../../src/core/checks/term/unitTerms';
import {
  builtinTermbase, compileGlossary, matchTarget, matchTargetAll, type CompiledGlossary, type TargetHit, type Termbase,
} from '../../../src/core/glossary';
import { generateTermbase } from '../../bench/generateCorpus';
import { mulberry32 } from '../../bench/sentenceBank';

/*
 * The term checks' shared pass finds a hit's source concept by integer concept numbers
 * (assigned by compileGlossary, carried by entries and target hits) in typed arrays stamped
 * per pass, never cleared. Checked here against the plain version, by concept id and Map, on
 * generated units that mix two glossaries numbered differently (a stale number from the
 * other glossary's unit must never count).
 */

const builtin = builtinTermbase();
const glossaries: CompiledGlossary[] = [
  compileGlossary([builtin]),
  // the generated concepts first: every concept number differs from the built-in glossary's
  compileGlossary([generateTermbase(400, 11), builtin]),
];

const FILL_EN = ['the', 'of', 'we', 'show', 'that', 'and', 'with', 'a', 'new', 'for'];
const FILL_ZH = ['的', '和', '我们', '表明', '在', '中', '，', '。', '一种', '新'];

/** A unit naming 0–40 concepts of `tb` in both texts: renderings of any status, acronyms, names, repeats. */
function randomUnit(rnd: () => number, tb: Termbase, n: number): CheckUnit {
  const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
  const k = Math.floor(rnd() * 41);
  const concepts = Array.from({ length: Math.max(1, Math.floor(k / 2)) }, () => pick(tb.concepts));
  const en: string[] = [];
  const zh: string[] = [];
  for (let i = 0; i < k; i++) {
    const c = pick(concepts);
    if (rnd() < 0.8) {
      const e = pick(c.en);
      en.push(e.acronym && rnd() < 0.3 ? e.acronym : e.text, pick(FILL_EN));
    }
    if (rnd() < 0.8 && c.zh.length) zh.push(pick(c.zh).text, pick(FILL_ZH));
    else if (c.en[0].acronym) zh.push(c.en[0].acronym, pick(FILL_ZH));
  }
  return { id: `u${n}`, source: rnd() < 0.1 ? '' : en.join(' '), target: zh.join('') };
}

/** The source concepts by Map: id → [slot, first hit, count], as the analysis numbers them. */
function plainSlots(t: UnitTerms): Map<string, { slot: number; first: number; count: number }> {
  const m = new Map<string, { slot: number; first: number; count: number }>();
  t.sourceHits.forEach((h, i) => {
    for (const e of h.entries) {
      const s = m.get(e.conceptId);
      if (s) s.count++;
      else m.set(e.conceptId, { slot: m.size, first: i, count: 1 });
    }
  });
  return m;
}

/** The pass done the plain way: every hit's entries looked up by id, containers found by brute force. */
function plainPass(t: UnitTerms) {
  const inSource = (id: string) => t.conceptIds.includes(id);
  const selected = new Set<TargetHit>(t.targetHits);
  const counts = new Map<string, number>();
  const forbidden: TargetHit[] = [];
  const names: TargetHit[] = [];
  const attributions: [TargetHit, string, number][] = [];
  for (const h of t.targetAll) {
    const renders = h.entries.some((e) => inSource(e.conceptId));
    if (selected.has(h)) {
      if (h.entries.length > 1 || h.status === 'forbidden') forbidden.push(h);
      if (h.entries.length > 1 || h.kind !== 'zh') names.push(h);
      h.entries.forEach((e, i) => {
        if (e.kind === 'zh' && inSource(e.conceptId)) attributions.push([h, e.conceptId, i]);
      });
    }
    if (!renders) continue;
    const container = t.targetHits.find((s) => s !== h && s.start <= h.start && s.end >= h.end && s.end - s.start > h.end - h.start);
    if (container && container.entries.some((e) => inSource(e.conceptId))) continue;
    for (const e of h.entries) {
      if (container && e.status === 'forbidden') continue;
      if (inSource(e.conceptId)) counts.set(e.conceptId, (counts.get(e.conceptId) ?? 0) + 1);
    }
  }
  const firstRendering = new Map<string, string>();
  const several = new Set<string>();
  for (const [h, id, i] of attributions) {
    const r = h.entries[i].canonical;
    if (!firstRendering.has(id)) firstRendering.set(id, r);
    else if (firstRendering.get(id) !== r) several.add(id);
  }
  return { counts, forbidden, names, attributions, several };
}

describe('integer concept numbers', () => {
  it('number the concepts densely in order, on every entry and on each single-entry target hit', () => {
    for (const g of glossaries) {
      const numbers = g.conceptNo!;
      expect([...numbers.keys()]).toEqual([...g.concepts.keys()]);
      expect([...numbers.values()]).toEqual([...g.concepts.keys()].map((_, i) => i));
    }
    const g = glossaries[1];
    const rnd = mulberry32(5);
    let hits = 0;
    let several = 0;
    for (let u = 0; u < 400; u++) {
      const { target } = randomUnit(rnd, u % 2 ? builtin : generateTermbase(400, 11), u);
      for (const h of [...matchTarget(g, target), ...matchTargetAll(g, target)]) {
        for (const e of h.entries) expect(e.conceptNo).toBe(g.conceptNo!.get(e.conceptId));
        expect(h.conceptNo).toBe(h.entries.length === 1 ? g.conceptNo!.get(h.conceptId) : -1);
        hits++;
        if (h.entries.length > 1) several++;
      }
    }
    expect(hits).toBeGreaterThan(2000);
    expect(several).toBeGreaterThan(0);
  });

  it('give the same slots, counts, candidates and attributions as look-ups by id, across two glossaries', () => {
    const rnd = mulberry32(2027);
    const generated = generateTermbase(400, 11);
    let manyConcepts = 0;
    let attributed = 0;
    let counted = 0;
    for (let u = 0; u < 1500; u++) {
      const g = glossaries[u % 3 === 0 ? 0 : 1];
      const unit = randomUnit(rnd, u % 2 ? builtin : generated, u);
      const t = unitTerms(g, unit, false);
      const slots = plainSlots(t);
      expect(t.conceptIds).toEqual([...slots.keys()]);
      expect(t.firstHit).toEqual([...slots.values()].map((s) => s.first));
      expect(t.hitCount).toEqual([...slots.values()].map((s) => s.count));
      if (slots.size > 16) manyConcepts++;
      for (const [id, s] of slots) {
        expect(t.slotOfId(id)).toBe(s.slot);
        expect(t.slotOf.get(id)).toBe(s.slot);
      }
      expect(t.slotOfId('no such concept')).toBe(-1);
      const pass = targetPass(t);
      const plain = plainPass(t);
      t.conceptIds.forEach((id, k) => {
        expect(pass.counts[k]).toBe(plain.counts.get(id) ?? 0);
        expect(pass.countOf(id)).toBe(plain.counts.get(id) ?? 0);
        expect(pass.hasSeveral(id)).toBe(plain.several.has(id));
        counted += pass.counts[k];
      });
      expect(pass.forbidden.slice(0, pass.nForbidden)).toEqual(plain.forbidden);
      expect(pass.names.slice(0, pass.nNames)).toEqual(plain.names);
      const mine = Array.from({ length: pass.n }, (_, i) => [pass.hits[i], pass.concepts[i], pass.entryAt[i]]);
      expect(mine).toEqual(plain.attributions);
      for (let i = 0; i < pass.n; i++) expect(t.conceptIds[pass.slotAt[i]]).toBe(pass.concepts[i]);
      expect(pass.several).toBe(plain.several.size > 0);
      attributed += pass.n;
    }
    // the generator reaches the cases that matter
    expect(manyConcepts).toBeGreaterThan(20);
    expect(attributed).toBeGreaterThan(1000);
    expect(counted).toBeGreaterThan(1000);
  });
});
