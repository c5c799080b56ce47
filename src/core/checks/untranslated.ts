import type { Check, CheckUnit } from './Check';
import type { Finding } from '../model/Finding';
import type { LangGuess } from '../model/Unit';
import { glossaryOf, type CompiledGlossary } from '../glossary';
import { identifyLanguage, SEEN_INLINE_SPACE } from '../text';
import { isEnglishProse, proseStats } from './util/englishProse';
import { languageName } from './util/languageName';
import { makeFinding, spanOf } from './util/makeFinding';
import { targetIsEnglish, targetSentences, targetSpans } from './util/unitCache';
import { inRanges, urlRanges } from './util/urlRanges';

// Imported values read once: a CommonJS build (tsx, the CLI) reads imports through getters.
const englishTarget = targetIsEnglish;
const spansOf = targetSpans;
const INLINE_SPACE = SEEN_INLINE_SPACE;

/** Six or more Latin words in a row (hyphens, apostrophes and commas allowed inside). */
const LATIN_RUN_RE = /[A-Za-z][A-Za-z'’-]*(?:,?[ \t]+[A-Za-z][A-Za-z'’-]*){5,}/g;

/**
 * `untranslated` (Accuracy/Untranslated):
 * - critical: the target is missing while the source is there ("translation missing",
 *   naming the language detected in the source and the engine the file claims);
 *   the target is identical to the source; the whole target is English.
 * - major: one sentence of the target is English; a run of ≥ 6 English words that reads
 *   as prose (lowercase, function words) — names, titles and URLs are not runs.
 */
export const untranslated: Check = {
  id: 'untranslated',
  mqm: 'Accuracy/Untranslated',
  defaultSeverity: 'critical',
  description: 'Missing translation, target identical to the source, or English left in the target',
  run(unit: CheckUnit, ctx): Finding[] {
    const src = unit.source;
    const t = unit.target;
    if (!t.trim()) return src.trim() ? [missing(unit)] : [];
    if (src.trim() && t.trim() === src.trim() && proseStats(src).words >= 3) {
      return [
        makeFinding(untranslated, unit, {
          target: spanOf(t, 0, t.length),
          message: 'The target is identical to the source: it was never translated. Translate it into Chinese.',
        }),
      ];
    }
    if (englishTarget(unit)) {
      // an MT service's error text in place of the translation ("[TencentCloudSDKException]
      // code:ClientNetworkError message:HTTPSConnectionPool…"): say so, not "not Chinese"
      const error = serviceError(t);
      if (error !== null) {
        return [
          makeFinding(untranslated, unit, {
            target: spanOf(t, 0, t.length),
            message: `No translation: the target is an error message of the translation service ("${error}"), not Chinese text. Translate the source again.`,
          }),
        ];
      }
      const g = identifyLanguage(t);
      return [
        makeFinding(untranslated, unit, {
          target: spanOf(t, 0, t.length),
          message: `The target is not Chinese (detected: ${languageName(g.code)}, confidence ${g.confidence.toFixed(2)}): translate it.`,
        }),
      ];
    }
    return partial(unit, t, glossaryOf(ctx));
  },
};

/** An exception or error name (TencentCloudSDKException, ClientNetworkError, HTTPError). */
const ERROR_NAME_RE = /[A-Z][A-Za-z]*(?:Exception|Error)\b/;
/** What an error dump has besides a name: fields, a traceback, HTTP retries or a status. */
const ERROR_DETAIL_RE = /\b(?:code|message|requestId|RequestId|errorCode|error_code|status)\s*[:=]|Traceback \(most recent call last\)|Max retries exceeded|ConnectionPool|status code \d{3}/;

/**
 * The start of `t` up to 60 characters when it is an error dump of a service or library
 * (an exception or error name and an error field, traceback or HTTP failure), else null.
 * Read only for an English target (rare).
 */
