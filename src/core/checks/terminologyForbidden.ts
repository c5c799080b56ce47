import type { Finding } from '../model/Finding';
import { glossaryOf, type TargetEntry } from '../glossary';
import type { Check } from './Check';
import { documentMemo } from './term/documentMemo';
import { unitTerms } from './term/unitTerms';
import { whyForbidden } from './term/whyForbidden';

/**
 * terminology.forbidden — a forbidden rendering in the target (培训 for ML "training").
 * - source holds the concept's term → certain, major, with the source span;
 * - no source → major but `suspect`; a rendering that is forbidden only in context
 *   (`requiresSourceTerm`, e.g. 州 for "state") or approved for another concept → minor, suspect;
 * - source present without the term → no finding for context-dependent renderings, and
 *   minor/suspect for the others.
 * A rendering inside a longer termbase string is not a hit (预训练 does not contain a 训练 hit).
 */
export const terminologyForbidden: Check = {
  id: 'terminology.forbidden',
  mqm: 'Terminology',
  defaultSeverity: 'major',
  description: 'A rendering the termbase forbids (a known mistranslation) appears in the target.',
  run(unit, ctx) {
    const g = glossaryOf(ctx);
    if (!g || !unit.target) return [];
    const { hasSource, sourceByConcept, targetHits } = unitTerms(g, unit);
    const out: Finding[] = [];
    for (const hit of targetHits) {
      // most hits are approved renderings: decided without an array
      if (!anyForbidden(hit.entries)) continue;
      const forbidden = hit.entries.filter((e) => e.status === 'forbidden');
      const approvedElsewhere = hit.entries.filter((e) => e.status !== 'forbidden');
      if (hasSource && approvedElsewhere.some((e) => sourceByConcept.has(e.conceptId))) continue;
      const inSource = forbidden.find((e) => sourceByConcept.has(e.conceptId));
      let entry: TargetEntry;
      let severity: Finding['severity'];
      let confidence: Finding['confidence'];
      if (inSource) {
        entry = inSource;
        severity = 'major';
        confidence = 'certain';
      } else {
        const unconditional = forbidden.find((e) => !e.requiresSourceTerm);
        if (hasSource && !unconditional) continue;
        entry = unconditional ?? forbidden[0];
        const weak = !unconditional || approvedElsewhere.length > 0 || hasSource;
        severity = weak ? 'minor' : 'major';
        confidence = 'suspect';
      }
      const cc = g.concepts.get(entry.conceptId);
      if (!cc) continue;
      const src = inSource ? sourceByConcept.get(entry.conceptId)![0] : undefined;
      const en = src?.text ?? cc.en;
      const use = cc.preferred ? `; for "${en}" use ${cc.preferred}` : '';
      const reasons = documentMemo(g, cc); // per concept: the note is parsed once per rendering
      const key = `why:${hit.text}`;
      if (!(key in reasons)) reasons[key] = whyForbidden(hit.text, entry.note, cc.concept.note);
      const why = reasons[key] as string | undefined;
      const what = why ?? `${hit.text} is not the ML term for "${en}"`;
      const unsure = confidence === 'suspect'
        ? hasSource
          ? ` The source has no "${cc.en}", so this may be a different sense.`
          : ` No source to confirm the sense${entry.requiresSourceTerm ? `: ${hit.text} is right in other contexts` : ''}.`
        : '';
      out.push({
        unitId: unit.id,
        check: 'terminology.forbidden',
        severity,
        mqm: 'Terminology',
        target: { start: hit.start, end: hit.end, text: hit.text },
        ...(src ? { source: { start: src.start, end: src.end, text: src.text } } : {}),
        message: `${what}${use}.${unsure}`,
        ...(cc.preferred ? { suggestion: cc.preferred } : {}),
        termId: cc.id,
        confidence,
      });
    }
    return out;
  },
};

function anyForbidden(entries: TargetEntry[]): boolean {
  for (let i = 0; i < entries.length; i++) if (entries[i].status === 'forbidden') return true;
  return false;
}
