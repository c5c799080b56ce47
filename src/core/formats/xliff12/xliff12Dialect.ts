import type { InlineDialect } from '../placeholders/readInline';
import type { XmlNode } from '../xml/XmlNode';

/** XLIFF 1.2 (and 1.1) inline elements. `<mrk mtype="seg">` marks a segment, not a tag. */
export const xliff12Dialect: InlineDialect = {
  containers: new Set(['g', 'mrk']),
  codes: { x: 'standalone', bx: 'open', ex: 'close', ph: 'standalone', bpt: 'open', ept: 'close', it: 'pos' },
  raw: new Set(['ph', 'bpt', 'ept', 'it']),
  isSegment: (n: XmlNode) => n.local === 'mrk' && n.attrs.mtype === 'seg',
};

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
export const XLIFF11_NS = 'urn:oasis:names:tc:xliff:document:1.1';
