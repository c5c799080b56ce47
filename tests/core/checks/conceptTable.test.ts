import { describe, expect, it } from 'vitest';
import type { CheckUnit } from '../../../src/core/checks/Check';
import type { Finding } from '../../../src/core/model/Finding';
import { terminologyForbidden } from '../../../src/core/checks/terminologyForbidden';
import { terminologyNotFollowed } from '../../../src/core/checks/terminologyNotFollowed';
import { terminologyInconsistent } from '../../../src/core/checks/terminologyInconsistent';
import { conceptOf, conceptTable, INITIALS_KNOWN, lastInitials, NF_KNOWN, NF_LONG, NF_SKIP, notFollowedFlags } from '../../../src/core/checks/term/conceptTable';
import { builtinTermbase, compileGlossary, conceptInitials, type CompiledConcept, type CompiledGlossary, type Termbase } from '../../../src/core/glossary';
import { generateTermbase } from '../../bench/generateCorpus';
import { mulberry32 } from '../../bench/sentenceBank';

/*
 * The term checks read a concept by its number (an array) instead of by id (the glossary's
 * Map), and not-followed keeps per number what it decides of a concept before counting.
 * Checked against the plain look-ups on every concept of two glossaries numbered differently,
 * and the checks' findings against a copy of the glossary without numbers (every look-up by id).
 */

const builtin = builtinTermbase();
const generated = generateTermbase(400, 11);
const glossaries: CompiledGlossary[] = [compileGlossary([builtin]), compileGlossary([generated, builtin])];

/** What not-followed decided per concept before the table (the plain reading of the concept). */
function plainFlags(cc: CompiledConcept | undefined): number {
  if (!cc || cc.concept.generic || (!cc.approved.length && !cc.dnt)) return NF_KNOWN | NF_SKIP;
  return cc.approved.some((a) => a.length > 2) ? NF_KNOWN | NF_LONG : NF_KNOWN;
}

describe('concept table', () => {
  it('holds every concept under its number, and the flags not-followed reads', () => {
    for (const g of glossaries) {
      const t = conceptTable(g);
      expect(conceptTable(g)).toBe(t);
      expect(t.byNo.length).toBe(g.concepts.size);
      let skipped = 0;
      let long = 0;
      for (const [id, cc] of g.concepts) {
        const no = g.conceptNo!.get(id)!;
        expect(t.byNo[no]).toBe(cc);
        expect(conceptOf(g, t, no, id)).toBe(cc);
        // asked twice: the second answer is the one kept
        expect(notFollowedFlags(g, t, no, id)).toBe(plainFlags(cc));
        expect(notFollowedFlags(g, t, no, id)).toBe(plainFlags(cc));
        if (plainFlags(cc) & NF_SKIP) skipped++;
        if (plainFlags(cc) & NF_LONG) long++;
      }
      // both kinds occur in the termbases
      expect(skipped).toBeGreaterThan(10);
      expect(long).toBeGreaterThan(10);
    }
  });

  it('keeps the last letters of each concept\'s initials', () => {
    const g = glossaries[1];
    const t = conceptTable(g);
    let multi = 0;
    for (const [id, cc] of g.concepts) {
      const no = g.conceptNo!.get(id)!;
      let bits = INITIALS_KNOWN;
      for (const ini of conceptInitials(cc)) if (/[A-Z]$/.test(ini)) bits |= 1 << (ini.charCodeAt(ini.length - 1) - 65);
      expect(lastInitials(t, no)).toBe(bits);
      if (conceptInitials(cc).some((ini) => ini.length > 1)) multi++;
    }
    expect(multi).toBeGreaterThan(100);
  });

  it('falls back to the id for a concept without a number, and for a glossary without numbers', () => {
    const g = glossaries[1];
    const t = conceptTable(g);
    const [id, cc] = [...g.concepts][7];
    expect(conceptOf(g, t, -1, id)).toBe(cc);
    expect(notFollowedFlags(g, t, -1, id)).toBe(plainFlags(cc));
    expect(conceptOf(g, t, -1, 'no such concept')).toBeUndefined();
    expect(notFollowedFlags(g, t, -1, 'no such concept')).toBe(NF_KNOWN | NF_SKIP);
    const bare = { ...g, conceptNo: undefined } as CompiledGlossary;
    const bt = conceptTable(bare);
    expect(bt.byNo).toEqual([]);
    expect(conceptOf(bare, bt, 3, id)).toBe(cc);
    expect(notFollowedFlags(bare, bt, 3, id)).toBe(plainFlags(cc));
  });

  it('gives the findings of look-ups by id (not-followed, forbidden, inconsistent), with units alternating between two glossaries numbered differently', () => {
    const rnd = mulberry32(77);
    const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
    const tbs: Termbase[] = [builtin, generated];
    const units: CheckUnit[] = [];
    for (let u = 0; u < 600; u++) {
      const tb = tbs[u % 2];
      const en: string[] = [];
      const zh: string[] = [];
      for (let k = Math.floor(rnd() * 12); k > 0; k--) {
        const c = pick(tb.concepts);
        en.push(pick(c.en).text, pick(['the', 'of', 'and', 'model']));
        if (rnd() < 0.5 && c.zh.length) zh.push(pick(c.zh).text, pick(['的', '和', '模型的', '，']));
      }
      units.push({ id: `u${u}`, source: en.join(' '), target: `${zh.join('')}。` });
    }
    const checks = [terminologyNotFollowed, terminologyForbidden, terminologyInconsistent];
    const run = (u: number, g: CompiledGlossary) => checks.flatMap((c) => c.run({ ...units[u] }, { glossary: g }));
    // the reference: the same glossaries without their numbers (every concept looked up by id;
    // hits and entries keep theirs, the source/target passes still use them), each alone
    const alone = [compileGlossary([builtin]), compileGlossary([generated, builtin])];
    for (const g of alone) (g as { conceptNo?: Map<string, number> }).conceptNo = undefined;
    const expected: Finding[][] = [];
    for (const parity of [0, 1]) units.forEach((_, u) => {
      if (u % 2 === parity) expected[u] = run(u, alone[parity]);
    });
    let found = 0;
    units.forEach((_, u) => {
      const got = run(u, glossaries[u % 2]);
      expect(got).toEqual(expected[u]);
      found += got.length;
    });
    expect(found).toBeGreaterThan(300);
  });
});
