import type { TargetHit } from '../../glossary';
import type { ApprovedPatterns } from './approvedPatterns';

/**
 * What leaving out every 的 of a target can change in its matching, for
 * terminology.not-followed, which matches the target again without 的 (模型的训练 counts as a
 * rendering of "model training") when that could raise a concept's count.
 *
 * Removing 的 cannot raise the count of a concept's selected approved hits when
 * (a) no occurrence of its approved strings in the text without 的 spans a removed run of 的:
 *     such an occurrence has two neighbouring characters of a string right before and after
 *     the run, so none exists when no run sits between such a pair (`pairs`) and the concept
 *     has no Latin strings (compared with case folded: not listed, so not decided here);
 * (b) no selected hit holds a 的 (`safe`): then every selected approved hit without 的 is, at the
 *     same characters, a hit of the text as it is, and selected there too — a hit that would
 *     cover it there (a selected one starting before it, or a longer one at its start, which
 *     lies inside a selected one) holds no 的 and stays;
 * (c) no run of 的 lies between two ASCII letters or digits (`safe`): a hit's Latin edge needs a
 *     neighbour that is not one, and removing such a run would bring two together.
 * The text as it is counts each selected approved hit of a source concept among its
 * renderings, so the count without 的 is then no higher than the one already found.
 */
export interface DeRemoval {
  /** (before << 16) | after for each maximal run of 的 with a character on both sides. */
  pairs: number[];
  /** Conditions (b) and (c) hold. */
  safe: boolean;
}

const DE = 0x7684; // 的

/** The runs of 的 in `target` and whether its selected hits (`matchTarget`, in start order) hold one. */
export function deRemoval(target: string, selected: TargetHit[]): DeRemoval {
  const pairs: number[] = [];
  let safe = true;
  let h = 0;
  for (let at = target.indexOf('的'); at >= 0; ) {
    let end = at + 1;
    while (end < target.length && target.charCodeAt(end) === DE) end++;
    // a selected hit holding a 的 of this run: the first ending after the run's start
    while (h < selected.length && selected[h].end <= at) h++;
    if (h < selected.length && selected[h].start < end) safe = false;
    if (at > 0 && end < target.length) {
      const before = target.charCodeAt(at - 1);
      const after = target.charCodeAt(end);
      pairs.push((before << 16) | after);
      if (isLatinAlnum(before) && isLatinAlnum(after)) safe = false;
    }
    if (end >= target.length) break;
    at = target.indexOf('的', end);
  }
  return { pairs, safe };
}

/**
 * Whether matching the text without 的 could find more approved hits of the concept with these
 * patterns than the text as it is (false: it cannot, see DeRemoval; true: it may).
 */
export function mayGainWithoutDe(removal: DeRemoval, patterns: ApprovedPatterns): boolean {
  if (!removal.safe || patterns.latin.length > 0) return true;
  const own = patterns.pairs;
  const runs = removal.pairs;
  for (let i = 0; i < runs.length; i++) for (let k = 0; k < own.length; k++) if (runs[i] === own[k]) return true;
  return false;
}

function isLatinAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
