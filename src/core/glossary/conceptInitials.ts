import type { CompiledConcept } from './CompiledGlossary';
import { isAcronym } from './englishTermKeys';
import { isJsSpace } from '../text/isJsSpace';

// read once: a CommonJS build (tsx, the CLI) reads imports through getters
const isSpace = isJsSpace;

/**
 * Initial-letter sequences of a concept's English terms, upper case: "graph neural network"
 * → GNN, "pre-trained" → P and PT. Computed on first use (only acronym checks need them)
 * and kept on the concept.
 */
export function conceptInitials(cc: CompiledConcept): string[] {
  if (cc.initials) return cc.initials;
  const out: string[] = [];
  for (const e of cc.concept.en) {
    addInitials(e.text, out);
    const variants = e.variants;
    if (variants) for (let i = 0; i < variants.length; i++) addInitials(variants[i], out);
  }
  cc.initials = out;
  return out;
}

/**
 * The initials of one term, in one pass over it (a concept is read on first sight, and new
 * text brings new concepts): the first character of each word (a run without whitespace),
 * and, when hyphens split words further, of each part (a run without whitespace or - ‐ ‑),
 * upper-cased, each added once. A term written as an acronym has none.
 */
function addInitials(t: string, out: string[]): void {
  let words = '';
  let parts = '';
  let nWords = 0;
  let nParts = 0;
  let inWord = false;
  let inPart = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isSpace(c)) {
      inWord = inPart = false;
      continue;
    }
    if (!inWord) {
      words += t[i];
      nWords++;
      inWord = true;
    }
    if (c === 0x2d || c === 0x2010 || c === 0x2011) {
      inPart = false;
      continue;
    }
    if (!inPart) {
      parts += t[i];
      nParts++;
      inPart = true;
    }
  }
  if (nWords === 0 || isAcronym(t.trim())) return;
  const w = words.toUpperCase();
  if (!out.includes(w)) out.push(w);
  if (nParts === nWords) return;
  const p = parts.toUpperCase();
  if (!out.includes(p)) out.push(p);
}
