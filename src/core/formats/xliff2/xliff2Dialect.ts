import type { InlineDialect } from '../placeholders/readInline';

/** XLIFF 2.x inline elements; `data` resolves dataRef/dataRefStart/dataRefEnd against `<originalData>`. */
export function xliff2Dialect(originalData: ReadonlyMap<string, string>): InlineDialect {
  return {
    containers: new Set(['pc', 'mrk']),
    codes: { ph: 'standalone', sc: 'open', ec: 'close', sm: 'open', em: 'close', cp: 'standalone' },
    raw: new Set(),
    data(attrs, side) {
      const ref = side === 'open' ? (attrs.dataRefStart ?? attrs.dataRef) : side === 'close' ? (attrs.dataRefEnd ?? attrs.dataRef) : attrs.dataRef;
      return ref !== undefined ? originalData.get(ref) : undefined;
    },
  };
}

export const XLIFF2_NS_PREFIX = 'urn:oasis:names:tc:xliff:document:2.';
