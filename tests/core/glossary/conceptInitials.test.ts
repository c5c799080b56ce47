import { describe, expect, it } from 'vitest';
import { builtinTermbase, compileGlossary, conceptInitials, type Concept, type CompiledConcept } from '../../../src/core/glossary';
import { isAcronym } from '../../../src/core/glossary/englishTermKeys';
import { seededRandom } from '../../../src/core/stats';

/** The initials as they were read: regex splits into words and hyphen parts. */
function reference(cc: CompiledConcept): string[] {
  const initials = new Set<string>();
  for (const e of cc.concept.en) {
    for (const t of [e.text, ...(e.variants ?? [])]) {
      const words = t.trim().split(/\s+/).filter(Boolean);
      if (!words.length || isAcronym(t.trim())) continue;
      initials.add(words.map((w) => w[0]).join('').toUpperCase());
      const parts = t.trim().split(/[\s\-\u2010\u2011]+/).filter(Boolean);
      if (parts.length !== words.length) initials.add(parts.map((w) => w[0]).join('').toUpperCase());
    }
  }
  return [...initials];
}

const compiled = (concepts: Concept[]) => compileGlossary([{ id: 't', name: 't', priority: 0, concepts }]);

describe('conceptInitials', () => {
  it('reads words and hyphen parts', () => {
    const g = compiled([
      { id: 'gnn', en: [{ text: 'graph neural network', variants: ['graph  neural\tnetworks'], acronym: 'GNN' }, { text: 'GCN' }], zh: [] },
      { id: 'pt', en: [{ text: 'pre-trained' }, { text: 'self‐supervised learning' }, { text: 'non‑i.i.d. data' }], zh: [] },
      { id: 'odd', en: [{ text: ' - ' }, { text: 'a - b' }, { text: 'ß-learning' }, { text: '　全角 space' }], zh: [] },
    ]);
    expect(conceptInitials(g.concepts.get('gnn')!)).toEqual(['GNN']);
    expect(conceptInitials(g.concepts.get('pt')!)).toEqual(['P', 'PT', 'SL', 'SSL', 'ND', 'NID']);
    expect(conceptInitials(g.concepts.get('odd')!)).toEqual(['-', '', 'A-B', 'AB', 'SS', 'SSL', '全S']);
  });

  it('equals the regex reading on every concept of the built-in termbase', () => {
    const g = compileGlossary([builtinTermbase()]);
    let hyphenated = 0;
    for (const cc of g.concepts.values()) {
      const want = reference(cc);
      expect(conceptInitials(cc), cc.id).toEqual(want);
      if (want.length > 1) hyphenated++;
    }
    expect(hyphenated).toBeGreaterThan(20);
  });

  it('equals the regex reading on generated terms (every separator, leading and doubled ones, acronyms)', () => {
    const rand = seededRandom('conceptInitials');
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const pieces = ['graph', 'Neural', 'net', 'ß', 'é', 'x', 'GNN', 'A1', '2', '\ud83d', '全', '-', '‐', '‑', ' ', '  ', '\t', '\u00a0', '\u3000', '\u2009', '\n', '.'];
    const concepts: Concept[] = [];
    for (let n = 0; n < 3000; n++) {
      const term = () => Array.from({ length: 1 + Math.floor(rand() * 7) }, () => pick(pieces)).join('');
      const variants = rand() < 0.5 ? [term(), term()] : undefined;
      concepts.push({ id: `c${n}`, en: [{ text: term(), variants }, { text: term() }], zh: [] });
    }
    const g = compiled(concepts);
    let withParts = 0;
    for (const cc of g.concepts.values()) {
      const want = reference(cc);
      expect(conceptInitials(cc), JSON.stringify(cc.concept.en)).toEqual(want);
      if (want.length > 1) withParts++;
    }
    expect(withParts).toBeGreaterThan(300);
  });
});
