/**
 * A short reason why a rendering is wrong, taken from the termbase's notes: the rendering's
 * own note, else the sentence of the concept note that glosses it — "培训 is vocational
 * training of people", "州 (U.S. state)" → "州 means U.S. state". Undefined when no note says.
 */
export function whyForbidden(text: string, zhNote: string | undefined, conceptNote: string | undefined): string | undefined {
  if (zhNote) return clean(`${text}: ${zhNote}`);
  if (!conceptNote || !conceptNote.includes(text)) return undefined;
  const t = escape(text);
  const paren = new RegExp(`${t}\\s*[（(]([^)）]{2,60})[)）]`).exec(conceptNote);
  const verb = new RegExp(`${t}\\s+(is|means|are)\\s+((?:[^.;。；]|\\.(?=\\S))+)`).exec(conceptNote);
  if (verb && (!paren || verb.index <= paren.index)) return clean(`${text} ${verb[1]} ${verb[2]}`);
  if (paren && !/[\u4e00-\u9fff]/.test(paren[1])) return clean(`${text} means ${paren[1]}`);
  return undefined;
}

function clean(s: string): string {
  return s
    .replace(/\s*[（(](?:see [^)）]*|[^)）]*[\u4e00-\u9fff][^)）]*)[)）]/g, '')
    .replace(/,\s*[\u4e00-\u9fff].*$/, '').replace(/,?\s*hence requiresSourceTerm.*$/, '').replace(/\s*requiresSourceTerm.*$/, '').replace(/[.。\s]+$/, '');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
