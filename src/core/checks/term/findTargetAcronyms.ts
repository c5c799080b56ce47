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
  for (const m of target.matchAll(BRACKETED)) {
    const acronym = m[1];
    if ((acronym.match(/[A-Z]/g) ?? []).length < 2) continue;
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
