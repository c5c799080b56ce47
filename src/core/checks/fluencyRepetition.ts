import type { Check, CheckUnit } from './Check';
import type { Finding } from '../model/Finding';
import { isHan } from './util/cjk';
import { makeFinding, spanOf } from './util/makeFinding';
import { SEEN_OPEN_PAREN } from '../text';
import { targetSpans } from './util/unitCache';
import { sourceWritesHead } from './util/sourceWritesHead';

// Imported values read once: a CommonJS build (tsx, the CLI) reads imports through getters.
const spansOf = targetSpans;
const OPEN_PAREN = SEEN_OPEN_PAREN;

const isHanCode = isHan;

/**
 * Function characters whose doubling is an error, with the words that make a doubling
 * legitimate: 目的的 (目的 + 的), 的的确确, 为了了解. Others (是是, 在在, 对对) are left
 * alone: 但是是否, 存在在, 对对抗 are correct.
 */
const DOUBLED_FUNCTION: Record<string, { before: string; after: string }> = {
  的: { before: '目有别似是真端', after: '确' },
  了: { before: '', after: '解然' },
  被: { before: '', after: '' },
};
/** The keys of DOUBLED_FUNCTION as code units (the scan tests these before the table). */
const DE = 0x7684;
const LE = 0x4e86;
const BEI = 0x88ab;
/** Verbs whose ABAB reduplication is legitimate ("研究研究", "讨论讨论"). */
const ABAB_OK = new Set(['研究', '讨论', '考虑', '学习', '休息', '商量', '介绍', '整理', '比较', '了解', '尝试', '检查', '思考', '打扫', '活动']);

/**
 * `fluency.repetition`: doubled words and phrases (存在的存在, 攻击的攻击, 的的, 模型模型), an
 * acronym followed by the head word its expansion already contains (GPIA攻击 when GPIA =
 * …推理攻击), and sentences of one or two Han characters (。属性。, Fluency/Grammar, major).
 * Legitimate reduplication is left alone: 常常, 一一, 人人, 越来越, 的的确确, 研究研究.
 */
export const fluencyRepetition: Check = {
  id: 'fluency.repetition',
  mqm: 'Fluency/Repetition',
  defaultSeverity: 'minor',
  description: 'Doubled words or phrases and one- or two-character sentence fragments',
  run(unit: CheckUnit): Finding[] {
    const t = unit.target;
    if (!t) return [];
    // The three character-level rules visit only the places the target's split listed
    // (no scan of their own); each keeps its own list so the findings come out in the same
    // order as rule by rule.
    const spans = spansOf(unit);
    let doubled: Finding[] | undefined;
    let phrases: Finding[] | undefined;
    let frags: Finding[] | undefined;
    const n = t.length;
    let phraseFrom = 0; // a repeated phrase was reported up to here
    // A doubling (的的) is a main-block Han character equal to the one before it, and a
    // repeated phrase at i starts with one that recurs 2–5 places later, at a j the split
    // listed in `repeats` (main-block Han equal to one 1–5 places before): so every phrase
    // start is among j−5 … j−2 of some listed j. Those are tried in ascending order, each
    // once, with the full test.
    const repeats = spans.repeats ?? [];
    let nextStart = 0; // phrase starts below this were tried
    for (let x = 0; x < repeats.length; x++) {
      const j = repeats[x];
      const c = t.charCodeAt(j);
      for (let i = j - 5 > nextStart ? j - 5 : nextStart; i <= j - 2; i++) {
        if (i >= phraseFrom && i + 4 <= n && phraseStartAt(t, i)) {
          const before = phrases?.length ?? 0;
          phrases = repeatedPhrase(unit, t, i, phrases);
          if ((phrases?.length ?? 0) > before) phraseFrom = phrases![phrases!.length - 1].target!.end;
        }
      }
      if (j - 1 > nextStart) nextStart = j - 1;
      if ((c === DE || c === LE || c === BEI) && t.charCodeAt(j - 1) === c) doubled = doubledFunctionChar(unit, t, j, doubled);
    }
    // "。属性。": the fragment after a full stop is a sentence of the split with one or two
    // Han characters (its start is right after the stop and spaces; a full stop always ends
    // a sentence, and nothing but its Han characters lies inside): only those are tried
    for (let k = 1; k < spans.count; k++) {
      const h = spans.han[k];
      if (h < 1 || h > 2) continue;
      let i = spans.bounds[2 * k] - 1;
      while (i > 0 && (t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x3000)) i--;
      if (isFullStop(t.charCodeAt(i))) frags = fragment(unit, t, i, frags);
    }
    const out: Finding[] = [];
    if (doubled) out.push(...doubled);
    if (phrases) out.push(...phrases);
    acronymHeadRepeats(unit, t, out);
    if (frags) out.push(...frags);
    return out;
  },
};

