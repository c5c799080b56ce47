import type { Lang } from '../model/Unit';
import { BEFORE_NUMBER, MAYBE_FINAL, NEVER_FINAL } from './englishAbbreviations';
import type { Sentence } from './Sentence';
import { isHanCode, scriptCounts } from './scriptCounts';

/** Full-width terminators: always end a sentence (also inside English text). */
const CJK_TERMINATORS = new Set(['。', '！', '？', '；', '…', '｡']);
const HALF_TERMINATORS = new Set(['.', '!', '?', ';']);
/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '〕', '］', ']', '}', '"', "'", '»', '〉']);

/** . ! ? ; newline, 。！？；…｡ (the characters the splitter looks at). */
function isStopOrNewline(c: number): boolean {
  if (c < 0x80) return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a;
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x2026 || c === 0xff61;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x3000 || c === 0xa0;
}

/** Han, CJK punctuation, full-width forms, kana: text after which a half-width stop ends a Chinese sentence. */
function isCjk(c: number): boolean {
  return isHanCode(c) || (c >= 0x3000 && c <= 0x30ff) || (c >= 0xff00 && c <= 0xffef);
}

function isUpper(ch: string): boolean {
  return ch >= 'A' && ch <= 'Z';
}

function isLower(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch.length === 1 && ch !== ch.toUpperCase() && ch === ch.toLowerCase());
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** The word ending at the period at `dot`, lower case, with its period: "e.g.", "fig.", "j.". */
function wordBefore(text: string, dot: number): string {
  let s = dot;
  while (s > 0 && dot - s < 24) {
    const ch = text[s - 1];
    if (!(ch === '.' || /[A-Za-z]/.test(ch))) break;
    s--;
  }
  return text.slice(s, dot + 1).toLowerCase();
}

/**
 * Split text into sentences. `lang` 'zh' or 'en' selects the rules; 'und' decides by
 * script (more Han than 0.3 × Latin letters → Chinese).
 *
 * English: a sentence ends at . ! ? (runs such as "?!" or "..." included) plus any closing
 * quotes/brackets, when followed by the end of text, or by whitespace and then something
 * that is not a lower-case letter. No split after known abbreviations (e.g., i.e., cf.,
 * vs., Fig., Eq., Sec., …), "No./p./Vol." before a number, "etc."/"et al." unless an upper-case
 * word follows, single-letter initials ("J. Smith"), dotted forms ("U.S."); decimals,
 * versions and URLs never split because no whitespace follows their periods.
 * Chinese: a sentence ends after 。！？；… (and runs of them) plus closing quotes/brackets
 * ”」』）)】; after half-width . ! ? ; when CJK text precedes them, or when they end a
 * Latin word and end of text, whitespace or CJK text follows ("DESTA. 其核心"), never inside
 * "73.0%" or "v1.2". A lone ellipsis (… or ……) ends a sentence only before end of text or
 * space + non-lower-case. Both: a blank line always ends a sentence; full-width 。！？；
 * always split. Runs in linear time.
 */
export function splitSentences(text: string, lang: Lang): Sentence[] {
  const zh = lang === 'zh' || (lang === 'und' && isMostlyHan(text));
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // fast path: only . ! ? ; newline and the CJK stops 。！？；…｡ matter
    if (!isStopOrNewline(code)) {
      i++;
      continue;
    }
    const ch = text[i];
    if (code === 0x0a) {
      // blank line → paragraph break
      let k = i + 1;
      while (k < n && isSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 0x0a) k++;
      if (k < n && text.charCodeAt(k) === 0x0a) ends.push(i);
      i = k;
      continue;
    }
    if (!CJK_TERMINATORS.has(ch) && !HALF_TERMINATORS.has(ch)) {
      i++;
      continue;
    }
    // the run of terminators ("?!", "...", "……。"), then closing quotes/brackets
    let j = i + 1;
    let fullStop = ch !== '…' && CJK_TERMINATORS.has(ch);
    while (j < n && (CJK_TERMINATORS.has(text[j]) || HALF_TERMINATORS.has(text[j]))) {
      if (text[j] !== '…' && CJK_TERMINATORS.has(text[j])) fullStop = true;
      j++;
    }
    while (j < n && CLOSERS.has(text[j])) j++;
    if (fullStop || (ch === '…' ? ellipsisEnds(text, j) : endsHere(text, i, j, zh))) ends.push(j);
    i = j;
  }
  return toSentences(text, ends);
}

function endsHere(text: string, i: number, j: number, zh: boolean): boolean {
  const ch = text[i];
  const n = text.length;
  // Chinese: a half-width stop right after CJK text or a closing bracket ends the sentence
  if (zh && i > 0 && (isCjk(text.charCodeAt(i - 1)) || CLOSERS.has(text[i - 1]))) return true;
  if (j >= n) return true;
  const nextCode = text.charCodeAt(j);
  // "79.6", "v1.2.3", "arxiv.org", "e.g.,": no whitespace, no split — unless CJK follows
  if (!isSpace(nextCode)) return isCjk(nextCode);
  if (ch === ';') return zh; // an English semicolon does not end a sentence
  let k = j;
  while (k < n && isSpace(text.charCodeAt(k))) k++;
  if (k >= n) return true;
  const next = text[k];
  if (isLower(next)) return false;
  if (ch !== '.' || j > i + 1) return true; // "!", "?", "...", "?)" end a sentence here
  return !isAbbreviation(text, i, next);
}

/** A lone "…" (or "……") ends a sentence only before the end, or before space + non-lower-case. */
function ellipsisEnds(text: string, j: number): boolean {
  if (j >= text.length) return true;
  if (!isSpace(text.charCodeAt(j))) return false;
  let k = j;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k >= text.length || !isLower(text[k]);
}

/** Is the period at `dot` part of an abbreviation, given the next non-space character? */
function isAbbreviation(text: string, dot: number, next: string): boolean {
  const word = wordBefore(text, dot);
  if (NEVER_FINAL.has(word)) return true;
  if (BEFORE_NUMBER.has(word)) return isDigit(next);
  if (MAYBE_FINAL.has(word)) {
    if (word === 'al.' && !/\bet\s+al\.$/i.test(text.slice(Math.max(0, dot - 8), dot + 1))) return false;
    return !isUpper(next);
  }
  // initials: "J. Smith", "A. B. Author"; dotted acronyms: "U.S." — standing alone, not
  // the end of a URL or path ("example.org/a.b.")
  const start = dot - (word.length - 1);
  const before = start > 0 ? text[start - 1] : ' ';
  if (!/[\s("'“‘\[]/.test(before)) return false;
  const raw = text.slice(start, dot + 1);
  if (/^[A-Z]\.$/.test(raw)) return true;
  if (/^([a-z]\.){2,}$/.test(word)) return true;
  return false;
}

function isMostlyHan(text: string): boolean {
  const s = scriptCounts(text, 4000);
  return s.han > 0 && s.han >= s.latin * 0.3;
}

/** Cut `text` at the end offsets; trim each piece; drop empty ones. */
function toSentences(text: string, ends: number[]): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const cut = (to: number): void => {
    let s = from;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    from = to;
  };
  for (const e of ends) if (e > from) cut(e);
  cut(text.length);
  return out;
}
