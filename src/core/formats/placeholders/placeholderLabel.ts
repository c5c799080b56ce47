import type { InlineTag } from '../../model/Unit';

/** The number shown in a tag label: the tag's id in the file, else its pairing id. */
function tagNumber(tag: InlineTag): string {
  const a = tag.attrs ?? {};
  return a.id ?? a.rid ?? a.i ?? a.startRef ?? a.x ?? a.mid ?? '';
}

/** How the UI shows a placeholder: `<g1>`, `</g1>`, `<x2/>`, `<bpt1>`; a non-numeric id is spaced: `<mrk m1>`. */
export function placeholderLabel(tag: InlineTag): string {
  const raw = tagNumber(tag);
  const n = raw === '' || /^\d+$/.test(raw) ? raw : ` ${raw}`;
  let name = tag.element.replace(/^.*:/, '');
  if (name === 'ept' || name === 'ex' || name === 'ec' || name === 'em') {
    name = { ept: 'bpt', ex: 'bx', ec: 'sc', em: 'sm' }[name] as string;
    return `</${name}${n}>`;
  }
  if (tag.kind === 'close') return `</${name}${n}>`;
  if (tag.kind === 'standalone') return `<${name}${n}/>`;
  return `<${name}${n}>`;
}
