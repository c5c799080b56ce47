import type { Concept } from '../glossary';
import type { TermCandidate } from './Correction';

/**
 * The termbase entry an approved candidate becomes: the English term, the corrected
 * rendering as preferred, the machine rendering as forbidden, provenance `learned` with
 * the evidence units, reviewers and the latest correction date. The id is derived from the
 * English term unless given. Throws, with a sentence for the reviewer, when the candidate
 * has no English term yet or a rendering is only punctuation or spaces.
 */
export function candidateToConcept(c: TermCandidate, options: { id?: string; date?: string } = {}): Concept {
  const en = c.en.trim();
  if (!en) {
    throw new Error(`The candidate ${c.wrong} → ${c.right} has no English term yet: enter the English term it renders before approving it.`);
  }
  for (const r of [c.right, c.wrong]) {
    if (!/[\p{L}\p{N}]/u.test(r)) throw new Error(`"${r}" is only punctuation or spaces and cannot be a term: edit the candidate.`);
  }
  const concept: Concept = {
    id: options.id ?? `learned.${en.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`,
    en: [{ text: en }],
    zh: [
      { text: c.right, status: 'preferred' },
      { text: c.wrong, status: 'forbidden' },
    ],
    provenance: {
      origin: 'learned',
      evidence: c.evidence.slice(),
      ...(c.reviewers.length ? { author: c.reviewers.join(', ') } : {}),
      ...((options.date ?? c.dates[c.dates.length - 1]) ? { date: options.date ?? c.dates[c.dates.length - 1] } : {}),
    },
  };
  if (c.conflict?.length) concept.note = `Reviewers also chose: ${c.conflict.join(', ')}.`;
  return concept;
}
