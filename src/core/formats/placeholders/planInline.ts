import type { InlineTag } from '../../model/Unit';
import { planParts } from './planParts';
export { pairKey } from './pairKey';

export type InlineToken =
  | { type: 'text'; text: string }
  /** `paired` = this open/close has its partner in the right place, so it can be written as an element with content. */
  | { type: 'tag'; tag: InlineTag; paired: boolean; partner?: InlineTag };


/**
 * Split text into text and tag tokens. Open/close tags that nest properly are marked `paired`;
 * anything crossed, reordered or orphaned is not, so writers fall back to isolated markers
 * (bx/ex, sc/ec, bpt/ept) and the XML stays well-formed whatever the reviewer did.
 * Placeholders with no tag in `tags` are dropped.
 */
export function planInline(text: string, tags: readonly InlineTag[] | undefined): InlineToken[] {
  return planParts([{ text }], tags) as InlineToken[];
}
