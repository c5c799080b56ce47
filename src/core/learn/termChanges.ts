import { diffArrays } from 'diff';
import { segmentWords, tokensForDiff } from '../diff';

/** A replaced span that may be terminology: `wrong` in the MT became `right` in the corrected text. */
export interface TermChange {
  wrong: string;
  right: string;
  /** UTF-16 span of `wrong` in the MT and of `right` in the corrected text. */
  mtStart: number;
  mtEnd: number;
  corrStart: number;
  corrEnd: number;
}

/** Function words whose insertion or deletion is grammar, not terminology. */
const FUNCTION_CHARS = new Set(Array.from('的了地得着过之与和及或在是将把被对等也都就而并其该此这那个中从由以于为所已又还更很'));
const PUNCT_OR_SPACE = /[\s\p{P}\p{S}]/gu;
const NUMERIC = /^[\d.,%‰+\-−×/:\s零〇一二三四五六七八九十百千万亿两点第]+$/u;
/** Longest side of a replacement still read as a term; longer is a rewrite. */
const MAX_CHARS = 12;
const MAX_TOKENS = 4;

interface Region {
  del: string[];
  ins: string[];
  mtStart: number;
  corrStart: number;
}

/**
 * The terminology-like changes between an MT and its correction, from a word-level diff
 * (Intl.Segmenter + jsdiff). Left out, because they are not terminology:
 * punctuation-, width- and whitespace-only changes (，→, ( → （), pure insertions or
 * deletions (a missing 的, 了 or a whole clause), number changes, word-order moves
 * (a span that reappears elsewhere in the correction, or an anagram of itself), and
 * rewrites longer than 12 characters / 4 words a side.
 */
export function termChanges(mt: string, corrected: string): TermChange[] {
  if (mt === corrected) return [];
  const regions = diffRegions(mt, corrected);
  const out: TermChange[] = [];
  regions.forEach((r, i) => {
    const change = asTermChange(r);
    if (!change) return;
    if (isMove(change, regions, i)) return;
    if (!replacesOccurrences(change, mt, corrected)) return;
    out.push(change);
  });
  return out;
}

function diffRegions(mt: string, corrected: string): Region[] {
  const regions: Region[] = [];
  let mtPos = 0;
  let corrPos = 0;
  let cur: Region | null = null;
  for (const c of diffArrays(...tokensForDiff(mt, corrected))) {
    const len = c.value.join('').length;
    if (!c.added && !c.removed) {
      if (cur) regions.push(cur);
      cur = null;
      mtPos += len;
      corrPos += len;
      continue;
    }
    cur ??= { del: [], ins: [], mtStart: mtPos, corrStart: corrPos };
    if (c.removed) {
      cur.del.push(...c.value);
      mtPos += len;
    } else {
      cur.ins.push(...c.value);
      corrPos += len;
    }
  }
  if (cur) regions.push(cur);
  return regions;
}

const strip = (s: string) => s.normalize('NFKC').replace(PUNCT_OR_SPACE, '');

