/**
 * Simple inflected forms of an English term, inflecting its last word: plural (-s, -es,
 * -ies) and verb forms (-ed, -d, -ing, dropping a final e). Over-generates on purpose
 * ("policys" never occurs, so it never matches); the term itself comes first.
 */
export function inflections(term: string): string[] {
  const m = /^(.*?)([A-Za-z]+)$/.exec(term);
  if (!m) return [term];
  const head = m[1]!;
  const w = m[2]!;
  const forms = new Set<string>([w, w + 's', w + 'ed', w + 'ing']);
  if (/(s|x|z|ch|sh)$/.test(w)) forms.add(w + 'es');
  if (/[^aeiou]y$/.test(w)) {
    forms.add(w.slice(0, -1) + 'ies');
    forms.add(w.slice(0, -1) + 'ied');
  }
  if (w.endsWith('e')) {
    forms.add(w + 'd');
    forms.add(w.slice(0, -1) + 'ing');
  }
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(w) && w.length <= 4) {
    forms.add(w + w.slice(-1) + 'ed');
    forms.add(w + w.slice(-1) + 'ing');
  }
  return [...forms].map((f) => head + f);
}
