import type { RenderingStats } from '../mining/countRenderings';

/** The sentence that records mined counts at the end of a concept's note. */
const COUNT_SENTENCE = /\s*Tencent MT, [\d,]+ arXiv abstracts, [^]*$/;

/**
 * A concept note with its mined-counts sentence replaced (or removed when the data shows
 * none of the forbidden renderings): "… Tencent MT, 3,287 arXiv abstracts, 130 with the
 * source term: 代理 ×109, 代理人 ×7; approved 智能体 ×43." Counts are pairs whose source
 * holds the term and whose target holds the rendering. Returns undefined for an empty note.
 */
export function countNote(note: string | undefined, stats: RenderingStats): string | undefined {
  const base = (note ?? '').replace(COUNT_SENTENCE, '').trim();
  const forbidden = stats.forbidden.filter((f) => f.pairs > 0);
  if (!forbidden.length) return base || undefined;
  const approved = stats.approved.filter((a) => a.pairs > 0);
  const n = (x: number) => x.toLocaleString('en-US');
  let sentence =
    `Tencent MT, ${n(stats.totalPairs)} arXiv abstracts, ${n(stats.sourcePairs)} with the source term: ` +
    forbidden.map((f) => `${f.text} ×${n(f.pairs)}`).join(', ');
  if (approved.length) sentence += '; approved ' + approved.map((a) => `${a.text} ×${n(a.pairs)}`).join(', ');
  return (base ? base + ' ' : '') + sentence + '.';
}
