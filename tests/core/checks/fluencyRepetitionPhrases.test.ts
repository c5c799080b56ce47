import { describe, expect, it } from 'vitest';
import { fluencyRepetition } from '../../../src/core/checks/fluencyRepetition';
import { seededRandom } from '../../../src/core/stats';

const run = (target: string) => fluencyRepetition.run({ id: 'u1', source: '', target }, {});

/** Han of the main block other than 的: what a repeated phrase is made of. */
const phraseChar = (c: number) => c >= 0x4e00 && c <= 0x9fff && c !== 0x7684;

/**
 * Repeated phrases by brute force: every start i in order, a phrase of 2–4 characters
 * repeated right after it or after 的 (longest first, the 的 form first), with the check's
 * rules for what is no repetition that these texts can meet (the second copy starting a
 * compound, AABB words); a reported repetition is skipped over.
 */
function bruteForce(t: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i + 4 <= t.length; i++) {
    if (i < from || !phraseChar(t.charCodeAt(i)) || !phraseChar(t.charCodeAt(i + 1))) continue;
    let maxLen = 2;
    while (maxLen < 4 && i + maxLen < t.length && phraseChar(t.charCodeAt(i + maxLen))) maxLen++;
    let found: { len: number; viaDe: boolean } | undefined;
    for (let len = maxLen; len >= 2 && !found; len--) {
      const word = t.slice(i, i + len);
      if (t[i + len] === '的' && t.startsWith(word, i + len + 1)) found = { len, viaDe: true };
      else if (t.startsWith(word, i + len)) found = { len, viaDe: false };
    }
    if (!found) continue;
    const word = t.slice(i, i + found.len);
    const end = i + 2 * found.len + (found.viaDe ? 1 : 0);
    const after = t[end] ?? '';
    const compound = after !== '' && phraseChar(after.charCodeAt(0));
    const aabb = word.length === 4 && word[0] === word[1] && word[2] === word[3];
    if (compound || (!found.viaDe && aabb)) continue;
    out.push(`${t.slice(i, end)}@${i}`);
    from = end;
  }
  return out;
}

describe('fluency.repetition: repeated phrases against a brute-force search', () => {
  it('finds the same repetitions as trying every start, on 4,000 random texts dense in repeats', () => {
    const rnd = seededRandom('fluency-phrases');
    // few characters, so that pairs recur 2–6 places apart in every arrangement; no
    // characters the check's other exceptions name (一, 了着过性, 研究 …)
    const alphabet = ['模', '型', '攻', '击', '数', '据', '的', '，', '。', 'A'];
    const pick = () => alphabet[Math.floor(rnd() * alphabet.length)];
    let seen = 0;
    for (let k = 0; k < 4000; k++) {
      let t = '';
      while (t.length < 10 + rnd() * 50) {
        // a random piece, sometimes written twice (with or without 的 between)
        const piece = Array.from({ length: 1 + Math.floor(rnd() * 4) }, pick).join('');
        t += rnd() < 0.4 ? piece + (rnd() < 0.3 ? '的' : '') + piece : piece;
      }
      const got = run(t)
        .filter((f) => /written twice in a row|repeated around 的/.test(f.message))
        .map((f) => `${f.target!.text}@${f.target!.start}`);
      expect(got, t).toEqual(bruteForce(t));
      seen += got.length;
    }
    // the texts do exercise the rule
    expect(seen).toBeGreaterThan(1000);
  });
});
