import type { Check, CheckUnit } from './Check';
import type { Finding, Span } from '../model/Finding';
import { chineseNumerals, digitNumbers, englishNumberWordsAt, type NumberToken } from './util/extractNumbers';
import { NumeralKeys } from './util/chineseNumerals';
import { makeFinding, spanOf } from './util/makeFinding';
import { sourceSpans, sourceWords, targetIsEnglish, targetSpans, unitSegments } from './util/unitCache';

// Imported values read once: a CommonJS build (tsx, the CLI) reads imports through getters.
const srcSpansOf = sourceSpans;
const srcWordsOf = sourceWords;
const tgtSpansOf = targetSpans;
const englishTarget = targetIsEnglish;
const digitsIn = digitNumbers;
const numberWordsIn = englishNumberWordsAt;
const numeralsIn = chineseNumerals;

const NONE: NumberToken[] = [];

/** "dozens", "hundreds", "thousands", "millions": vague amounts (数十, 数百, 上千, 数百万, 数以百万计). */
const VAGUE: Record<string, RegExp> = { '12': /[数几]十|打/, '100': /百|十万|亿/, '1000': /千|万/, '1000000': /万|亿/ };

const ZH_FOR: Record<string, string> = { '2': '两', '3': '三', '4': '四', '5': '五', '6': '六', '7': '七', '8': '八', '9': '九', '10': '十', '20': '二十', '100': '百', '1000': '千' };

/**
 * `numbers` (Accuracy/Mistranslation, major): every number of the source — digits,
 * decimals, percentages, signed values (+4.2%), ranges (10/30-shot, 1–5), lists — and the
 * English number words two … ninety must reappear in the target, as digits or Chinese
 * numerals ("three" = 三, "ten" = 十, "two" = 两/二/双). Compared per unit first (cheap, and
 * immune to alignment mistakes); a missing number is then located in its aligned segment,
 * where a lone unmatched target number is reported as the wrong one ("two benchmarks" vs
 * 三个基准). An explicit opposite sign (+3.1 vs -3.1) is a finding too.
 */
export const numbers: Check = {
  id: 'numbers',
  mqm: 'Accuracy/Mistranslation',
  defaultSeverity: 'major',
  description: 'Numbers, signs, ranges and number words that differ between source and target',
  needsSource: true,
  run(unit: CheckUnit): Finding[] {
    const src = unit.source;
    const t = unit.target;
    if (!src || !t) return [];
    // every digit number holds a digit: the split's mask says whether there is one at all
    const srcSpans = srcSpansOf(unit);
    const srcDigits = srcSpans.firstDigit >= 0 ? digitsIn(src, srcSpans.firstDigit, srcWordsOf(unit)) : NONE;
    const srcWords = numberWordsIn(src, srcSpans.wordStarts);
    if (srcDigits.length === 0 && srcWords.length === 0) return [];
    if (englishTarget(unit)) return []; // untranslated reports it
    const tgtSpans = tgtSpansOf(unit);
    const tgtDigits = tgtSpans.firstDigit >= 0 ? digitsIn(t, tgtSpans.firstDigit) : NONE;
    // Most units: every source number is among the target's digits. Checked by a loop over
    // the few target numbers (no Set built per unit); Chinese numerals are read only when
    // something is still unmatched or the source spells numbers out.
    let signed = false;
    let allFound = srcWords.length === 0;
    const digitKeys = keySet(tgtDigits, NONE);
    for (let k = 0; k < srcDigits.length; k++) {
      const n = srcDigits[k];
      if (n.sign !== '') signed = true;
      if (allFound && !has(digitKeys, tgtDigits, NONE, n.key)) allFound = false;
    }
    // Most of the rest: every source number is among the target's digits or numerals (read
    // lazily), exactly as the loops below decide it, but without building numeral tokens.
    if (allFound || everyFound(src, t, srcDigits, srcWords, tgtDigits, digitKeys)) return signed ? signFlips(unit, srcDigits, tgtDigits) : [];
    const tgtNumerals = numeralsIn(t);
    const keys = keySet(tgtDigits, tgtNumerals);
    const missing: NumberToken[] = [];
    for (const n of srcDigits) {
      if (has(keys, tgtDigits, tgtNumerals, n.key)) continue;
      // Same digits glued to Latin letters in the target (ASVspoof2021, 822KB/s): not a change.
      if (t.includes(src.slice(n.start + n.sign.length, n.end))) continue;
      missing.push(n);
    }
    for (const n of srcWords) {
      if (has(keys, tgtDigits, tgtNumerals, n.key) || (n.alt && has(keys, tgtDigits, tgtNumerals, n.alt))) continue;
      if (VAGUE[n.key]?.test(t)) continue;
      missing.push(n);
    }
    const out = missing.length > 0 ? locate(unit, missing, srcDigits, srcWords, tgtDigits, tgtNumerals) : [];
    if (signed) for (const f of signFlips(unit, srcDigits, tgtDigits)) out.push(f);
    return out;
  },
};

