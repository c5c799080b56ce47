import type { InlineTag } from '../../model/Unit';
import { PLACEHOLDER_RE } from './placeholderChars';
import { pairKey } from './pairKey';
import type { InlineToken } from './planInline';

export interface InlinePart {
  text: string;
  /** A segment (wrapped in `<mrk mtype="seg">`) rather than text between segments. */
  seg?: { mid: string };
}

export type PartToken = InlineToken | { type: 'segStart'; mid: string } | { type: 'segEnd' };

const CLOSE_OF: Record<string, string> = { bpt: 'ept', bx: 'ex', sc: 'ec', sm: 'em' };

function isPartner(open: InlineTag, close: InlineTag): boolean {
  const o = open.element, c = close.element;
  if (!(o === c || CLOSE_OF[o] === c)) return false;
  return pairKey(open) === pairKey(close);
}

/**
 * Tokenise a sequence of parts (segments and the text between them) for writing. An open/close
 * pair is `paired` when it nests properly AND does not cut a segment in two: both ends in the same
 * segment, or both in between-segment text (then it encloses whole segments). Everything else is
 * written by the caller as isolated markers, so the output is always well-formed.
 */
export function planParts(parts: readonly InlinePart[], tags: readonly InlineTag[] | undefined): PartToken[] {
  const byId = new Map((tags ?? []).map((t) => [t.id, t]));
  const out: PartToken[] = [];
  const region: number[] = [];
  const inSeg: boolean[] = [];
  parts.forEach((p, r) => {
    if (p.seg) { out.push({ type: 'segStart', mid: p.seg.mid }); region.push(r); inSeg.push(false); }
    let last = 0;
    for (const m of p.text.matchAll(PLACEHOLDER_RE)) {
      const i = m.index ?? 0;
      if (i > last) { out.push({ type: 'text', text: p.text.slice(last, i) }); region.push(r); inSeg.push(!!p.seg); }
      last = i + 1;
      const tag = byId.get(m[0]);
      if (tag) { out.push({ type: 'tag', tag, paired: false }); region.push(r); inSeg.push(!!p.seg); }
    }
    if (last < p.text.length) { out.push({ type: 'text', text: p.text.slice(last) }); region.push(r); inSeg.push(!!p.seg); }
    if (p.seg) { out.push({ type: 'segEnd' }); region.push(r); inSeg.push(false); }
  });
  const stack: number[] = [];
  for (let k = 0; k < out.length; k++) {
    const tok = out[k];
    if (tok.type !== 'tag') continue;
    if (tok.tag.kind === 'open') stack.push(k);
    else if (tok.tag.kind === 'close' && stack.length) {
      const o = stack[stack.length - 1];
      const top = out[o];
      if (top.type === 'tag' && isPartner(top.tag, tok.tag)) {
        stack.pop();
        const ok = region[o] === region[k] || (!inSeg[o] && !inSeg[k]);
        if (ok) {
          top.paired = tok.paired = true;
          top.partner = tok.tag;
          tok.partner = top.tag;
        }
      }
    }
  }
  return out;
}