/**
 * The scan's test for a repeated phrase starting at i: a main-block Han character other
 * than 的 and a phrase character after it, the two recurring together 2–5 places later
 * (past the end: no character). `repeatAt` finds a repeat only there: its second copy
 * starts len (模型模型) or len + 1 (攻击的攻击) places after i, len 2–4, and begins with the
 * same two characters. Testing the pair, not the first character alone, leaves 0.9 of the
 * 3.5 starts a real abstract sent to `repeatAt`.
 */
function phraseStartAt(t: string, i: number): boolean {
  const a0 = t.charCodeAt(i);
  if (!(a0 - 0x4e00 >>> 0 < 0x5200) || a0 === DE) return false;
  const a1 = t.charCodeAt(i + 1);
  if (
    (a0 !== t.charCodeAt(i + 2) || a1 !== t.charCodeAt(i + 3)) &&
    (a0 !== t.charCodeAt(i + 3) || a1 !== t.charCodeAt(i + 4)) &&
    (a0 !== t.charCodeAt(i + 4) || a1 !== t.charCodeAt(i + 5)) &&
    (a0 !== t.charCodeAt(i + 5) || a1 !== t.charCodeAt(i + 6))
  ) return false;
  return isPhraseCode(a1);
}

/** t[i] equals t[i − 1]: a doubled function character (的的, 了了, 被被)? */
function doubledFunctionChar(unit: CheckUnit, t: string, i: number, out: Finding[] | undefined): Finding[] | undefined {
  const rule = DOUBLED_FUNCTION[t[i]];
  if (!rule) return out;
  if (i >= 2 && rule.before.includes(t[i - 2])) return out;
  if (i + 1 < t.length && rule.after.includes(t[i + 1])) return out;
  // AABB reduplication (的的确确): AA followed by BB.
  if (i + 2 < t.length && t.charCodeAt(i + 1) === t.charCodeAt(i + 2) && isHanCode(t.charCodeAt(i + 1))) return out;
  (out ??= []).push(
    makeFinding(fluencyRepetition, unit, {
      target: spanOf(t, i - 1, i + 1),
      message: `"${t[i]}" is written twice: keep one.`,
      suggestion: t[i],
    }),
  );
  return out;
}

/** A phrase at i repeated right after it or after 的 (模型模型, 攻击的攻击)? */
function repeatedPhrase(unit: CheckUnit, t: string, i: number, out: Finding[] | undefined): Finding[] | undefined {
  {
    const m = repeatAt(t, i);
    if (!m) return out;
    const word = t.slice(i, i + m.len);
    const viaDe = m.viaDe;
    const endAt = i + m.len * 2 + (viaDe ? 1 : 0);
    const after = t[endAt] ?? '';
    // 视频的视频识别, 模型的模型提取, 无线无线电, 平均平均精度: the second X starts a compound
    // (a longer word or term), so this is not a plain repetition.
    const startsCompound = isHanChar(after) && !CLAUSE_GLUE.includes(after);
    const skip = viaDe
      ? startsCompound || endsList(t, i)
      : startsCompound || ABAB_OK.has(word) || isAabb(word) || word[0] === '一' || (after !== '' && ASPECT.includes(after));
    if (skip) return out;
    const whole = t.slice(i, endAt);
    (out ??= []).push(
      makeFinding(fluencyRepetition, unit, {
        target: spanOf(t, i, endAt),
        message: viaDe
          ? `"${word}" is repeated around 的 ("${whole}"): the phrase says the same word twice; keep one.`
          : `"${word}" is written twice in a row: keep one.`,
        suggestion: word,
      }),
    );
    return out;
  }
}