const NUMERAL_KEYS = new NumeralKeys();

/**
 * No source number is missing from the target: what the loops of `run` decide (a number is
 * missing when its key is neither among the target's digits nor its numerals, nor saved by
 * the checks that follow), with the numerals' keys read only as far as needed.
 */
function everyFound(src: string, t: string, srcDigits: NumberToken[], srcWords: NumberToken[], tgtDigits: NumberToken[], digitKeys: Set<string> | null): boolean {
  const numerals = NUMERAL_KEYS;
  numerals.reset(t);
  for (let k = 0; k < srcDigits.length; k++) {
    const n = srcDigits[k];
    if (has(digitKeys, tgtDigits, NONE, n.key) || numerals.has(n.key)) continue;
    if (t.includes(src.slice(n.start + n.sign.length, n.end))) continue;
    return false;
  }
  for (let k = 0; k < srcWords.length; k++) {
    const n = srcWords[k];
    if (has(digitKeys, tgtDigits, NONE, n.key) || numerals.has(n.key)) continue;
    if (n.alt && (has(digitKeys, tgtDigits, NONE, n.alt) || numerals.has(n.alt))) continue;
    if (VAGUE[n.key]?.test(t)) continue;
    return false;
  }
  return true;
}

/** Above this many target numbers, look keys up in a Set (below, a loop is cheaper than building one). */
const FEW = 16;

/** The keys of `a` and `b` as a Set when they are many, else null (see `has`). */
function keySet(a: readonly NumberToken[], b: readonly NumberToken[]): Set<string> | null {
  if (a.length + b.length <= FEW) return null;
  const s = new Set<string>();
  for (const n of a) s.add(n.key);
  for (const n of b) s.add(n.key);
  return s;
}

/**
 * Does a token of `a` or `b` have this key? A unit has a handful of numbers on each side:
 * a loop over them beats building a Set per unit; a number-heavy unit gets the Set (no
 * quadratic look-up).
 */
function has(set: Set<string> | null, a: readonly NumberToken[], b: readonly NumberToken[], key: string): boolean {
  if (set !== null) return set.has(key);
  for (let k = 0; k < a.length; k++) if (a[k].key === key) return true;
  for (let k = 0; k < b.length; k++) if (b[k].key === key) return true;
  return false;
}

