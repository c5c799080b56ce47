import type { CompiledGlossary } from '../glossary';
import type { TermCandidate } from './Correction';
import { englishPhraseKeys } from './findEnglishPhrase';

/** Candidates the termbase already holds (right approved and wrong forbidden for the concept). */
export function markKnown(cands: TermCandidate[], g: CompiledGlossary): void {
  for (const c of cands) {
    const cc = c.conceptId ? g.concepts.get(c.conceptId) : undefined;
    if (cc && cc.approved.includes(c.right) && cc.forbidden.some((f) => f.text === c.wrong)) c.known = true;
  }
}

export function markConflicts(cands: TermCandidate[]): void {
  const byEn = new Map<string, Set<string>>();
  const byWrong = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, v: string) => {
    const s = m.get(k);
    if (s) s.add(v);
    else m.set(k, new Set([v]));
  };
  const enKey = (c: TermCandidate) => (c.en ? englishPhraseKeys(c.en).join(' ') : '');
  for (const c of cands) {
    if (c.en) add(byEn, enKey(c), c.right);
    add(byWrong, c.wrong, c.right);
  }
  for (const c of cands) {
    const other = new Set<string>();
    for (const r of c.en ? byEn.get(enKey(c)) ?? [] : []) if (r !== c.right) other.add(r);
    for (const r of byWrong.get(c.wrong) ?? []) if (r !== c.right) other.add(r);
    if (other.size) c.conflict = [...other].sort();
  }
}
