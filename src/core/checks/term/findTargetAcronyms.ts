import { charClass } from '../../glossary';

/** "…算法(DESTA)" or "…算法（DESTA）" in a Chinese target. */
export interface TargetAcronym {
  /** Without a plural s ("GNN" for "(GNNs)"). */
  acronym: string;
  /** Offset of the opening bracket: the expansion ends here. */
  bracket: number;
  /** Start of the run of Han (and Latin, no spaces) characters right before the bracket. */
  runStart: number;
}

const BRACKETED = /[(（]\s*([A-Z][A-Za-z0-9\-]{0,11}?)s?\s*[)）]/g;

/** Acronyms in brackets directly after Chinese text (at most one space between). */
export function findTargetAcronyms(target: string): TargetAcronym[] {
  const out: TargetAcronym[] = [];
  // most targets have no bracket at all: one native scan decides
  if (target.indexOf('(') < 0 && target.indexOf('（') < 0) return out;
  for (const m of target.matchAll(BRACKETED)) {
    const acronym = m[1];
    if (!twoCapitals(acronym)) continue;
    let end = m.index!;
    if (end > 0 && target[end - 1] === ' ') end--;
    let p = end;
    let han = 0;
    while (p > 0) {
      const c = target.charCodeAt(p - 1);
      if (charClass.isHan(c)) han++;
      else if (!charClass.isLatinAlnum(c) && c !== 0x2d) break;
      p--;
    }
    if (han === 0) continue;
    out.push({ acronym, bracket: end, runStart: p });
  }
  return out;
}

function twoCapitals(s: string): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a && ++n === 2) return true;
  }
  return false;
}

const FUNCTION_CHARS = new Set([...'的了为是和与及在对从把被将种个其该这此称即或而并于用'].map((c) => c.charCodeAt(0)));

/**
 * Plausible starts of an expansion inside text[runStart, end): the run start, the position
 * after a function character (称为|分配…, 基于|产生式…), and the start and end of every
 * termbase hit in the run.
 */
export function expansionBoundaries(
  text: string, runStart: number, end: number, hits: { start: number; end: number }[],
): Set<number> {
  const out = new Set<number>([runStart]);
  for (let i = runStart; i < end; i++) if (FUNCTION_CHARS.has(text.charCodeAt(i))) out.add(i + 1);
  for (const h of hits) {
    if (h.start >= runStart && h.start < end) out.add(h.start);
    if (h.end > runStart && h.end < end) out.add(h.end);
  }
  return out;
}
