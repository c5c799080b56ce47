import { diffArrays, diffChars } from 'diff';
import type { DiffMode, DiffPart } from './DiffPart';
import { tokensForDiff } from './tokensForDiff';
import { chooseDiffMode } from './chooseDiffMode';

/**
 * Diff of the current text against the machine translation, for display.
 * `word`: Intl.Segmenter tokens diffed with jsdiff's `diffArrays` (Chinese words stay whole:
 * 培训→训练 reads as one replacement). `char`: jsdiff's `diffChars` (better for OpenAI vs Openai).
 * `auto` (default) asks `chooseDiffMode`. Within a replacement the deletion comes first;
 * adjacent runs of one kind are merged. Concatenating the `equal` + `delete` parts gives `mt`,
 * `equal` + `insert` gives `current`.
 */
export function diffText(mt: string, current: string, mode: DiffMode | 'auto' = 'auto'): DiffPart[] {
  if (mt === current) return mt ? [{ op: 'equal', text: mt }] : [];
  const m = mode === 'auto' ? chooseDiffMode(mt, current) : mode;
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  if (m === 'char') {
    for (const c of diffChars(mt, current)) push(c.added ? 'insert' : c.removed ? 'delete' : 'equal', c.value);
  } else {
    const [a, b] = tokensForDiff(mt, current);
    for (const c of diffArrays(a, b)) {
      push(c.added ? 'insert' : c.removed ? 'delete' : 'equal', c.value.join(''));
    }
  }
  return orderReplacements(parts);
}

/** jsdiff may emit insert-then-delete; show deletions first so a replacement reads "old → new". */
function orderReplacements(parts: DiffPart[]): DiffPart[] {
  for (let i = 0; i + 1 < parts.length; i++) {
    if (parts[i].op === 'insert' && parts[i + 1].op === 'delete') {
      [parts[i], parts[i + 1]] = [parts[i + 1], parts[i]];
    }
  }
  return parts;
}