function asTermChange(r: Region): TermChange | null {
  let wrong = r.del.join('');
  let right = r.ins.join('');
  let mtStart = r.mtStart;
  let corrStart = r.corrStart;
  // Punctuation and spaces at the edges are not part of the term.
  const lead = (s: string) => s.length - s.replace(/^[\s\p{P}\p{S}]+/u, '').length;
  const trail = (s: string) => s.length - s.replace(/[\s\p{P}\p{S}]+$/u, '').length;
  mtStart += lead(wrong);
  corrStart += lead(right);
  wrong = wrong.slice(lead(wrong), wrong.length - trail(wrong));
  right = right.slice(lead(right), right.length - trail(right));
  // A function word the segmenter glued to both sides (了3 / 了三) is not part of the change.
  let a = Array.from(wrong);
  let b = Array.from(right);
  while (a.length > 1 && b.length > 1 && a[0] === b[0] && FUNCTION_CHARS.has(a[0])) {
    mtStart += a[0].length;
    corrStart += b[0].length;
    a = a.slice(1);
    b = b.slice(1);
  }
  while (a.length > 1 && b.length > 1 && a[a.length - 1] === b[b.length - 1] && FUNCTION_CHARS.has(a[a.length - 1])) {
    a = a.slice(0, -1);
    b = b.slice(0, -1);
  }
  wrong = a.join('');
  right = b.join('');
  // Words both sides share at the edges (代理会 → 智能体会: 会): segment each side alone
  // and drop common leading/trailing words, keeping at least one word a side.
  const wa = segmentWords(wrong);
  const wb = segmentWords(right);
  while (wa.length > 1 && wb.length > 1 && wa[0] === wb[0]) {
    mtStart += wa[0].length;
    corrStart += wb[0].length;
    wa.shift();
    wb.shift();
  }
  while (wa.length > 1 && wb.length > 1 && wa[wa.length - 1] === wb[wb.length - 1]) {
    wa.pop();
    wb.pop();
  }
  wrong = wa.join('');
  right = wb.join('');
  a = Array.from(wrong);
  b = Array.from(right);
  const sw = strip(wrong);
  const sr = strip(right);
  if (!sw || !sr) return null; // pure insertion / deletion, or punctuation only
  if (sw === sr) return null; // width, punctuation or spacing inside
  const cw = dropFunction(sw);
  const cr = dropFunction(sr);
  if (!cw || !cr || cw === cr) return null; // function words added or removed (了训练 → 训练)
  if (NUMERIC.test(cw) || NUMERIC.test(cr)) return null;
  // Only the digits differ (CIFAR10 → CIFAR100, 3D → 2D, L2 → L1): a number change.
  if (cw.replace(/\d+(?:\.\d+)?/g, '#') === cr.replace(/\d+(?:\.\d+)?/g, '#')) return null;
  if (a.length > MAX_CHARS || b.length > MAX_CHARS) return null;
  if (segmentWords(wrong).filter((t) => t.trim()).length > MAX_TOKENS) return null;
  if (segmentWords(right).filter((t) => t.trim()).length > MAX_TOKENS) return null;
  // Reordered characters within one region (代理智能 → 智能代理) are a move.
  if ([...sw].sort().join('') === [...sr].sort().join('')) return null;
  return { wrong, right, mtStart, mtEnd: mtStart + wrong.length, corrStart, corrEnd: corrStart + right.length };
}

function dropFunction(s: string): string {
  return Array.from(s)
    .filter((ch) => !FUNCTION_CHARS.has(ch))
    .join('');
}

/**
 * A terminology fix removes the wrong rendering and adds the right one. When the wrong
 * text is as frequent after the correction as before, or the right one no more frequent,
 * the words were moved or the clause rewritten (…违反了安全的行为 → …减少了对安全约束的违反).
 * Occurrences inside the other string are not counted (图 inside 图形).
 */
function replacesOccurrences(c: TermChange, mt: string, corrected: string): boolean {
  const net = (text: string, x: string, y: string) => {
    const n = count(text, x);
    return y.includes(x) ? n - count(text, y) * count(y, x) : n;
  };
  return net(corrected, c.wrong, c.right) < net(mt, c.wrong, c.right) && net(corrected, c.right, c.wrong) > net(mt, c.right, c.wrong);
}

function count(text: string, x: string): number {
  if (!x) return 0;
  let n = 0;
  for (let i = text.indexOf(x); i !== -1; i = text.indexOf(x, i + x.length)) n++;
  return n;
}

/** The change swaps text with another region (X和Y → Y和X): wrong reappears inserted, right was deleted elsewhere. */
function isMove(c: TermChange, regions: Region[], self: number): boolean {
  const otherIns = regions.filter((_, i) => i !== self).map((r) => strip(r.ins.join(''))).join('\u0000');
  const otherDel = regions.filter((_, i) => i !== self).map((r) => strip(r.del.join(''))).join('\u0000');
  return otherIns.includes(strip(c.wrong)) && otherDel.includes(strip(c.right));
}
