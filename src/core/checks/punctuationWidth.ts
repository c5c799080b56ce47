import type { Check, CheckUnit } from './Check';
import type { Finding } from '../model/Finding';
import { isAsciiDigit, isCjk, isHan, isInlineSpace } from './util/cjk';
import { makeFinding, spanOf } from './util/makeFinding';
import { inRanges, urlRanges } from './util/urlRanges';

const FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
  '.': '。',
};

/** Candidates: half-width punctuation, and full-width letters/digits (U+FF10–FF5A). */
const CANDIDATE_RE = /[,;:()?!.]|[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/g;

/**
 * `punctuation.width`: half-width `, ; : ( ) ? !` (and a `.` ending a Chinese sentence)
 * inside Chinese running text, and full-width letters or digits (ＡＢＣ１２３).
 * Not inside Latin runs, URLs or numbers (3,287 · 1:2 · 73.0). A half-width parenthesis
 * pair is judged as a pair: `算法(DESTA)` is a finding for both `(` and `)`.
 */
export const punctuationWidth: Check = {
  id: 'punctuation.width',
  mqm: 'Linguistic conventions/Punctuation',
  defaultSeverity: 'minor',
  description: 'Half-width punctuation in Chinese text (,;:()?!) and full-width letters or digits',
  run(unit: CheckUnit): Finding[] {
    const t = unit.target;
    if (!t) return [];
    const out: Finding[] = [];
    const urls = urlRanges(t);
    const parens = pairParens(t);
    CANDIDATE_RE.lastIndex = 0;
    for (let m = CANDIDATE_RE.exec(t); m; m = CANDIDATE_RE.exec(t)) {
      const i = m.index;
      const ch = m[0];
      if (ch.length > 1 || ch.charCodeAt(0) >= 0xff00) {
        out.push(
          makeFinding(punctuationWidth, unit, {
            target: spanOf(t, i, i + ch.length),
            message: `Full-width letters or digits "${ch}": use ordinary (half-width) ones in Chinese text.`,
            suggestion: toHalfWidth(ch),
          }),
        );
        continue;
      }
      if (inRanges(urls, i)) continue;
      const prev = i > 0 ? t.charCodeAt(i - 1) : -1;
      const next = i + 1 < t.length ? t.charCodeAt(i + 1) : -1;
      let flag: boolean;
      if (ch === '(' || ch === ')') flag = parens.has(i);
      else if (ch === '.') flag = isHan(prev) && (next === -1 || isInlineSpace(next) || next === 0x0a || isHan(next));
      else {
        if (isAsciiDigit(prev) && isAsciiDigit(next)) continue; // 3,287 · 1:2
        flag = isCjk(prev) || isCjk(nextVisible(t, i + 1));
      }
      if (!flag) continue;
      // Swallow the spaces after the mark when Chinese follows: "安全, 同时" → "安全，同时".
      let end = i + 1;
      if (ch !== '(') {
        let j = end;
        while (j < t.length && isInlineSpace(t.charCodeAt(j))) j++;
        if (j > end && j < t.length && isCjk(t.charCodeAt(j))) end = j;
      }
      const partner = parens.get(i) ?? -1;
      let pair = '';
      if (partner >= 0 && Math.abs(partner - i) <= 30) {
        const [a, b] = partner < i ? [partner, i] : [i, partner];
        pair = ` ("${t.slice(a, b + 1)}" → "（${t.slice(a + 1, b)}）")`;
      }
      out.push(
        makeFinding(punctuationWidth, unit, {
          target: spanOf(t, i, end),
          message: `Half-width "${ch}" in Chinese text: use the full-width "${FULL[ch]}"${pair}.`,
          suggestion: FULL[ch],
        }),
      );
    }
    return out;
  },
};

function nextVisible(t: string, from: number): number {
  let j = from;
  while (j < t.length && isInlineSpace(t.charCodeAt(j))) j++;
  return j < t.length ? t.charCodeAt(j) : -1;
}

/**
 * Positions of half-width parentheses that stand in Chinese context (pairs judged together):
 * directly touching a Chinese character, or holding Chinese. `OpenAI Gym (Brockman, 2016) 中`
 * — spaced, Latin inside — is left alone.
 */
function pairParens(t: string): Map<number, number> {
  // position → partner position (-1 when unpaired)
  const flagged = new Map<number, number>();
  if (t.indexOf('(') < 0 && t.indexOf(')') < 0) return flagged;
  const stack: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x28) stack.push(i);
    else if (c === 0x29) {
      const open = stack.pop();
      if (open === undefined) {
        if (isCjk(t.charCodeAt(i - 1)) || isCjk(t.charCodeAt(i + 1))) flagged.set(i, -1);
        continue;
      }
      const before = open > 0 ? t.charCodeAt(open - 1) : -1;
      const after = i + 1 < t.length ? t.charCodeAt(i + 1) : -1;
      if (isCjk(before) || isCjk(after) || hasHan(t, open + 1, i)) {
        // "1)" style enumerators never reach here (no opener); "(a)" inside English stays.
        flagged.set(open, i);
        flagged.set(i, open);
      }
    }
  }
  for (const open of stack) {
    const before = open > 0 ? t.charCodeAt(open - 1) : -1;
    if (isCjk(before) || isHan(t.charCodeAt(open + 1))) flagged.set(open, -1);
  }
  return flagged;
}

function hasHan(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isHan(t.charCodeAt(i))) return true;
  return false;
}

function toHalfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(s.charCodeAt(i) - 0xfee0);
  return out;
}

