import type { Finding } from '../model/Finding';
import { glossaryOf, type CompiledConcept, type SourceHit, type TargetEntry, type TargetHit } from '../glossary';
import type { Check } from './Check';
import { targetPass } from './term/targetPass';
import { keepFor, unitTerms } from './term/unitTerms';
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
    const terms = unitTerms(g, unit, keepFor(ctx));
    const { hasSource, slotOf } = terms;
    // the hits that may be forbidden, picked out by the term checks' shared pass (most hits
    // are one approved rendering, whose status the hit carries)
    const pass = targetPass(terms);
    const candidates = pass.forbidden;
    let out: Finding[] | undefined;
    for (let i = 0; i < pass.nForbidden; i++) {
      const hit = candidates[i];
      const entries = hit.entries;
      // one pass over the entries: the first forbidden one, the first of those whose concept
      // the source holds, the first not needing the source term, and the approved others
      let first: TargetEntry | undefined;
      let inSource: TargetEntry | undefined;
      let unconditional: TargetEntry | undefined;
      let approvedElsewhere = false;
      let approvedInSource = false;
      for (let k = 0; k < entries.length; k++) {
        const e = entries[k];
        if (e.status === 'forbidden') {
          first ??= e;
          if (!inSource && slotOf.has(e.conceptId)) inSource = e;
          if (!unconditional && !e.requiresSourceTerm) unconditional = e;
        } else {
          approvedElsewhere = true;
          if (hasSource && !approvedInSource && slotOf.has(e.conceptId)) approvedInSource = true;
        }
      }
      if (!first || approvedInSource) continue;
      let entry: TargetEntry;
      let severity: Finding['severity'];
      let confidence: Finding['confidence'];
      if (inSource) {
        entry = inSource;
        severity = 'major';
        confidence = 'certain';
      } else {
        if (hasSource && !unconditional) continue;
        entry = unconditional ?? first;
        const weak = !unconditional || approvedElsewhere || hasSource;
        severity = weak ? 'minor' : 'major';
        confidence = 'suspect';
      }
      const cc = g.concepts.get(entry.conceptId);
      if (!cc) continue;
      const src = inSource ? terms.sourceHits[terms.firstHit[slotOf.get(entry.conceptId)!]] : undefined;
      (out ??= []).push(finding(unit.id, hit, entry, cc, src, severity, confidence, hasSource));
    }
    return out ?? [];
  },
};

/** The finding for one forbidden hit (built only for the hits reported). */
function finding(
  unitId: string, hit: TargetHit, entry: TargetEntry, cc: CompiledConcept, src: SourceHit | undefined,
  severity: Finding['severity'], confidence: Finding['confidence'], hasSource: boolean,
): Finding {
  const en = src?.text ?? cc.en;
  const use = cc.preferred ? `; for "${en}" use ${cc.preferred}` : '';
  const what = reasonOf(hit.text, entry, cc) ?? `${hit.text} is not the ML term for "${en}"`;
  const unsure = confidence === 'suspect'
    ? hasSource
      ? ` The source has no "${cc.en}", so this may be a different sense.`
      : ` No source to confirm the sense${entry.requiresSourceTerm ? `: ${hit.text} is right in other contexts` : ''}.`
    : '';
  const target = { start: hit.start, end: hit.end, text: hit.text };
  const message = `${what}${use}.${unsure}`;
  // keys in the order findings have always had (source before message, when there is one)
  const f: Finding = src
    ? { unitId, check: 'terminology.forbidden', severity, mqm: 'Terminology', target, source: { start: src.start, end: src.end, text: src.text }, message }
    : { unitId, check: 'terminology.forbidden', severity, mqm: 'Terminology', target, message };
  if (cc.preferred) f.suggestion = cc.preferred;
  f.termId = cc.id;
  f.confidence = confidence;
  return f;
}

/**
 * `whyForbidden` for a rendering as the hit writes it, worked out once per termbase entry
 * and text (the notes are parsed with regexes): entries belong to one compiled glossary.
 */
const reasons = new WeakMap<TargetEntry, Map<string, string | undefined>>();

function reasonOf(text: string, entry: TargetEntry, cc: CompiledConcept): string | undefined {
  let byText = reasons.get(entry);
  if (!byText) reasons.set(entry, (byText = new Map()));
  if (byText.has(text)) return byText.get(text);
  const why = whyForbidden(text, entry.note, cc.concept.note);
  byText.set(text, why);
  return why;
}
