import type { Finding } from '../model/Finding';
import { glossaryOf, matchTarget, type CompiledConcept, type CompiledGlossary, type SourceHit } from '../glossary';
import type { Check } from './Check';
import { approvedPatterns, countOccurrencesSkipping } from './term/approvedPatterns';
import { deRemoval, mayGainWithoutDe, type DeRemoval } from './term/deRemoval';
import { keptInEnglish } from './term/keptInEnglish';
import { targetPass, type TargetPass } from './term/targetPass';
import { conceptHits, keepFor, unitTerms } from './term/unitTerms';
import { hasLatinLetter } from './term/hasLatinLetter';
import { conceptOf, conceptTable, NF_LONG, NF_SKIP, notFollowedFlags } from './term/conceptTable';
import { missedOccurrence } from './term/missedOccurrence';
import { countSplitRenderings } from './term/splitRenderings';
import { surplusInside } from './term/surplusInside';
import { targetIsEnglish } from './util/unitCache';

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
    // renderings counted per source concept by the term checks' shared pass over the target's hits
    const counted = targetPass(terms);
    const out: Finding[] = [];
    // the target without 的, made at most once per unit (several concepts may ask)
    let latin: boolean | undefined;
    let english: boolean | undefined;
    let withoutDe: string | undefined;
    let removal: DeRemoval | undefined;
    const hasDe = unit.target.includes('的');
    const { conceptIds, conceptNos, hitCount } = terms;
    const table = conceptTable(g);
    const counts = counted.counts;
    for (let ci = 0; ci < conceptIds.length; ci++) {
      // rendered at least as often as the source has hits of it: nothing to count
      let found = counts[ci];
      if (found >= hitCount[ci]) continue;
      const conceptId = conceptIds[ci];
      // generic (free rendering of a general-language word), or nothing approved: decided
      // once per concept and kept by its number (no glossary object read again)
      const no = conceptNos[ci];
      const flags = notFollowedFlags(g, table, no, conceptId);
      if (flags & NF_SKIP) continue;
      // occurrences: hits naming the concept (not as an acronym); a word of several concepts
      // (samples: sample or sampling) is satisfied by any of them, and reported once, under
      // its first concept. Counted first without arrays: most concepts are rendered.
      const hits = conceptHits(terms, ci);
      let count = 0;
      let firstHere = false;
      for (let k = 0; k < hits.length; k++) {
        const h = hits[k];
        if (!isOccurrence(h, conceptId, counted)) continue;
        count++;
        if (h.conceptId === conceptId) firstHere = true;
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
      // (the costly re-match of the target without 的 runs only when it can add something: not
      // when the approved strings occur there, 的 passed over, no more often than already found,
      // nor when no approved string can span a 的 and no hit changes without them (see
      // DeRemoval). The count, per concept, comes first: it rules out most concepts, and the
      // runs of 的, a pass over the target, are then read in few units)
      const cc = conceptOf(g, table, no, conceptId)!;
      if (hasDe && (flags & NF_LONG) !== 0) {
        const patterns = approvedPatterns(cc);
        let bound = countOccurrencesSkipping(unit.target, DE, patterns.plain, false);
        if (bound <= found && patterns.latin.length) bound += countOccurrencesSkipping(unit.target, DE, patterns.latin, true);
        if (bound > found && mayGainWithoutDe((removal ??= deRemoval(unit.target, terms.targetHits)), patterns)) {
          withoutDe ??= unit.target.replace(/的/g, '');
          found = Math.max(found, countApproved(g, withoutDe, conceptId));
          if (found >= occurrences.length) continue;
        }
      }
      // some renderings present: Chinese often drops a repeated term, so only report when at
      // most half the occurrences are rendered (2 in the source, 1 in the target is reported)
      if (found > 0 && found * 2 > occurrences.length) continue;
      // a finding unless the rendering hides inside a longer string the target has to spare
      // (节点嵌入 once more than "node embedding"), or comes in two parts (对抗性和干净的样本,
      // 调整超参数, PGD攻击 for "PGD adversarial attacks"): looked for only now, for a finding
      found += surplusInside(terms, counted, conceptId, no);
      if (found < occurrences.length) {
        const patterns = approvedPatterns(cc);
        found += countSplitRenderings(unit.target, patterns.plain, acronymBefore(unit.source, occurrences), patterns.latin);
      }
      if (found >= occurrences.length || (found > 0 && found * 2 > occurrences.length)) continue;
      // a target that is English as a whole (an MT service's error message) is reported by
      // untranslated; its terms are not findings (decided once per unit, by the split's counts)
      if ((english ??= targetIsEnglish(unit))) return [];
      // the occurrence to check: by sentence alignment (the first in a pair with fewer
      // renderings than occurrences), else the one after as many as are rendered
      const missed = found > 0 && occurrences.length > 1 ? missedOccurrence(unit, terms, conceptId, no, occurrences) : -1;
      const which = missed >= 0 ? missed : Math.min(found, occurrences.length - 1);
      const src = occurrences[which];
      const renderings = renderingsOf(cc);
      const none = found === 0;
      const severity = none ? 'major' : 'minor';
      const source = { start: src.start, end: src.end, text: src.text };
      const message = none
        ? `"${src.text}" is not rendered with the approved ${renderings} anywhere in the target${occurrences.length > 1 ? ` (${occurrences.length}× in the source)` : ''}.`
        : `${named(src.text, cc.en)} occurs ${occurrences.length}× in the source but its approved rendering (${renderings}) only ${found}× in the target; check the ${ordinal(which + 1)} occurrence.`;
      const confidence = none ? 'certain' : 'suspect';
      // keys in the order findings have always had (the suggestion, when there is one, after the message)
      const preferred = cc.preferred;
      out.push(
        preferred
          ? { unitId: unit.id, check: 'terminology.not-followed', severity, mqm: 'Terminology', source, message, suggestion: preferred, termId: cc.id, confidence }
          : { unitId: unit.id, check: 'terminology.not-followed', severity, mqm: 'Terminology', source, message, termId: cc.id, confidence },
      );
    }
    return out;
  },
};