/** isPhraseChar, for the scan loop (one subtraction and two compares). */
function isPhraseCode(c: number): boolean {
  return c - 0x4e00 >>> 0 < 0x5200 && c !== 0x7684;
}

/** Han other than 的 (U+7684): what a repeated phrase is made of. */
function isPhraseChar(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff && c !== 0x7684;
}

/**
 * A phrase of 2–4 characters at `i` repeated right after it (模型模型) or after 的
 * (攻击的攻击); longest first, 的 form first — the order a backtracking regex would try.
 */
function repeatAt(t: string, i: number): { len: number; viaDe: boolean } | null {
  const c = t.charCodeAt(i);
  // Quick reject: the first character must recur 2–5 positions later.
  if (c !== t.charCodeAt(i + 2) && c !== t.charCodeAt(i + 3) && c !== t.charCodeAt(i + 4) && c !== t.charCodeAt(i + 5)) return null;
  if (!isPhraseChar(c) || !isPhraseChar(t.charCodeAt(i + 1))) return null;
  let maxLen = 2;
  while (maxLen < 4 && i + maxLen < t.length && isPhraseChar(t.charCodeAt(i + maxLen))) maxLen++;
  for (let len = maxLen; len >= 2; len--) {
    if (t.charCodeAt(i + len) === 0x7684 && sameRun(t, i, i + len + 1, len)) return { len, viaDe: true };
    if (sameRun(t, i, i + len, len)) return { len, viaDe: false };
  }
  return null;
}

function sameRun(t: string, a: number, b: number, len: number): boolean {
  if (b + len > t.length) return false;
  for (let k = 0; k < len; k++) if (t.charCodeAt(a + k) !== t.charCodeAt(b + k)) return false;
  return true;
}

/** Suffixes that turn the head word into another word: 跟踪→跟踪器, 攻击→攻击者, 准确→准确率. */
const NOMINAL_SUFFIX = '器者性率法式度';

/** After "X的X", these still end the phrase: 攻击的攻击的… / 存在的存在和…. */
const CLAUSE_GLUE = '的了和与或及是在中时上下';
/** After "XX", an aspect particle or 性 means two words (我们的发现发现了, 对抗对抗性): not a doubling. */
const ASPECT = '了着过性';

/** Characters that join the items of a list (字母、数字和特殊字符). */
const LIST_JOIN = '、和或及';

/**
 * "字母、数字和特殊字符的字符": the first X of an X的X at i ends a list (a joiner at most four Han
 * characters before it), and the second X is the head noun the list describes: no doubling.
 */
function endsList(t: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const c = t.charCodeAt(k);
    if (LIST_JOIN.indexOf(t[k]) >= 0) return true;
    if (!isHanCode(c) || c === DE) return false;
  }
  return false;
}

function isHanChar(ch: string): boolean {
  return ch !== '' && isHanCode(ch.charCodeAt(0));
}

function isAabb(w: string): boolean {
  return w.length === 4 && w[0] === w[1] && w[2] === w[3];
}

