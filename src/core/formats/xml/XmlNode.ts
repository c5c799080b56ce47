/**
 * A small, plain element tree built by `SafeXmlReader` for one unit at a time
 * (trans-unit, tu, termEntry…). No DOM: works in Node, a worker and the browser.
 */
export interface XmlNode {
  /** Qualified name as written (`sdl:seg`, `source`). */
  name: string;
  /** Local name without prefix. */
  local: string;
  /** Namespace URI ('' when none). */
  uri: string;
  /** Attributes by qualified name, including `xmlns*` declarations made on this element. */
  attrs: Record<string, string>;
  children: XmlChild[];
  /** 1-based line and column of the start tag's end. */
  line: number;
  column: number;
}

export type XmlChild = XmlNode | string;

export function isNode(c: XmlChild | undefined): c is XmlNode {
  return typeof c === 'object' && c !== null;
}

/** Child elements, optionally filtered by local name. */
export function childElements(n: XmlNode, local?: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (const c of n.children) if (isNode(c) && (local === undefined || c.local === local)) out.push(c);
  return out;
}

export function firstChild(n: XmlNode, local: string): XmlNode | undefined {
  for (const c of n.children) if (isNode(c) && c.local === local) return c;
  return undefined;
}

/** All text below the node, markup removed. */
export function textContent(n: XmlNode): string {
  let s = '';
  for (const c of n.children) s += typeof c === 'string' ? c : textContent(c);
  return s;
}

/** Attribute by local name, ignoring the prefix (`xml:lang` → `lang` is NOT matched; use the full name for xml:*). */
export function attr(n: XmlNode, name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(n.attrs, name) ? n.attrs[name] : undefined;
}
