import { logLikelihood } from './logLikelihood';
import type { MiningCorpus } from './prepareCorpus';
import { inflections } from './inflections';
import { wordSequence } from './wordSequence';

/** What to look for: an English term (with its variants) and the Chinese renderings we know. */
export interface TermQuery {
  label: string;
  /** English forms; matched case-folded with simple inflections, at word boundaries. */
  en: string[];
  /** Acronyms; matched with exact casing, optional plural "s" (GNN, GNNs). */
  acronyms?: string[];
  approved?: string[];
  forbidden?: string[];
}

export interface RenderingCount {
  text: string;
  /** Pairs whose source holds the term and whose target holds this text (substring). */
  pairs: number;
  /** Pairs whose source does NOT hold the term but whose target holds this text. */
  outside: number;
}

export interface NgramScore {
  text: string;
  /** Pairs with the term whose target holds the n-gram. */
  pairs: number;
  /** All targets holding the n-gram. */
  background: number;
  /** Log-likelihood ratio (over-representation in the term's targets). */
  g2: number;
}

export interface RenderingStats {
  label: string;
  totalPairs: number;
  /** Pairs whose source holds the term. */
  sourcePairs: number;
  approved: RenderingCount[];
  forbidden: RenderingCount[];
  /** Pairs with the term whose target holds none of the approved renderings. */
  withoutApproved: number;
  /** Chinese n-grams most over-represented in the term's targets, best first. */
  ngrams: NgramScore[];
}

export interface CountOptions {
  /** How many n-grams to return (default 20). */
  top?: number;
  /** Minimum pairs an n-gram needs (default 3). */
  minCount?: number;
  /** Drop n-grams that start or end with a function character such as 的 or 和 (default true). */
  trimFunctionChars?: boolean;
}

const scratches = new WeakMap<MiningCorpus, Int32Array>();
/** A zeroed counter array per corpus, reused across queries (every use leaves it zeroed). */
function scratch(corpus: MiningCorpus): Int32Array {
  let a = scratches.get(corpus);
  if (!a) scratches.set(corpus, (a = new Int32Array(corpus.gramText.length)));
  return a;
}

const FUNCTION_CHARS = new Set('的了和与在是对为将其以并或被从由及等这该个一也而于把就都所');

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Which pairs' sources hold the term: English forms (inflected), or acronyms with exact casing. */
export function matchSources(corpus: MiningCorpus, q: TermQuery): boolean[] {
  const seqs = [...new Set(q.en.flatMap(inflections).map(wordSequence).filter((s) => s.trim() !== ''))];
  const acr = (q.acronyms ?? []).filter((a) => a.trim() !== '');
  const acrRe = acr.length
    ? new RegExp(`(?<![A-Za-z0-9])(?:${acr.map(escapeRegExp).join('|')})s?(?![A-Za-z0-9])`)
    : null;
  const hit = corpus.pairs.map((p) => acrRe !== null && acrRe.test(p.source));
  for (const s of seqs) {
    // only pairs whose source holds the sequence's first word can hold the sequence
    const first = s.trim().split(' ')[0]!;
    for (const i of corpus.wordIndex.get(first) ?? []) {
      if (!hit[i] && corpus.words[i]!.includes(s)) hit[i] = true;
    }
  }
  return hit;
}

/**
 * How one English term is rendered in a corpus of EN→ZH pairs: counts of the approved and
 * forbidden renderings in the targets of the pairs whose source holds the term, and the
 * Chinese n-grams most over-represented there against all targets (Dunning's G², only
 * n-grams seen at least `minCount` times and more often than chance), so renderings nobody
 * listed yet surface. An n-gram mostly contained in a longer listed one is dropped.
 */
export function countRenderings(corpus: MiningCorpus, q: TermQuery, opts: CountOptions = {}): RenderingStats {
  const top = opts.top ?? 20;
  const minCount = opts.minCount ?? 3;
  const trim = opts.trimFunctionChars ?? true;
  const hit = matchSources(corpus, q);
  const n1 = hit.filter(Boolean).length;
  const n2 = corpus.pairs.length - n1;

  const countText = (text: string): RenderingCount => {
    let pairs = 0;
    let outside = 0;
    corpus.pairs.forEach((p, i) => {
      if (!p.target.includes(text)) return;
      if (hit[i]) pairs++;
      else outside++;
    });
    return { text, pairs, outside };
  };
  const approved = (q.approved ?? []).map(countText);
  const forbidden = (q.forbidden ?? []).map(countText);
  let withoutApproved = 0;
  if (q.approved && q.approved.length > 0) {
    corpus.pairs.forEach((p, i) => {
      if (hit[i] && !q.approved!.some((a) => p.target.includes(a))) withoutApproved++;
    });
  }

  // Foreground document frequencies in one typed array, reset through the list of touched ids.
  const fg = scratch(corpus);
  const touched: number[] = [];
  corpus.docGrams.forEach((ids, i) => {
    if (!hit[i]) return;
    for (const id of ids) if (fg[id]!++ === 0) touched.push(id);
  });
  const scored: NgramScore[] = [];
  for (const id of touched) {
    const a = fg[id]!;
    fg[id] = 0;
    if (a < minCount) continue;
    const text = corpus.gramText[id]!;
    if (trim && (FUNCTION_CHARS.has(text[0]!) || FUNCTION_CHARS.has(text[text.length - 1]!))) continue;
    const background = corpus.df[id]!;
    const c = background - a;
    if (n2 > 0 && a / n1 <= c / n2) continue;
    scored.push({ text, pairs: a, background, g2: logLikelihood(a, n1 - a, c, n2 - c) });
  }
  scored.sort((x, y) => y.g2 - x.g2 || y.pairs - x.pairs || x.text.localeCompare(y.text));

  // Keep an n-gram only if no longer, at-least-as-good n-gram already kept covers ~all its pairs.
  const pool = scored.slice(0, top * 10);
  const kept = pool.filter(
    (s) => !pool.some((l) => l.text.length > s.text.length && l.text.includes(s.text) && l.pairs >= 0.9 * s.pairs),
  );
  return {
    label: q.label,
    totalPairs: corpus.pairs.length,
    sourcePairs: n1,
    approved,
    forbidden,
    withoutApproved,
    ngrams: kept.slice(0, top),
  };
}