function locate(
  unit: CheckUnit,
  missing: NumberToken[],
  srcDigits: NumberToken[],
  srcWords: NumberToken[],
  tgtDigits: NumberToken[],
  tgtNumerals: (NumberToken & { quantity: boolean })[],
): Finding[] {
  const src = unit.source;
  const t = unit.target;
  const srcKeys = new Set<string>();
  for (const n of srcDigits) srcKeys.add(n.key);
  for (const n of srcWords) srcKeys.add(n.key);
  // Target numbers the source does not have: candidates for "the wrong number".
  // 一个/一种 are articles in Chinese, never a wrong count.
  const strays = [...tgtDigits, ...tgtNumerals.filter((n) => n.quantity && n.key !== '1')].filter((n) => !srcKeys.has(n.key));
  const segments = unitSegments(unit);
  const used = new Set<NumberToken>();
  const out: Finding[] = [];
  for (const n of missing) {
    const seg = segments.find((s) => s.source && s.source.start <= n.start && n.start < s.source.end);
    const tSpan: Span | null = seg?.target ?? null;
    const inSeg = tSpan ? strays.filter((x) => !used.has(x) && x.start >= tSpan.start && x.end <= tSpan.end) : [];
    const wanted = src.slice(n.start, n.end);
    if (inSeg.length === 1) {
      const w = inSeg[0];
      used.add(w);
      const suggestion = w.spelled ? (ZH_FOR[n.key] ?? n.key) : n.spelled ? n.key : wanted.replace(/^[+\-−]/, (s) => (w.sign ? s : ''));
      out.push(
        makeFinding(numbers, unit, {
          source: spanOf(src, n.start, n.end),
          target: spanOf(t, w.start, w.end),
          message: `The source says "${wanted}" but the translation has "${t.slice(w.start, w.end)}" here: check the number.`,
          suggestion,
        }),
      );
    } else {
      out.push(
        makeFinding(numbers, unit, {
          source: spanOf(src, n.start, n.end),
          message:
            brokenNumberMessage(src, n, wanted, t, tSpan) ??
            `The number "${wanted}" in the source does not appear in the translation${tSpan ? ` of this sentence ("${clip(tSpan.text)}")` : ''}: add it or check the sentence.`,
        }),
      );
    }
  }
  return out;
}

/**
 * The message for a missing number that is there but broken: its digits split by spaces
 * ("10 0", "4 5.9", "96 88" for 96.88) in the target sentence (the whole target when the
 * segment is unknown), and a source percentage whose % became 美元 or was dropped. Null when
 * the digits are not there either. Read only for a missing number (rare).
 */
function brokenNumberMessage(src: string, n: NumberToken, wanted: string, t: string, tSpan: Span | null): string | null {
  const digits = wanted.replace(/^[+\-−]/, '').replace(/,/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(digits) || digits.length < 2) return null;
  // each digit, then optional spaces; a decimal point may have become a space
  const re = digits
    .split('')
    .map((c) => (c === '.' ? '(?:\\.| +)' : c))
    .join(' *');
  const from = tSpan ? tSpan.start : 0;
  const to = tSpan ? tSpan.end : t.length;
  const m = new RegExp(`(?<![\\d.])${re}(?![\\d])`).exec(t.slice(from, to));
  if (!m || !/ /.test(m[0])) return null;
  const seen = m[0];
  const after = t.slice(from + m.index + seen.length, from + m.index + seen.length + 4);
  const percent = /^\s*\\?%/.test(src.slice(n.end, n.end + 4));
  let pct = '';
  if (percent && /^\s*美元/.test(after)) pct = ', and its "%" became "美元"';
  else if (percent && !/^\s*[\\]?[%％]/.test(after)) pct = ', and its "%" is missing';
  return `The number "${wanted}" in the source is split by a space in the translation ("${seen}")${pct}: write "${digits}${percent ? '%' : ''}".`;
}

function signFlips(unit: CheckUnit, srcDigits: NumberToken[], tgtDigits: NumberToken[]): Finding[] {
  const out: Finding[] = [];
  for (const n of srcDigits) {
    if (!n.sign) continue;
    const same = tgtDigits.filter((x) => x.key === n.key);
    if (same.length === 0 || same.some((x) => x.sign === n.sign || x.sign === '')) continue;
    const w = same[0];
    out.push(
      makeFinding(numbers, unit, {
        source: spanOf(unit.source, n.start, n.end),
        target: spanOf(unit.target, w.start, w.end),
        message: `The sign is flipped: the source has "${unit.source.slice(n.start, n.end)}", the translation "${unit.target.slice(w.start, w.end)}".`,
        suggestion: (n.sign === '-' ? '-' : '+') + unit.target.slice(w.start + 1, w.end),
      }),
    );
  }
  return out;
}

function clip(s: string): string {
  return s.length > 30 ? s.slice(0, 30) + '…' : s;
}
