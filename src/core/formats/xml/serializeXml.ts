import { escapeXmlText, xmlAttrs } from './escapeXml';
import type { XmlChild, XmlNode } from './XmlNode';

/** Write a node (or its children) back as XML text. Used to keep inline-code content verbatim. */
export function serializeXml(n: XmlChild): string {
  if (typeof n === 'string') return escapeXmlText(n);
  const inner = serializeChildren(n);
  return inner === '' ? `<${n.name}${xmlAttrs(n.attrs)}/>` : `<${n.name}${xmlAttrs(n.attrs)}>${inner}</${n.name}>`;
}

export function serializeChildren(n: XmlNode): string {
  let s = '';
  for (const c of n.children) s += serializeXml(c);
  return s;
}
