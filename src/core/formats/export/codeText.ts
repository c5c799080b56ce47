import type { InlineTag } from '../../model/Unit';
import { rawXmlToText } from './rawXmlToText';

/** Elements the readers know; anything else was kept whole (its XML) in `content`. */
const KNOWN = new Set(['g', 'x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it', 'mrk', 'pc', 'sc', 'ec', 'sm', 'em', 'cp', 'hi', 'ut']);
/** Elements whose content is escaped native code (XLIFF 1.2, TMX). */
const XML_CONTENT = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

/**
 * The plain text an inline code stands for, whatever format it came from: XLIFF 1.2/TMX native
 * code unescaped (`&lt;b&gt;` → `<b>`), XLIFF 2 original data as is, an unknown element's XML as
 * text; '' for codes with no data (`<g>`, `<x/>`, `<pc>` without dataRef).
 */
export function codeText(t: InlineTag, tagFormat?: unknown): string {
  if (!t.content) return '';
  if (!KNOWN.has(t.element)) return t.content;
  if (tagFormat === 'xliff2') return t.content;
  return XML_CONTENT.has(t.element) ? rawXmlToText(t.content) : '';
}
