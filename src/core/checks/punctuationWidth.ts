import type { Check, CheckUnit } from './Check';
import type { Finding } from '../model/Finding';
import { isAsciiDigit, isCjk, isHan, isInlineSpace } from './util/cjk';
import { makeFinding, spanOf } from './util/makeFinding';
import { inRanges, urlRangesAt } from './util/urlRanges';
import { SEEN_HALF_PUNCT } from '../text';
import { targetSpans } from './util/unitCache';

// Imported values read once: a CommonJS build (tsx, the CLI) reads imports through getters.
const spansOf = targetSpans;
const HALF_PUNCT = SEEN_HALF_PUNCT;
const finding = makeFinding;
const span = spanOf;
const urlsIn = urlRangesAt;
const inside = inRanges;

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

/**
 * By a half-width mark's code unit: its message up to its pair's text (then `.`), its whole
 * message, and its full-width form (one string per mark, made once; arrays, not a look-up
 * by string key per finding).
 */
const MESSAGE_HEAD: string[] = [];
const MESSAGE: string[] = [];
const FULL_OF: string[] = [];
for (const [half, full] of Object.entries(FULL)) {
  const c = half.charCodeAt(0);
  MESSAGE_HEAD[c] = `Half-width "${half}" in Chinese text: use the full-width "${full}"`;
  MESSAGE[c] = MESSAGE_HEAD[c] + '.';
  FULL_OF[c] = full;
}

/** Candidates: 1 half-width punctuation , ; : ( ) ? ! . — 2 full-width letters/digits (U+FF10–FF5A). */
const CANDIDATE = new Uint8Array(0x10000);
for (const ch of ',;:()?!.') CANDIDATE[ch.charCodeAt(0)] = 1;
for (const [a, b] of [[0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a]]) for (let c = a; c <= b; c++) CANDIDATE[c] = 2;

// module-local bindings: hot loops call these directly
const isHanCode = isHan;
const isCjkCode = isCjk;
const isSpaceCode = isInlineSpace;
const isDigitCode = isAsciiDigit;

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
    // no candidate character anywhere (the sentence split saw none): nothing to do
    if ((spansOf(unit).seen & HALF_PUNCT) === 0) return [];
    const out: Finding[] = [];
    let parens: Int32Array | undefined;
    let pairText = '';
    let pairOpen = -1;
    const n = t.length;
    // the split listed every half-width punctuation / full-width letter position
    const marks = spansOf(unit).marks;
    // the URLs, found from the same marks (every ':' and '.' is one): no pass over the text
    // when none can be there
    const urls = urlsIn(t, marks);
    for (let x = 0; x < marks.length; x++) {
      const i = marks[x];
      const kind = CANDIDATE[t.charCodeAt(i)];
      if (kind === 0) continue;
      if (kind === 2) {
        let j = i + 1;
        while (j < n && CANDIDATE[t.charCodeAt(j)] === 2) j++;
        while (x + 1 < marks.length && marks[x + 1] < j) x++; // the run is one finding
        const ch = t.slice(i, j);
        out.push(
          finding(punctuationWidth, unit, {
            target: span(t, i, j),
            message: `Full-width letters or digits "${ch}": use ordinary (half-width) ones in Chinese text.`,
            suggestion: toHalfWidth(ch),
          }),
        );
        continue;
      }
      const code = t.charCodeAt(i);
      const ch = t[i];
      if (inside(urls, i)) continue;
      const prev = i > 0 ? t.charCodeAt(i - 1) : -1;
      const next = i + 1 < t.length ? t.charCodeAt(i + 1) : -1;
      let flag: boolean;
      const paren = ch === '(' || ch === ')';
      if (paren) flag = (parens ??= pairParens(t, marks))[x] !== NOT_FLAGGED;
      else if (ch === '.') flag = isHanCode(prev) && (next === -1 || isSpaceCode(next) || next === 0x0a || isHanCode(next));
      else {
        if (isDigitCode(prev) && isDigitCode(next)) continue; // 3,287 · 1:2
        flag = isCjkCode(prev) || isCjkCode(nextVisible(t, i + 1));
      }
      if (!flag) continue;
      // Swallow the spaces after the mark when Chinese follows: "安全, 同时" → "安全，同时".
      let end = i + 1;
      if (ch !== '(') {
        let j = end;
        while (j < t.length && isSpaceCode(t.charCodeAt(j))) j++;
        if (j > end && j < t.length && isCjkCode(t.charCodeAt(j))) end = j;
      }
      const partner = paren ? parens![x] : -1;
      let message = MESSAGE[code];
      if (partner >= 0 && Math.abs(partner - i) <= 30) {
        // a pair's two findings show the same rewrite: made once (at the opener, unless a
        // nested pair came between)
        const open = partner < i ? partner : i;
        if (open !== pairOpen) {
          const close = partner < i ? i : partner;
          pairOpen = open;
          // the pair is ( … ): the text between once
          const between = t.slice(open + 1, close);
          pairText = ` ("(${between})" → "（${between}）").`;
        }
        message = MESSAGE_HEAD[code] + pairText;
      }
      out.push(
        finding(punctuationWidth, unit, {
          target: span(t, i, end),
          message,
          suggestion: FULL_OF[code],
        }),
      );
    }
    return out;
  },
};

