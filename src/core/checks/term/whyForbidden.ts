/**
 * A short reason why a rendering is wrong, taken from the termbase's notes: the rendering's
 * own note, else the sentence of the concept note that glosses it — "培训 is vocational
 * training of people", "州 (U.S. state)" → "州 means U.S. state". Undefined when no note says.
 *
 * What follows the rendering is read by two fixed sticky patterns at each place the note
 * writes the rendering, first place first: the same matches as `<rendering>(pattern)`
 * searched from the start, without compiling a regex for each rendering (a new text meets
 * renderings the process has not seen; compiling two patterns cost ~20 µs a rendering).
 */
export function whyForbidden(text: string, zhNote: string | undefined, conceptNote: string | undefined): string | undefined {
  if (zhNote) return clean(`${text}: ${zhNote}`);
  if (!conceptNote || !conceptNote.includes(text)) return undefined;
  const verb = firstAfter(conceptNote, text, VERB);
  const paren = firstAfter(conceptNote, text, PAREN);
  // (a sticky match starts right after the rendering: both start at index − text.length)
  if (verb && (!paren || verb.index <= paren.index)) return clean(`${text} ${verb[1]} ${verb[2]}`);
  if (paren && !/[\u4e00-\u9fff]/.test(paren[1])) return clean(`${text} means ${paren[1]}`);
  return undefined;
}

/** What may follow a rendering in a concept note: "(gloss)" … */
const PAREN = /\s*[（(]([^)）]{2,60})[)）]/y;
/** … or "is / means / are gloss" up to the sentence's end. */
const VERB = /\s+(is|means|are)\s+((?:[^.;。；]|\.(?=\S))+)/y;

/**
 * The first place of `text` in `note` that `after` continues, first place first (what
 * exec of `text` followed by `after`, searched from the start, finds): the continuation's
 * match (it starts right after that place) — or null.
 */
function firstAfter(note: string, text: string, after: RegExp): RegExpExecArray | null {
  for (let at = note.indexOf(text); at >= 0; at = at < note.length ? note.indexOf(text, at + 1) : -1) {
    after.lastIndex = at + text.length;
    const m = after.exec(note);
    if (m) return m;
  }
  return null;
}

function clean(s: string): string {
  return s
    .replace(/\s*[（(](?:see [^)）]*|[^)）]*[\u4e00-\u9fff][^)）]*)[)）]/g, '')
    .replace(/,\s*[\u4e00-\u9fff].*$/, '').replace(/,?\s*hence requiresSourceTerm.*$/, '').replace(/\s*requiresSourceTerm.*$/, '').replace(/[.。\s]+$/, '');
}
