import { isCompiledGlossary, type CompiledGlossary } from '../glossary';
import type { Correction, EnglishEvidence, TermCandidate } from './Correction';
import { chooseEnglishByCooccurrence, type ChangeEvidence } from './chooseEnglishByCooccurrence';
import { PhraseBackground } from './PhraseBackground';
import { markConflicts, markKnown } from './markCandidates';
import { conceptForRenderings } from './conceptForRenderings';
import { englishPhraseKeys } from './findEnglishPhrase';
import { sentencePairs } from './sentencePairs';
import { termChanges, type TermChange } from './termChanges';
import { termHitsFromGlossary, type LearnTermHit, type TermHitsFn } from './termHitsFromGlossary';

export interface ExtractOptions {
  /** Hits of termbase renderings with their English (default: from `glossary` when given). */
  termHits?: TermHitsFn;
}

interface Observed {
  correction: Correction;
  change: TermChange;
  english: string;
  termbase?: { en: string; conceptId?: string };
  literal?: string;
}

/**
 * Proposes termbase entries from reviewers' corrections (issue 6, item 1).
 * For each correction, the MT and the corrected text are diffed word by word and each
 * terminology-like replacement (see `termChanges`: not punctuation, spacing, function
 * words, numbers, moves or rewrites) is linked to the English it renders:
 * 1. a termbase hit: a rendering of a concept, approved or forbidden, that covers the
 *    changed span on either side and whose English term is in the source; without a
 *    source (target-only review), the concept holding both renderings (`conceptForRenderings`);
 * 2. a Latin name that the source spells out (Openai → OpenAI);
 * 3. co-occurrence across all units with the same replacement, within the aligned source
 *    sentence, else the whole source (see `chooseEnglishByCooccurrence`).
 * Repeats merge into one candidate per (wrong, right) with the units as evidence.
 * A candidate is in conflict when reviewers chose another rendering for the same English
 * term or for the same wrong rendering.
 */
export function extractCandidates(corrections: readonly Correction[], glossary?: CompiledGlossary | null, options: ExtractOptions = {}): TermCandidate[] {
  const termHits = options.termHits ?? (glossary && isCompiledGlossary(glossary) ? termHitsFromGlossary(glossary) : undefined);
  const observed: Observed[] = [];
  for (const c of corrections) {
    const changes = termChanges(c.mt, c.corrected);
    if (changes.length === 0) continue;
    const pairs = sentencePairs(c.source, c.mt);
    const mtHits = termHits ? termHits(c.source, c.mt) : [];
    const corrHits = termHits ? termHits(c.source, c.corrected) : [];
    for (const found of changes) {
      const ch = widenToTerms(found, c, mtHits, corrHits);
      const pair = pairs.find((p) => ch.mtStart >= p.target.start && ch.mtStart < p.target.end) ?? pairs[0];
      const hit = bestHit(mtHits, ch.mtStart, ch.mtEnd) ?? bestHit(corrHits, ch.corrStart, ch.corrEnd);
      observed.push({
        correction: c,
        change: ch,
        english: pair ? pair.source.text : c.source,
        termbase: hit ? { en: hit.en, conceptId: hit.conceptId } : undefined,
        literal: literalEnglish(c.source, ch),
      });
    }
  }
  const groups = new Map<string, Observed[]>();
  for (const o of observed) {
    const k = `${o.change.wrong}\u0000${o.change.right}`;
    const list = groups.get(k);
    if (list) list.push(o);
    else groups.set(k, [o]);
  }
  const candidates: TermCandidate[] = [];
  const background = new PhraseBackground(corrections);
  // Changes that share the wrong or the right rendering render the same English term:
  // their units pool their evidence for co-occurrence (代理→智能体 and 代理→主体 both say "agent").
  const byWrong = new Map<string, Observed[]>();
  const byRight = new Map<string, Observed[]>();
  for (const o of observed) {
    (byWrong.get(o.change.wrong) ?? byWrong.set(o.change.wrong, []).get(o.change.wrong)!).push(o);
    (byRight.get(o.change.right) ?? byRight.set(o.change.right, []).get(o.change.right)!).push(o);
  }
  for (const list of groups.values()) {
    const { wrong, right } = list[0].change;
    const pool = [...new Set([...(byWrong.get(wrong) ?? []), ...(byRight.get(right) ?? [])])];
    candidates.push(toCandidate(list, pool, corrections, background, glossary && isCompiledGlossary(glossary) ? glossary : undefined));
  }
  markConflicts(candidates);
  if (glossary && isCompiledGlossary(glossary)) markKnown(candidates, glossary);
  return candidates.sort((a, b) => b.count - a.count || (a.en || '\uffff').localeCompare(b.en || '\uffff') || a.wrong.localeCompare(b.wrong));
}

/**
 * A change inside one termbase rendering on both sides (预先 → 预 inside 预先训练 → 预训练, one
 * concept) is reported as the whole renderings, unless a rendering lies within the change.
 */
function widenToTerms(ch: TermChange, c: Correction, mtHits: LearnTermHit[], corrHits: LearnTermHit[]): TermChange {
  // A rendering that is the change itself or lies inside it (培训 in 培训数据) already names the term.
  if (mtHits.some((h) => h.start >= ch.mtStart && h.end <= ch.mtEnd)) return ch;
  const around = (hits: LearnTermHit[], s: number, e: number) =>
    hits.filter((h) => h.start <= s && h.end >= e && h.end - h.start > e - s).sort((x, y) => x.end - x.start - (y.end - y.start));
  for (const m of around(mtHits, ch.mtStart, ch.mtEnd)) {
    const r = around(corrHits, ch.corrStart, ch.corrEnd).find((h) => h.conceptId !== undefined && h.conceptId === m.conceptId);
    if (!r) continue;
    const wrong = c.mt.slice(m.start, m.end);
    const right = c.corrected.slice(r.start, r.end);
    if (wrong === right) continue;
    return { wrong, right, mtStart: m.start, mtEnd: m.end, corrStart: r.start, corrEnd: r.end };
  }
  return ch;
}