function nextVisible(t: string, from: number): number {
  let j = from;
  while (j < t.length && isSpaceCode(t.charCodeAt(j))) j++;
  return j < t.length ? t.charCodeAt(j) : -1;
}

/** In `pairParens`' answer: a mark that is not a flagged parenthesis. */
const NOT_FLAGGED = -2;
/** `pairParens`' answer, reused from unit to unit (grown as needed; valid up to the unit's mark count). */
let partnerScratch = new Int32Array(64);
/** Open parentheses waiting for their partner, as mark indices (reused). */
let openScratch = new Int32Array(64);

/**
 * Half-width parentheses that stand in Chinese context (pairs judged together): directly
 * touching a Chinese character, or holding Chinese. `OpenAI Gym (Brockman, 2016) 中` —
 * spaced, Latin inside — is left alone. `marks` (ascending) holds every ( and ) of `t`
 * among other positions: only those are visited. The answer is indexed like `marks`: the
 * partner's position for a flagged parenthesis, -1 for a flagged one without a partner,
 * NOT_FLAGGED otherwise (typed arrays kept across units instead of a Map per unit).
 */
function pairParens(t: string, marks: number[]): Int32Array {
  if (partnerScratch.length < marks.length) {
    partnerScratch = new Int32Array(2 * marks.length);
    openScratch = new Int32Array(2 * marks.length);
  }
  const partner = partnerScratch;
  const stack = openScratch;
  partner.fill(NOT_FLAGGED, 0, marks.length);
  let top = 0;
  for (let x = 0; x < marks.length; x++) {
    const i = marks[x];
    const c = t.charCodeAt(i);
    if (c === 0x28) stack[top++] = x;
    else if (c === 0x29) {
      if (top === 0) {
        if (isCjkCode(t.charCodeAt(i - 1)) || isCjkCode(t.charCodeAt(i + 1))) partner[x] = -1;
        continue;
      }
      const ox = stack[--top];
      const open = marks[ox];
      const before = open > 0 ? t.charCodeAt(open - 1) : -1;
      const after = i + 1 < t.length ? t.charCodeAt(i + 1) : -1;
      if (isCjkCode(before) || isCjkCode(after) || hasHan(t, open + 1, i)) {
        // "1)" style enumerators never reach here (no opener); "(a)" inside English stays.
        partner[ox] = i;
        partner[x] = open;
      }
    }
  }
  for (let k = 0; k < top; k++) {
    const open = marks[stack[k]];
    const before = open > 0 ? t.charCodeAt(open - 1) : -1;
    if (isCjkCode(before) || isHanCode(t.charCodeAt(open + 1))) partner[stack[k]] = -1;
  }
  return partner;
}

function hasHan(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isHanCode(t.charCodeAt(i))) return true;
  return false;
}

function toHalfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(s.charCodeAt(i) - 0xfee0);
  return out;
}

