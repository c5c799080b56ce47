import { charClass } from '../../glossary';
import { isJsSpace } from '../../text/isJsSpace';

// Read once: a CommonJS build (tsx, the CLI) reads an import through a getter at each use,
// here per character of the run before a bracket.
const isHan = charClass.isHan;
const isLatinAlnum = charClass.isLatinAlnum;
const isSpace = isJsSpace;

/** "…算法(DESTA)" or "…算法（DESTA）" in a Chinese target. */
export interface TargetAcronym {
  /** Without a plural s ("GNN" for "(GNNs)"). */
  acronym: string;
  /** Offset of the opening bracket: the expansion ends here. */
  bracket: number;
  /** Start of the run of Han (and Latin, no spaces) characters right before the bracket. */
  runStart: number;
}

/**
 * Acronyms in brackets directly after Chinese text (at most one space between): what
 * /[(（]\s*([A-Z][A-Za-z0-9\-]{0,11}?)s?\s*[)）]/g matches, found by char code at each
 * opening bracket (a regex pass made a match object per bracket; most targets have a few).
 * A match holds one opening bracket, its first character, so trying every opening bracket
 * in order finds what the global regex finds. `marks`: positions in ascending order among
 * which are all the opening brackets (the target split's marks), read instead of searching.
 */
export function findTargetAcronyms(target: string, marks?: readonly number[]): TargetAcronym[] {
  const out: TargetAcronym[] = [];
  if (marks !== undefined) {
    // the opening brackets among positions listed in order (the target split's marks list
    // every bracket): no search of the target
    for (let k = 0; k < marks.length; k++) {
      const open = marks[k];
      const c = target.charCodeAt(open);
      if (c === 0x28 || c === 0xff08) tryBracket(target, open, out);
    }
    return out;
  }
  // the next ( and the next （, each sought again only once passed (a target with many of one
  // kind is not searched to its end for the other at each)
  let half = target.indexOf('(');
  let full = target.indexOf('\uff08');
  while (half >= 0 || full >= 0) {
    let open: number;
    if (full < 0 || (half >= 0 && half < full)) {
      open = half;
      half = target.indexOf('(', half + 1);
    } else {
      open = full;
      full = target.indexOf('\uff08', full + 1);
    }
    tryBracket(target, open, out);
  }
  return out;
}

/** The acronym in brackets opening at `open`, if any, added to `out`. */
function tryBracket(target: string, open: number, out: TargetAcronym[]): void {
  const bodyEnd = shortFormEnd(target, open);
  if (bodyEnd < 0) return;
  const acronym = target.slice(bodyStart, bodyEnd);
  if (!twoCapitals(acronym)) return;
  let end = open;
  if (end > 0 && target.charCodeAt(end - 1) === 0x20) end--;
  let p = end;
  let han = 0;
  while (p > 0) {
    const c = target.charCodeAt(p - 1);
    if (isHan(c)) han++;
    else if (!isLatinAlnum(c) && c !== 0x2d) break;
    p--;
  }
  if (han === 0) return;
  out.push({ acronym, bracket: end, runStart: p });
}

/** Where the last match's group starts (set by shortFormEnd). */
let bodyStart = 0;

/**
 * The end of the group of a match at the bracket `open`, or −1: spaces, a capital and the
 * shortest run of [A-Za-z0-9-] (twelve characters at most) after which an optional s (taken
 * when the rest follows it), spaces and a closing bracket follow.
 */
function shortFormEnd(s: string, open: number): number {
  const n = s.length;
  let i = open + 1;
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  const c0 = s.charCodeAt(i);
  if (!(c0 >= 0x41 && c0 <= 0x5a)) return -1;
  bodyStart = i;
  for (let end = i + 1; end <= i + 12 && end <= n; end++) {
    if (end > i + 1) {
      const c = s.charCodeAt(end - 1);
      if (!(isAsciiAlnum(c) || c === 0x2d)) return -1;
    }
    if (s.charCodeAt(end) === 0x73 && closesAt(s, end + 1)) return end;
    if (closesAt(s, end)) return end;
  }
  return -1;
}

/** Spaces from `k` on, then ) or ）. */
function closesAt(s: string, k: number): boolean {
  while (k < s.length && isSpace(s.charCodeAt(k))) k++;
  const c = s.charCodeAt(k);
  return c === 0x29 || c === 0xff09;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function twoCapitals(s: string): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a && ++n === 2) return true;
  }
  return false;
}

/** 的了为是和与及在对从把被将种个其该这此称即或而并于用: a switch (compiled to a jump search) instead of a hashed set per character of the run. */
function isFunctionChar(c: number): boolean {
  switch (c) {
    case 0x7684: case 0x4e86: case 0x4e3a: case 0x662f: case 0x548c: case 0x4e0e: case 0x53ca: case 0x5728: case 0x5bf9:
    case 0x4ece: case 0x628a: case 0x88ab: case 0x5c06: case 0x79cd: case 0x4e2a: case 0x5176: case 0x8be5: case 0x8fd9:
    case 0x6b64: case 0x79f0: case 0x5373: case 0x6216: case 0x800c: case 0x5e76: case 0x4e8e: case 0x7528:
      return true;
    default:
      return false;
  }
}

/** Positions in a text (see `expansionBoundaries`). */
export interface PositionSet {
  has(position: number): boolean;
}

/**
 * Plausible starts of an expansion inside text[runStart, end): the run start, the position
 * after a function character (称为|分配…, 基于|产生式…), and the start and end of every
 * termbase hit in the run. Marked in a byte per position of the run (no hashed set).
 */
export function expansionBoundaries(
  text: string, runStart: number, end: number, hits: { start: number; end: number }[],
): PositionSet {
  const marks = new Uint8Array(end - runStart + 1);
  marks[0] = 1;
  for (let i = runStart; i < end; i++) if (isFunctionChar(text.charCodeAt(i))) marks[i + 1 - runStart] = 1;
  for (const h of hits) {
    if (h.start >= runStart && h.start < end) marks[h.start - runStart] = 1;
    if (h.end > runStart && h.end < end) marks[h.end - runStart] = 1;
  }
  return new RunPositions(runStart, marks);
}

class RunPositions implements PositionSet {
  constructor(private readonly from: number, private readonly marks: Uint8Array) {}

  has(position: number): boolean {
    const k = position - this.from;
    return k >= 0 && k < this.marks.length && this.marks[k] === 1;
  }
}
