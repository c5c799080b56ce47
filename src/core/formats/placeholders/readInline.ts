import type { InlineTag } from '../../model/Unit';
import { serializeChildren, serializeXml } from '../xml/serializeXml';
import type { XmlChild, XmlNode } from '../xml/XmlNode';
import { pairKey } from './pairKey';
import type { TagTable } from './TagTable';

/** How one format's inline elements map to placeholders. */
export interface InlineDialect {
  /** Elements that wrap text: become an open and a close placeholder around their content (g, pc, mrk, hi). */
  containers: ReadonlySet<string>;
  /** Empty or native-code elements and their kind (x, bx, ex, ph, bpt, ept, it, sc, ec, sm, em…). */
  codes: Readonly<Record<string, 'open' | 'close' | 'standalone' | 'pos'>>;
  /** Elements whose children are raw native code (bpt, ept, ph, it, ut): kept verbatim in `content`. */
  raw: ReadonlySet<string>;
  /** Original data for a code (XLIFF 2 `dataRef` → `<originalData>`). */
  data?: (attrs: Record<string, string>, side: 'open' | 'close' | 'standalone') => string | undefined;
  /** The element is a segment marker (`<mrk mtype="seg">`), handled by the caller. */
  isSegment?: (n: XmlNode) => boolean;
}

export interface SegmentSink {
  /** Called for each segment marker met while reading; the caller reads its content. Returns what to put in its place. */
  segment(n: XmlNode): string;
}

function tag(table: TagTable, key: string, t: Omit<InlineTag, 'id'>): string {
  const clean: Omit<InlineTag, 'id'> = { kind: t.kind, element: t.element };
  if (t.attrs && Object.keys(t.attrs).length) clean.attrs = t.attrs;
  if (t.content) clean.content = t.content;
  return table.use(key, clean);
}

/**
 * Turn the children of a `<source>`/`<target>`/`<seg>` into text with placeholders.
 * Unknown elements become standalone placeholders holding their XML, so nothing is lost.
 */
export function readInline(children: readonly XmlChild[], table: TagTable, d: InlineDialect, sink?: SegmentSink): string {
  let s = '';
  for (const c of children) {
    if (typeof c === 'string') { s += c; continue; }
    if (d.isSegment?.(c) && sink) { s += sink.segment(c); continue; }
    const el = c.local;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(c.attrs)) if (k !== 'xmlns' && !k.startsWith('xmlns:')) attrs[k] = v;
    const key = `${el}:${pairKey({ id: '', kind: 'open', element: el, attrs }) ?? ''}`;
    if (d.containers.has(el)) {
      s += tag(table, key, { kind: 'open', element: el, attrs, content: d.data?.(attrs, 'open') });
      s += readInline(c.children, table, d, sink);
      s += tag(table, `/${key}`, { kind: 'close', element: el, attrs, content: d.data?.(attrs, 'close') });
      continue;
    }
    const kind0 = d.codes[el];
    if (kind0) {
      const kind = kind0 === 'pos' ? (attrs.pos === 'close' || attrs.pos === 'end' ? 'close' : 'open') : kind0;
      const content = d.raw.has(el) ? serializeChildren(c) : d.data?.(attrs, kind);
      s += tag(table, key, { kind, element: el, attrs, content });
      continue;
    }
    s += tag(table, `?${c.name}`, { kind: 'standalone', element: c.name, attrs, content: serializeXml(c) });
  }
  return s;
}
