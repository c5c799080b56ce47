import { englishWordKey, type CompiledConcept, type SourceHit } from '../../glossary';
import type { CheckUnit } from '../Check';
import { alignedPairs, diagonalAlignmentOk, diagonalSourceOf, sentenceIndexAt, sourceSpans, targetSpans } from '../util/unitCache';

/**
 * Whether the target offset `at` lies in a sentence that the sentence alignment pairs with
 * source sentences naming the concept: one of its source occurrences (`hits`) is there, or
 * the stem of every word of one of its English terms ("adversarial" in "adversarial patch",
 * which the matcher takes for another concept; "retraining" for "training"). True when it cannot
 * tell: `at` outside every sentence, or its sentence without a source counterpart.
 *
 * For terminology.inconsistent, asked only where a concept has more renderings in the target
 * than occurrences in the source: a rendering in a sentence whose source does not name the
 * concept translates another word there (分散 for "decentralized", 功能 in 奖励功能 for
 * "reward functions").
 */
export function alignedWithSource(unit: CheckUnit, at: number, hits: SourceHit[], cc: CompiledConcept): boolean {
  const t = sentenceIndexAt(targetSpans(unit).bounds, at);
  if (t < 0) return true;
  // the source sentences of its bead: on the diagonal (most MT, no alignment to run), the
  // k-th sentence, a Chinese one ending in ；/; counting with the next; else the alignment's
  let from: number;
  let to: number;
  const sb = sourceSpans(unit).bounds;
  if (diagonalAlignmentOk(unit)) {
    const k = diagonalSourceOf(unit, t);
    from = sb[2 * k];
    to = sb[2 * k + 1];
  } else {
    const p = alignedPairs(unit).find((q) => q.target.includes(t));
    if (!p || p.source.length === 0) return true;
    from = sb[2 * p.source[0]];
    to = sb[2 * p.source[p.source.length - 1] + 1];
  }
  for (const h of hits) if (h.start >= from && h.start < to) return true;
  return namesTerm(unit.source.slice(from, to), cc);
}

/**
 * The text holds the stem of every word of one of the concept's English terms, variants or
 * acronyms, inside any word (generaliz-ation in "generalizing", train in "retraining", robust
 * in "robustified"). Generous on purpose: a rendering is left unreported only where its
 * sentence shows no trace of the term.
 */
function namesTerm(text: string, cc: CompiledConcept): boolean {
  const lower = text.toLowerCase();
  for (const stems of stemsOf(cc)) {
    let all = true;
    for (let k = 0; all && k < stems.length; k++) all = lower.includes(stems[k]);
    if (all) return true;
  }
  return false;
}

/** Per concept: the stems of each English term's and variant's words, and its acronyms (lower case), made once. */
function stemsOf(cc: CompiledConcept): string[][] {
  let out = STEMS.get(cc);
  if (out !== undefined) return out;
  out = [];
  for (const e of cc.concept.en) {
    for (const t of [e.text, ...(e.variants ?? [])]) out.push(t.split(NON_WORD).filter((w) => w).map(stemOf));
    if (e.acronym) out.push([e.acronym.toLowerCase()]);
  }
  STEMS.set(cc, out);
  return out;
}

const STEMS = new WeakMap<CompiledConcept, string[][]>();

/**
 * A word's stem as it is spelt in the word: the part of its matching key (without the
 * derivational class) that the lower-cased word starts with (generalization: gener;
 * accuracy: accurac, where Porter writes accuraci); three letters at least.
 */
function stemOf(word: string): string {
  const w = word.toLowerCase();
  const key = englishWordKey(word);
  let n = 0;
  while (n < key.length && n < w.length && key.charCodeAt(n) === w.charCodeAt(n)) n++;
  return w.slice(0, Math.max(n, Math.min(w.length, 3)));
}

const NON_WORD = /[^A-Za-z0-9]+/;
