import type { InlineTag } from '../../model/Unit';

/** Key that links an opening tag to its closing tag (rid/i/startRef, else the id). */
export function pairKey(t: InlineTag): string | undefined {
  const a = t.attrs ?? {};
  return a.rid ?? a.i ?? a.startRef ?? a.id ?? a.x ?? a.mid;
}