function acronymHeadRepeats(unit: CheckUnit, t: string, out: Finding[]): void {
  const spans = spansOf(unit);
  if ((spans.seen & OPEN_PAREN) === 0) return; // no ( or （
  // the definitions start at a ( or （, and the split listed where those are: try the
  // pattern there only (the same matches as a scan of the whole text)
  const marks = spans.marks;
  let seen: string[] | undefined; // keys already searched (a unit defines one or two acronyms)
  let after = 0; // end of the last definition
  for (let x = 0; x < marks.length; x++) {
    const p = marks[x];
    if (p < after) continue;
    const c = t.charCodeAt(p);
    if (c !== 0x28 && c !== 0xff08) continue;
    const close = acronymDefinitionEnd(t, p);
    if (close < 0) continue;
    after = close + 1;
    // The Chinese expansion: the Han run right before the bracket, at least two characters
    // (its start is looked for only for a finding's message)
    if (p < 2 || !isHanCode(t.charCodeAt(p - 1)) || !isHanCode(t.charCodeAt(p - 2))) continue;
    const acronym = t.slice(p + 1, close);
    const head = t.slice(p - 2, p);
    const key = acronym + head;
    if (seen === undefined) seen = [key];
    else if (seen.includes(key)) continue;
    else seen.push(key);
    let mirrored: boolean | undefined; // the source writes the acronym with the head word
    for (let at = t.indexOf(key); at >= 0; at = t.indexOf(key, at + key.length)) {
      if (at > 0 && isLatinAlnum(t.charCodeAt(at - 1))) continue;
      // MOT跟踪器 ("MOT tracker"), PIA攻击者 ("attacker"): a different word that starts with the head.
      // (at the end of the text nothing follows: ''.includes is no suffix)
      const next = t[at + key.length];
      if (next !== undefined && NOMINAL_SUFFIX.includes(next)) continue;
      // "GPIA attacks", "HJB equation", "the TDPP method", "generated by PL-SKG": the head
      // word renders a word the source writes with the acronym, so the target mirrors it
      if ((mirrored ??= sourceWritesHead(unit.source, acronym, head))) break;
      let from = p - 2;
      while (from > 0 && isHanCode(t.charCodeAt(from - 1))) from--;
      const expansion = t.slice(from, p);
      out.push(
        makeFinding(fluencyRepetition, unit, {
          target: spanOf(t, at, at + key.length),
          message: `"${acronym}" already stands for "${expansion}", so "${key}" says "${head}" twice: write "${acronym}".`,
          suggestion: acronym,
        }),
      );
    }
  }
}

/** ASCII letter or digit ([A-Za-z0-9]). */
function isLatinAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * A Latin acronym defined right after its Chinese expansion: 推理攻击（GPIA） / 推理攻击(GPIA).
 * With the opening bracket at `p`: the position of the closing one when letters, digits and
 * hyphens stand between them, starting with a capital and holding another one, else -1 (the
 * matches of /[(（]([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*s?)[)）]/ at p).
 */
function acronymDefinitionEnd(t: string, p: number): number {
  const first = t.charCodeAt(p + 1);
  if (!(first >= 0x41 && first <= 0x5a)) return -1;
  let capitals = 0;
  let j = p + 2;
  for (; j < t.length; j++) {
    const c = t.charCodeAt(j);
    if (c >= 0x41 && c <= 0x5a) capitals++;
    else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d)) break;
  }
  const close = j < t.length ? t.charCodeAt(j) : -1;
  return capitals > 0 && (close === 0x29 || close === 0xff09) ? j : -1;
}

/** 。！？ — not ；, which separates list items that may be one word long. */
function isFullStop(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** "。属性。": after the full stop at i, a sentence of one or two Han characters? */
function fragment(unit: CheckUnit, t: string, i: number, out: Finding[] | undefined): Finding[] | undefined {
  {
    let s = i + 1;
    while (s < t.length && (t.charCodeAt(s) === 0x20 || t.charCodeAt(s) === 0x3000)) s++;
    let e = s;
    while (e < t.length && e - s < 3 && isHanCode(t.charCodeAt(e))) e++;
    const n = e - s;
    if (n < 1 || n > 2 || e >= t.length || !isFullStop(t.charCodeAt(e))) return out;
    (out ??= []).push(
      makeFinding(fluencyRepetition, unit, {
        target: spanOf(t, s, e + 1),
        message: `"${t.slice(s, e + 1)}" stands alone as a sentence of ${n} character${n > 1 ? 's' : ''}: the sentence is garbled; join it to the previous one and rephrase.`,
        severity: 'major',
        mqm: 'Fluency/Grammar',
      }),
    );
    return out;
  }
}
