/** A run of Han characters (CJK Unified Ideographs and Extension A). */
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff]+/g;

/**
 * The distinct Chinese n-grams (minLen..maxLen Han characters, never crossing punctuation,
 * Latin text or digits) of a text, as a Set: document frequency, not token counts.
 */
export function cjkNgrams(text: string, minLen = 2, maxLen = 6): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let i = 0; i < run.length; i++) {
      for (let n = minLen; n <= maxLen && i + n <= run.length; n++) out.add(run.slice(i, i + n));
    }
  }
  return out;
}
