import type { Concept, Termbase } from './Termbase';

/** Letters or digits in any script (Latin, CJK, Greek …): a term without one is punctuation only. */
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

function describe(c: Concept, i: number): string {
  return c.id ? `concept "${c.id}"` : `concept #${i + 1} (no id)`;
}

function checkText(text: unknown, where: string, problems: string[]): text is string {
  if (typeof text !== 'string' || text.trim() === '') {
    problems.push(`${where}: the term is empty; give it text or remove it.`);
    return false;
  }
  if (!HAS_WORD_CHAR.test(text)) {
    problems.push(`${where}: "${text}" is punctuation only; a term needs letters or digits.`);
    return false;
  }
  if (text !== text.trim()) {
    problems.push(`${where}: "${text}" has leading or trailing spaces; trim it.`);
  }
  return true;
}

/**
 * Structural problems of a termbase, one readable sentence each (empty when clean):
 * empty or punctuation-only terms, missing or duplicate ids, a concept without approved
 * Chinese (or with more than one preferred), a forbidden rendering equal to an approved
 * one, a severity on an approved rendering or out of minor/major/critical, the same Chinese
 * twice in a concept, and English terms (with their variants and
 * acronyms, case-folded) claimed by two concepts. Do-not-translate names must keep their
 * English name as the approved Chinese.
 */
export function validateTermbase(tb: Termbase): string[] {
  const problems: string[] = [];
  if (!tb || !Array.isArray(tb.concepts)) {
    return ['The termbase has no "concepts" list; expected {id, name, priority, concepts: [...]}.'];
  }
  const ids = new Map<string, number>();
  const enOwner = new Map<string, string>();
  const acronymOwner = new Map<string, string>();

  tb.concepts.forEach((c, i) => {
    const who = describe(c, i);
    if (!c.id || typeof c.id !== 'string') {
      problems.push(`${who}: missing id; give every concept a stable id such as "rl.policy".`);
    } else if (ids.has(c.id)) {
      problems.push(`${who}: duplicate id (also concept #${(ids.get(c.id) ?? 0) + 1}); ids must be unique.`);
    } else {
      ids.set(c.id, i);
    }

    const en = Array.isArray(c.en) ? c.en : [];
    const zh = Array.isArray(c.zh) ? c.zh : [];
    if (en.length === 0) problems.push(`${who}: no English term; add at least one.`);

    const ownForms = new Set<string>();
    for (const term of en) {
      if (!checkText(term?.text, `${who}, English term`, problems)) continue;
      const forms = [term.text, ...(term.variants ?? [])];
      for (const [k, form] of forms.entries()) {
        if (k > 0 && !checkText(form, `${who}, variant of "${term.text}"`, problems)) continue;
        const key = form.trim().toLowerCase();
        if (ownForms.has(key)) continue;
        ownForms.add(key);
        const other = enOwner.get(key);
        if (other && other !== c.id) {
          problems.push(`${who}: English "${form}" is also a term of concept "${other}"; keep it in one concept.`);
        } else {
          enOwner.set(key, c.id);
        }
      }
      if (term.acronym !== undefined && checkText(term.acronym, `${who}, acronym of "${term.text}"`, problems)) {
        const other = acronymOwner.get(term.acronym);
        if (other && other !== c.id) {
          problems.push(`${who}: acronym "${term.acronym}" is also the acronym of concept "${other}".`);
        } else {
          acronymOwner.set(term.acronym, c.id);
        }
      }
    }

    const approved = new Set<string>();
    const seen = new Set<string>();
    let preferred = 0;
    for (const z of zh) {
      if (!checkText(z?.text, `${who}, Chinese term`, problems)) continue;
      if (seen.has(z.text)) problems.push(`${who}: Chinese "${z.text}" is listed twice.`);
      seen.add(z.text);
      if (z.status === 'preferred') preferred++;
      if (z.status === 'preferred' || z.status === 'admitted') approved.add(z.text);
      else if (z.status !== 'forbidden') {
        problems.push(`${who}: Chinese "${z.text}" has status "${String(z.status)}"; use preferred, admitted or forbidden.`);
      }
    }
    if (approved.size === 0) {
      problems.push(`${who}: no approved Chinese; mark one rendering "preferred".`);
    } else if (preferred !== 1) {
      problems.push(`${who}: ${preferred} preferred Chinese renderings; mark exactly one "preferred", the others "admitted".`);
    }
    for (const z of zh) {
      if (z?.status === 'forbidden' && approved.has(z.text)) {
        problems.push(`${who}: "${z.text}" is both approved and forbidden; keep one status.`);
      }
      if (z?.severity !== undefined) {
        if (z.status !== 'forbidden') problems.push(`${who}: "${z.text}" has a severity but is ${String(z.status)}; only a forbidden rendering has one.`);
        else if (z.severity !== 'minor' && z.severity !== 'major' && z.severity !== 'critical') {
          problems.push(`${who}: "${z.text}" has severity "${String(z.severity)}"; use minor, major or critical.`);
        }
      }
    }
    if (c.dnt && en.length > 0 && !zh.some((z) => z.status === 'preferred' && z.text === en[0]?.text)) {
      problems.push(`${who}: do-not-translate name, so its preferred Chinese must be "${en[0]?.text}" itself.`);
    }
  });
  return problems;
}
