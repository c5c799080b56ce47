import { diffArrays } from 'diff';
import type { DiffMode } from './DiffPart';
import { tokensForDiff } from './tokensForDiff';

/**
 * Picks the diff granularity that reads better. Word level by default (Chinese words
 * replaced whole: 培训→训练). Character level when most replacements are small edits
 * inside one word: a casing or letter fix (Openai→OpenAI, GNNS→GNNs), a character dropped
 * or added in a compound (图形→图, 代理人→代理), where a word diff would repeat the
 * whole word twice.
 */
export function chooseDiffMode(mt: string, current: string): DiffMode {
  const changes = diffArrays(...tokensForDiff(mt, current));
  let replacements = 0;
  let small = 0;
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    const next = changes[i + 1];
    if (!next || !(c.removed || c.added) || !(next.removed || next.added) || c.added === next.added) continue;
    const del = (c.removed ? c.value : next.value).join('');
    const ins = (c.added ? c.value : next.value).join('');
    i += 1;
    replacements += 1;
    if (isSmallInWordEdit(del, ins)) small += 1;
  }
  return replacements > 0 && small * 2 > replacements ? 'char' : 'word';
}

/** Shared prefix + suffix cover at least half of the longer side and the edit is short. */
function isSmallInWordEdit(a: string, b: string): boolean {
  const x = Array.from(a);
  const y = Array.from(b);
  const longer = Math.max(x.length, y.length);
  if (longer === 0) return false;
  if (a.toLowerCase() === b.toLowerCase()) return true;
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  let s = 0;
  while (s < x.length - p && s < y.length - p && x[x.length - 1 - s] === y[y.length - 1 - s]) s++;
  const kept = p + s;
  const changed = longer - kept;
  return kept * 2 >= longer && changed <= 3;
}