/** Exact span first, then the largest hit inside the change, then the smallest hit around it. */
function bestHit(hits: LearnTermHit[], start: number, end: number): LearnTermHit | undefined {
  let best: LearnTermHit | undefined;
  let bestRank = Infinity;
  for (const h of hits) {
    if (h.end <= start || h.start >= end) continue;
    let rank: number;
    if (h.start === start && h.end === end) rank = 0;
    else if (h.start >= start && h.end <= end) rank = 1000 - (h.end - h.start);
    else if (h.start <= start && h.end >= end) rank = 2000 + (h.end - h.start);
    else continue;
    if (rank < bestRank) {
      bestRank = rank;
      best = h;
    }
  }
  return best;
}

/** A Latin name the source spells (Openai → OpenAI with "OpenAI Gym" in the source). */
function literalEnglish(source: string, ch: TermChange): string | undefined {
  const LATIN = /[A-Za-z][A-Za-z0-9\-. ]*[A-Za-z0-9]|[A-Za-z]/g;
  // Latin text both sides write identically is context, not the fix (RL in RL政策 → RL策略).
  const rightLatin: string[] = ch.right.match(LATIN) ?? [];
  const unchanged = new Set((ch.wrong.match(LATIN) ?? []).filter((w) => rightLatin.includes(w)));
  for (const side of [ch.right, ch.wrong]) {
    const latin = side.match(LATIN);
    if (!latin) continue;
    for (const word of latin.sort((a, b) => b.length - a.length)) {
      if (word.length < 2 || unchanged.has(word)) continue;
      const re = new RegExp(`(?<![A-Za-z0-9])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'i');
      const m = re.exec(source);
      if (m) return m[0];
    }
  }
  return undefined;
}

function toCandidate(list: Observed[], pool: Observed[], all: readonly Correction[], background: PhraseBackground, g?: CompiledGlossary): TermCandidate {
  const { wrong, right } = list[0].change;
  const evidence = unique(list.map((o) => o.correction.unitId));
  const reviewers = unique(list.map((o) => o.correction.reviewer).filter((r): r is string => !!r));
  const dates = unique(list.map((o) => o.correction.date).filter((d): d is string => !!d)).sort();
  let en = '';
  let via: EnglishEvidence = 'none';
  let conceptId: string | undefined;
  let enAlternatives: string[] | undefined;
  const tb = majority(list.filter((o) => o.termbase).map((o) => o.termbase!), (t) => englishPhraseKeys(t.en).join(' '));
  const lit = majority(list.filter((o) => o.literal).map((o) => o.literal!), (l) => l.toLowerCase());
  const byRendering = !tb && !lit && g ? conceptForRenderings(g, wrong, right) : undefined;
  if (tb) {
    en = tb.en;
    conceptId = tb.conceptId;
    via = 'termbase';
  } else if (byRendering) {
    en = byRendering.en;
    conceptId = byRendering.id;
    via = 'termbase';
  } else if (lit) {
    en = lit;
    via = 'literal';
  } else {
    const perUnit = new Map<string, ChangeEvidence & { sentences: Set<string> }>();
    for (const o of pool) {
      const id = o.correction.unitId;
      let ev = perUnit.get(id);
      if (!ev) perUnit.set(id, (ev = { unitId: id, english: '', occurrences: 0, sentences: new Set() }));
      ev.occurrences += 1;
      ev.sentences.add(o.english);
    }
    const group = [...perUnit.values()].map((e) => ({ unitId: e.unitId, occurrences: e.occurrences, english: [...e.sentences].join(' ') }));
    // Background: corrected units outside the pool whose MT uses neither rendering (units
    // with 训练 already right say nothing against "training" being the term).
    const excluded = all.filter((c) => perUnit.has(c.unitId) || c.mt.includes(wrong) || c.mt.includes(right));
    const df = (key: string) => background.df(key) - background.dfAmong(excluded, key);
    let choice = chooseEnglishByCooccurrence(group, df);
    if (!choice.en && group.length > 1) {
      // The sentence alignment may have missed: try the whole sources of the units.
      const sources = new Map(pool.map((o) => [o.correction.unitId, o.correction.source]));
      const wide = chooseEnglishByCooccurrence(group.map((e) => ({ ...e, english: sources.get(e.unitId) ?? e.english })), df);
      if (wide.en) choice = wide;
    }
    en = choice.en;
    via = en ? 'cooccurrence' : 'none';
    if (choice.alternatives.length) enAlternatives = choice.alternatives;
  }
  const cand: TermCandidate = { en, wrong, right, count: evidence.length, occurrences: list.length, evidence, reviewers, dates, via };
  if (conceptId) cand.conceptId = conceptId;
  if (enAlternatives) cand.enAlternatives = enAlternatives;
  return cand;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function majority<T>(xs: T[], key: (x: T) => string): T | undefined {
  const counts = new Map<string, { n: number; first: T }>();
  for (const x of xs) {
    const k = key(x);
    const c = counts.get(k);
    if (c) c.n += 1;
    else counts.set(k, { n: 1, first: x });
  }
  let best: { n: number; first: T } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.first;
}
