import type { Finding } from '../model/Finding';
import { glossaryOf, matchTarget, matchTargetAll, type CompiledGlossary, type TargetHit } from '../glossary';
import type { Check } from './Check';
import { approvedPatterns, countOccurrencesSkipping } from './term/approvedPatterns';
import { keptInEnglish } from './term/keptInEnglish';
import { conceptHits, keepFor, unitTerms, type UnitTerms } from './term/unitTerms';

/**
 * terminology.not-followed — a source term whose approved renderings are missing from the
 * target, counted: "policy" twice in the source and 策略 once in the target is a finding.
 * Counted in the target: approved renderings, the concept's acronym and dnt name, the
 * English term kept verbatim (Dropout), and its forbidden renderings (those are reported by
 * terminology.forbidden, not twice). A rendering inside a longer termbase string counts
 * unless that longer string renders another term of the source. None at all → major; at
 * most half as many as in the source → minor, suspect (Chinese often leaves a repeated term
 * out, so 5 of 6 is not reported). 的 inside a term (模型的训练) is tolerated. Concepts marked
 * `generic` (general-language words) are skipped. Runs only when both sides are non-empty.
 */
export const terminologyNotFollowed: Check = {
  id: 'terminology.not-followed',
  mqm: 'Terminology',
  defaultSeverity: 'major',
  description: 'A source term is not rendered with any of its approved translations.',
  needsSource: true,
  run(unit, ctx) {
    const g = glossaryOf(ctx);
    if (!g || !unit.source.trim() || !unit.target.trim()) return [];
    const terms = unitTerms(g, unit, keepFor(ctx));
    if (!terms.sourceHits.length) return [];
    const counted = countRenderings(matchTargetAll(g, unit.target), terms);
    const out: Finding[] = [];
    // the target without 的, made at most once per unit (several concepts may ask)
    let latin: boolean | undefined;
    let withoutDe: string | undefined;
    const hasDe = unit.target.includes('的');
    const { conceptIds, hitCount } = terms;
    const counts = counted.counts;
    for (let ci = 0; ci < counted.n; ci++) {
      // rendered at least as often as the source has hits of it: nothing to count
      let found = counts[ci];
      if (found >= hitCount[ci]) continue;
      const conceptId = conceptIds[ci];
      const cc = g.concepts.get(conceptId);
      // generic: free rendering of a general-language word
      if (!cc || cc.concept.generic || (!cc.approved.length && !cc.dnt)) continue;
      // occurrences: hits naming the concept (not as an acronym); a word of several concepts
      // (samples: sample or sampling) is satisfied by any of them, and reported once, under
      // its first concept. Counted first without arrays: most concepts are rendered.
      const hits = conceptHits(terms, ci);
      let count = 0;
      let firstHere = false;
      for (const h of hits) {
        if (!isOccurrence(h, conceptId, counted)) continue;
        count++;
        if (h.entries[0].conceptId === conceptId) firstHere = true;
      }
      if (!count || !firstHere) continue;
      if (found >= count) continue;
      // more than half rendered: not reported whatever the steps below add (see the end)
      if (found > 0 && found * 2 > count) continue;
      const occurrences = hits.filter((h) => isOccurrence(h, conceptId, counted));
      // the English term kept as is in the target (Dropout, softmax) is a rendering too
      if ((latin ??= hasLatinLetter(unit.target))) found += keptInEnglish(unit.target, occurrences.map((h) => h.text));
      if (found >= occurrences.length) continue;
      // 模型的训练 for "model training": Chinese may put 的 inside a multi-word term
      // (the costly re-match of the target without 的 runs only when the concept's approved
      // strings occur there more often than already found: an upper bound of what it can add)
      if (hasDe && longApproved(cc.approved)) {
        const patterns = approvedPatterns(cc);
        let bound = countOccurrencesSkipping(unit.target, DE, patterns.plain, false);
        if (bound <= found && patterns.latin.length) bound += countOccurrencesSkipping(unit.target, DE, patterns.latin, true);
        if (bound > found) {
          withoutDe ??= unit.target.replace(/的/g, '');
          found = Math.max(found, countApproved(g, withoutDe, conceptId));
          if (found >= occurrences.length) continue;
        }
      }
      // some renderings present: Chinese often drops a repeated term, so only report when at
      // most half the occurrences are rendered (2 in the source, 1 in the target is reported)
      if (found > 0 && found * 2 > occurrences.length) continue;
      const src = occurrences[Math.min(found, occurrences.length - 1)];
      const renderings = cc.approved.length ? cc.approved.join(' / ') : cc.en;
      const none = found === 0;
      out.push({
        unitId: unit.id,
        check: 'terminology.not-followed',
        severity: none ? 'major' : 'minor',
        mqm: 'Terminology',
        source: { start: src.start, end: src.end, text: src.text },
        message: none
          ? `"${src.text}" is not rendered with the approved ${renderings} anywhere in the target${occurrences.length > 1 ? ` (${occurrences.length}× in the source)` : ''}.`
          : `"${cc.en}" occurs ${occurrences.length}× in the source but its approved rendering (${renderings}) only ${found}× in the target; check the ${ordinal(found + 1)} occurrence.`,
        ...(cc.preferred ? { suggestion: cc.preferred } : {}),
        termId: cc.id,
        confidence: none ? 'certain' : 'suspect',
      });
    }
    return out;
  },
};

