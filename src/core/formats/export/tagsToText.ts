import type { InlineTag } from '../../model/Unit';
import { codeText } from './codeText';

/**
 * Text for formats that cannot hold markup (PO, the dump, TMX props): a tag that stands for
 * real text (`<ph>{envName}</ph>`, `<bpt>&lt;b&gt;</bpt>`, an XLIFF 2 code with original data)
 * becomes that text, as translate-toolkit does; empty codes (`<g>`, `<x/>`) disappear.
 */
export function tagsToText(text: string, tags: readonly InlineTag[] | undefined, tagFormat?: unknown): string {
  if (!/[\uE000-\uF8FF]/.test(text)) return text;
  const byId = new Map((tags ?? []).map((t) => [t.id, t]));
  return text.replace(/[\uE000-\uF8FF]/g, (c) => {
    const t = byId.get(c);
    return t ? codeText(t, tagFormat) : '';
  });
}
