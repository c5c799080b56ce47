import type { Concept } from '../../core/glossary';

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Thrown when an entry cannot be stored; the message says what to change. */
export class TermValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TermValidationError';
  }
}

/**
 * Refuses entries a matcher cannot use: no English term, or a term made only of punctuation
 * or whitespace (e.g. "，" or "--"), which would match everywhere.
 */
export function validateConcept(c: Concept): void {
  const en = c.en.map((e) => e.text.trim()).filter(Boolean);
  if (en.length === 0) throw new TermValidationError('The entry has no English term. Type the English term, then save.');
  for (const e of c.en) {
    if (e.text.trim() && !HAS_WORD.test(e.text)) {
      throw new TermValidationError(`"${e.text}" is only punctuation or spaces and cannot be a term. Type a word or a name.`);
    }
  }
  for (const z of c.zh) {
    if (!z.text.trim()) throw new TermValidationError('A Chinese rendering is empty. Type it or remove the line.');
    if (!HAS_WORD.test(z.text)) {
      throw new TermValidationError(`"${z.text}" is only punctuation or spaces and cannot be a rendering. Type the Chinese term.`);
    }
  }
}
