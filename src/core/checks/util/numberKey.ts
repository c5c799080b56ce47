/** numberKey of 0 … 1023. */
const SMALL_KEYS: string[] = [];
for (let v = 0; v < 1024; v++) SMALL_KEYS.push(String(v));

/**
 * A number's value as a string key, rounded to 1e-6 ("3287", "0.5", "1200000"): equal values
 * written differently (3,287 / 3287, 1.2 million / 120万) get one key.
 */
export function numberKey(v: number): string {
  // small whole numbers (一 in 一种/统一): a table, not a string built each time; rounding
  // to 1e-6 leaves a whole number below 2^53 / 1e6 unchanged, so the key is the same
  if (v >= 0 && v < SMALL_KEYS.length && (v | 0) === v) return SMALL_KEYS[v];
  return String(Math.round(v * 1e6) / 1e6);
}
