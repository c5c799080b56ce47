import type { InlineDialect } from '../placeholders/readInline';

/** TMX 1.4b inline elements: native codes keep their (escaped) content verbatim, `<hi>` wraps text. */
export const tmxDialect: InlineDialect = {
  containers: new Set(['hi']),
  codes: { bpt: 'open', ept: 'close', ph: 'standalone', it: 'pos', ut: 'standalone' },
  raw: new Set(['bpt', 'ept', 'ph', 'it', 'ut']),
};