function serviceError(t: string): string | null {
  if (!ERROR_NAME_RE.test(t) || !ERROR_DETAIL_RE.test(t)) return null;
  const head = t.trim();
  return head.length > 60 ? head.slice(0, 60) + '…' : head;
}

function missing(unit: CheckUnit): Finding {
  const src = unit.source;
  const g: LangGuess = unit.detected && unit.detected.lang !== 'zh' ? unit.detected : identifyLanguage(src);
  const lang = languageName(g.code);
  const detected = `detected: ${lang}, confidence ${g.confidence.toFixed(2)}`;
  const message = unit.engine
    ? `Translation missing: the text under 'translated by ${unit.engine}' is ${lang} (${detected}). Write the Chinese translation.`
    : `Translation missing: the source is ${lang} (${detected}) and there is no Chinese target. Write the translation.`;
  return makeFinding(untranslated, unit, { source: spanOf(src, 0, src.length), message });
}

/** English sentences inside a Chinese target, then English runs inside Chinese sentences. */
function partial(unit: CheckUnit, t: string, g: CompiledGlossary | undefined): Finding[] {
  // Cheap exit for the common case: no six Latin words in a row anywhere. Such a run has
  // five separators, each ending in a space or tab right before an ASCII letter; the split
  // lists every space and tab among the target's marks (most targets have none).
  const spans = spansOf(unit);
  if ((spans.seen & INLINE_SPACE) === 0 || spacesBeforeLetters(t, spans.marks) < 5) return [];
  LATIN_RUN_RE.lastIndex = 0;
  if (!LATIN_RUN_RE.exec(t)) return [];
  const out: Finding[] = [];
  const urls = urlRanges(t);
  const sentences = targetSentences(unit);
  const covered: number[] = [];
  for (const s of sentences) {
    const st = proseStats(t, s.start, s.end);
    if (st.han === 0 && isEnglishProse(st) && !inRanges(urls, s.start)) {
      out.push(
        makeFinding(untranslated, unit, {
          target: s,
          severity: 'major',
          message: `This sentence is still English (${st.words} words): translate it.`,
        }),
      );
      covered.push(s.start, s.end);
    }
  }
  LATIN_RUN_RE.lastIndex = 0;
  for (let m = LATIN_RUN_RE.exec(t); m; m = LATIN_RUN_RE.exec(t)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inRanges(covered, start) || inRanges(urls, start) || inRanges(urls, end - 1)) continue;
    if (!isEnglishProse(proseStats(t, start, end))) continue;
    if (g && countNonNameWords(m[0], g) < 6) continue; // mostly do-not-translate names
    out.push(
      makeFinding(untranslated, unit, {
        target: spanOf(t, start, end),
        severity: 'major',
        message: `English left in the Chinese text ("${m[0].length > 40 ? m[0].slice(0, 40) + '…' : m[0]}"): translate it, unless it is a name or a quotation.`,
      }),
    );
  }
  return out;
}

/** Spaces and tabs among `marks` followed by an ASCII letter, counted up to 5. */
function spacesBeforeLetters(t: string, marks: readonly number[]): number {
  let n = 0;
  for (let k = 0; k < marks.length && n < 5; k++) {
    const c = t.charCodeAt(marks[k]);
    if (c !== 0x20 && c !== 0x09) continue;
    const d = t.charCodeAt(marks[k] + 1) | 0x20;
    if (d >= 0x61 && d <= 0x7a) n++;
  }
  return n;
}

/** Lower-cased words of the glossary's do-not-translate names, built once per glossary. */
const nameWords = new WeakMap<CompiledGlossary, Set<string>>();

function countNonNameWords(run: string, g: CompiledGlossary): number {
  let words = nameWords.get(g);
  if (!words) {
    words = new Set();
    for (const name of g.names.keys()) for (const w of name.split(/[^a-z0-9]+/)) if (w) words.add(w);
    nameWords.set(g, words);
  }
  let n = 0;
  for (const w of run.toLowerCase().split(/[^a-z'’-]+/)) if (w && !words.has(w)) n++;
  return n;
}