const DE = 0x7684; // 的

/** Per concept: its approved renderings as messages list them (made on its first finding). */
const renderingLists = new WeakMap<CompiledConcept, string>();

function renderingsOf(cc: CompiledConcept): string {
  let list = renderingLists.get(cc);
  if (list === undefined) renderingLists.set(cc, (list = cc.approved.length ? cc.approved.join(' / ') : cc.en));
  return list;
}

/** A hit naming the concept (one of `conceptHits`) is an occurrence of it: not as an acronym, and no other concept of it rendered. */
function isOccurrence(h: SourceHit, conceptId: string, counted: TargetPass): boolean {
  // one entry (most hits): that of the concept, whose kind the hit carries
  if (h.entries.length === 1) return h.kind !== 'acronym';
  let names = false;
  for (const e of h.entries) {
    if (e.conceptId === conceptId) {
      if (e.kind !== 'acronym') names = true;
    } else if (counted.countOf(e.conceptId) > 0) return false;
  }
  return names;
}

/** Approved renderings (and names, acronyms) of one concept in a text. */
function countApproved(g: CompiledGlossary, text: string, conceptId: string): number {
  let n = 0;
  for (const h of matchTarget(g, text)) if (h.entries.some((e) => e.conceptId === conceptId && e.status !== 'forbidden')) n++;
  return n;
}

/**
 * The word right before the first occurrence (a space between) when it is an acronym: two
 * capitals or more and no more small letters, digits and hyphens (PGD in "PGD adversarial
 * attacks", not Distribution-Optimized).
 */
function acronymBefore(source: string, occurrences: SourceHit[]): string | undefined {
  for (const h of occurrences) {
    let end = h.start;
    if (end < 2 || source.charCodeAt(end - 1) !== 0x20) continue;
    end--;
    let start = end;
    let capitals = 0;
    let small = 0;
    for (; start > 0; start--) {
      const c = source.charCodeAt(start - 1);
      if (c >= 0x41 && c <= 0x5a) capitals++;
      else if (c >= 0x61 && c <= 0x7a) small++;
      else if (!((c >= 0x30 && c <= 0x39) || c === 0x2d)) break;
    }
    if (capitals >= 2 && small <= capitals) return source.slice(start, end);
  }
  return undefined;
}

/** The occurrence as the source writes it, with the concept's term when that is another word ("segmentation" (image segmentation)). */
function named(text: string, en: string): string {
  const t = text.toLowerCase();
  const e = en.toLowerCase();
  return t === e || t.startsWith(e) ? `"${text}"` : `"${text}" (${en})`;
}

function ordinal(n: number): string {
  return n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`;
}
