import type { Finding } from '../model/Finding';
import { glossaryOf, type CompiledConcept, type SourceHit, type TargetEntry, type TargetHit } from '../glossary';
import type { Check } from './Check';
import { targetPass } from './term/targetPass';
import { keepFor, unitTerms } from './term/unitTerms';
import { whyForbidden } from './term/whyForbidden';
import { conceptOf, conceptTable, type ConceptTable } from './term/conceptTable';

/**
 * terminology.forbidden — a forbidden rendering in the target (培训 for ML "training").
 * - source holds the concept's term → certain, major (or the rendering's own `severity`:
 *   minor for 健壮性, clear but not the field's term), with the source span;
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
    const hasSource = terms.hasSource;
    // the hits that may be forbidden, picked out by the term checks' shared pass (most hits
    // are one approved rendering, whose status the hit carries)
    const pass = targetPass(terms);
    const candidates = pass.forbidden;
    let out: Finding[] | undefined;
    let table: ConceptTable | undefined;
    for (let i = 0; i < pass.nForbidden; i++) {
      const hit = candidates[i];
      const entries = hit.entries;
      // one pass over the entries: the first forbidden one, the first of those whose concept
      // the source holds, the first not needing the source term, and the approved others
      let first: TargetEntry | undefined;
      let inSource: TargetEntry | undefined;
      let inSourceSlot = -1;
      let unconditional: TargetEntry | undefined;
      let approvedElsewhere = false;
      let approvedInSource = false;
      for (let k = 0; k < entries.length; k++) {
        const e = entries[k];
        if (e.status === 'forbidden') {
          first ??= e;
          if (!inSource && (inSourceSlot = pass.sourceSlot(e)) >= 0) inSource = e;
          if (!unconditional && !e.requiresSourceTerm) unconditional = e;
        } else {
          approvedElsewhere = true;
          if (hasSource && !approvedInSource && pass.sourceSlot(e) >= 0) approvedInSource = true;
        }
      }
      if (!first || approvedInSource) continue;
      let entry: TargetEntry;
      let severity: Finding['severity'];
      let confidence: Finding['confidence'];
      if (inSource) {
        entry = inSource;
        severity = inSource.severity ?? 'major';
        confidence = 'certain';
      } else {
        if (hasSource && !unconditional) continue;
        entry = unconditional ?? first;
        const weak = !unconditional || approvedElsewhere || hasSource;
        severity = weak ? 'minor' : (entry.severity ?? 'major');
        confidence = 'suspect';
      }
      const cc = conceptOf(g, (table ??= conceptTable(g)), entry.conceptNo ?? -1, entry.conceptId);
      if (!cc) continue;
      const src = inSource ? terms.sourceHits[terms.firstHit[inSourceSlot]] : undefined;
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
  const target = { start: hit.start, end: hit.end, text: hit.text };
  const message = messageOf(hit.text, entry, cc, en, confidence === 'suspect' ? (hasSource ? SUSPECT_SOURCE : SUSPECT_NO_SOURCE) : CERTAIN);
  // keys in the order findings have always had (source before message, when there is one)
  const f: Finding = src
    ? { unitId, check: 'terminology.forbidden', severity, mqm: 'Terminology', target, source: { start: src.start, end: src.end, text: src.text }, message }
    : { unitId, check: 'terminology.forbidden', severity, mqm: 'Terminology', target, message };
  if (cc.preferred) f.suggestion = cc.preferred;
  f.termId = cc.id;
  f.confidence = confidence;
  return f;
}

const CERTAIN = 0;
const SUSPECT_SOURCE = 1;
const SUSPECT_NO_SOURCE = 2;

/**
 * What is known of a termbase entry's findings: `whyForbidden` per rendering as hits write it
 * (the notes are parsed with regexes), and the last messages made (a message depends on the
 * entry, the rendering, the English named and the confidence alone; a corpus repeats them).
 * Entries belong to one compiled glossary.
 */
interface EntryNotes {
  why: Map<string, string | undefined>;
  said: { text: string; en: string; kind: number; message: string }[];
}

const notes = new WeakMap<TargetEntry, EntryNotes>();

/** Messages kept per entry (a few renderings × English forms × confidences). */
const SAID_PER_ENTRY = 12;

function messageOf(text: string, entry: TargetEntry, cc: CompiledConcept, en: string, kind: number): string {
  let n = notes.get(entry);
  if (!n) notes.set(entry, (n = { why: new Map(), said: [] }));
  const said = n.said;
  for (let i = 0; i < said.length; i++) {
    const s = said[i];
    if (s.text === text && s.en === en && s.kind === kind) return s.message;
  }
  let why: string | undefined;
  if (n.why.has(text)) why = n.why.get(text);
  else n.why.set(text, (why = whyForbidden(text, entry.note, cc.concept.note)));
  const use = cc.preferred ? `; for "${en}" use ${cc.preferred}` : '';
  const what = why ?? `${text} is not the ML term for "${en}"`;
  const unsure = kind === SUSPECT_SOURCE
    ? ` The source has no "${cc.en}", so this may be a different sense.`
    : kind === SUSPECT_NO_SOURCE
      ? ` No source to confirm the sense${entry.requiresSourceTerm ? `: ${text} is right in other contexts` : ''}.`
      : '';
  const message = `${what}${use}.${unsure}`;
  if (said.length < SAID_PER_ENTRY) said.push({ text, en, kind, message });
  return message;
}