const DE = 0x7684; // 的

function isOccurrence(h: TargetHitLike, conceptId: string, counted: ConceptCounts): boolean {
  let names = false;
  for (const e of h.entries) {
    if (e.conceptId === conceptId) {
      if (e.kind !== 'acronym') names = true;
    } else if (counted.get(e.conceptId) > 0) return false;
  }
  return names;
}

interface TargetHitLike {
  entries: { conceptId: string; kind: string }[];
}

/**
 * Renderings counted per source concept, by the concept's slot in the unit's analysis.
 * One instance serves every unit (counting is synchronous): its array is kept, `n` says how
 * much of it is this unit's.
 */
class ConceptCounts {
  n = 0;
  readonly counts: number[] = [];
  slotOf: Map<string, number> = new Map();

  reset(terms: UnitTerms): this {
    this.slotOf = terms.slotOf;
    const n = terms.conceptIds.length;
    const counts = this.counts;
    for (let k = 0; k < n; k++) counts[k] = 0;
    this.n = n;
    return this;
  }

  /** The concept's index, −1 when the source does not hold it. */
  slot(conceptId: string): number {
    const k = this.slotOf.get(conceptId);
    return k === undefined ? -1 : k;
  }

  get(conceptId: string): number {
    const k = this.slotOf.get(conceptId);
    return k === undefined ? 0 : this.counts[k];
  }
}

const shared = new ConceptCounts();

function countRenderings(all: TargetHit[], terms: UnitTerms): ConceptCounts {
  const counted = shared.reset(terms);
  const selected = terms.targetHits;
  const slotOf = terms.slotOf;
  const { counts } = counted;
  // `all` comes sorted by start: the last selected hit starting at or before h moves forward
  // only (were it not sorted, the search restarts)
  let at = -1;
  let prevStart = -1;
  // the last container looked at, and whether it renders a source term (hits inside one
  // longer string come one after the other)
  let lastContainer: TargetHit | undefined;
  let lastContainerIn = false;
  for (let i = 0; i < all.length; i++) {
    const h = all[i];
    const entries = h.entries;
    // most hits have one entry, whose concept the hit carries: one lookup decides
    let only = -1;
    if (entries.length === 1) {
      only = counted.slot(h.conceptId);
      if (only < 0) continue;
    } else if (!anyIn(entries, slotOf)) continue;
    if (h.start < prevStart) at = -1;
    prevStart = h.start;
    while (at + 1 < selected.length && selected[at + 1].start <= h.start) at++;
    // a selected hit is inside no other (selection keeps the longest): no container to seek
    const container = at >= 0 && selected[at] === h ? undefined : containerAt(selected, at, h);
    if (container) {
      if (container !== lastContainer) {
        lastContainer = container;
        lastContainerIn = anyIn(container.entries, slotOf);
      }
      // inside a longer string: counts unless that string renders another source term
      if (lastContainerIn) continue;
    }
    if (only >= 0) {
      if (!container || h.status !== 'forbidden') counts[only]++;
      continue;
    }
    for (const e of entries) {
      if (container && e.status === 'forbidden') continue;
      const k = counted.slot(e.conceptId);
      if (k >= 0) counts[k]++;
    }
  }
  return counted;
}

function anyIn(entries: { conceptId: string }[], concepts: Map<string, unknown>): boolean {
  for (let i = 0; i < entries.length; i++) if (concepts.has(entries[i].conceptId)) return true;
  return false;
}

function longApproved(approved: string[]): boolean {
  for (let i = 0; i < approved.length; i++) if (approved[i].length > 2) return true;
  return false;
}

/**
 * The selected hit strictly containing `h`, if any. Selected hits never contain each other,
 * so sorted by start their ends never decrease: the candidate is the last one starting at
 * or before `h` (index `at`, or one of the two before it when starts tie).
 */
function containerAt(selected: TargetHit[], at: number, h: TargetHit): TargetHit | undefined {
  for (let i = at; i >= 0 && i >= at - 2; i--) {
    const s = selected[i];
    if (s !== h && s.start <= h.start && s.end >= h.end && s.end - s.start > h.end - h.start) return s;
  }
  return undefined;
}

/** Approved renderings (and names, acronyms) of one concept in a text. */
function countApproved(g: CompiledGlossary, text: string, conceptId: string): number {
  let n = 0;
  for (const h of matchTarget(g, text)) if (h.entries.some((e) => e.conceptId === conceptId && e.status !== 'forbidden')) n++;
  return n;
}

function hasLatinLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  }
  return false;
}

function ordinal(n: number): string {
  return n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`;
}
