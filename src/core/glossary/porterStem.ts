/**
 * The Porter stem of a lower-case word, equal to the `stemmer` package's (2.x) for every
 * lower-case input (tests/core/glossary/porterStem.test.ts compares them), written with
 * character tests instead of that package's regular expressions: the key of a word the
 * process has not seen (`englishWordKey`) is computed on its first sight, and the regular
 * expressions were most of that cost.
 *
 * How the package's expressions read, in characters: a "consonant run" is [^aeiou] then
 * [^aeiouy]*, a "vowel run" [aeiouy] then [aeiou]*. As neither run goes on past a y and an
 * a/e/i/o/u is in no consonant run (nor any other character in a vowel run), a string splits
 * into alternating runs in one way only: a y starts a run of the other kind than the one
 * before it, any other character goes on with the run of its kind or starts one. The
 * measure tests (gt0, eq1, gt1) count those runs after a leading consonant run; a match of
 * `^(.+?)(suffix|…)$` is the longest listed suffix leaving at least one character.
 */
export function porterStem(word: string): string {
  let r = word;
  if (r.length < 3) return r;
  const firstY = r.charCodeAt(0) === Y;
  if (firstY) r = 'Y' + r.slice(1); // an initial y never counts as a vowel
  let n = r.length;

  // Step 1a: sses → ss, ies → i, s → '' (not after s)
  if (r.charCodeAt(n - 1) === S) {
    if ((n >= 5 && endsIn(r, n, 'sses')) || (n >= 4 && endsIn(r, n, 'ies'))) r = r.slice(0, -2);
    else if (r.charCodeAt(n - 2) !== S) r = r.slice(0, -1);
    n = r.length;
  }

  // Step 1b: eed → ee (measure > 0); ed / ing removed when a vowel is left, then tidied
  const end = r.charCodeAt(n - 1);
  if (end === 0x64 /* d */ && n >= 4 && endsIn(r, n, 'eed')) {
    if (runs(r, n - 3) >= 2) r = r.slice(0, -1);
  } else {
    const cut = end === 0x64 ? (n >= 3 && r.charCodeAt(n - 2) === 0x65 ? 2 : 0) : end === 0x67 /* g */ && n >= 4 && endsIn(r, n, 'ing') ? 3 : 0;
    if (cut !== 0 && hasVowel(r, n - cut)) {
      r = r.slice(0, n - cut);
      const m = r.length;
      const last = r.charCodeAt(m - 1);
      const prev = m >= 2 ? r.charCodeAt(m - 2) : 0; // (no read before the string: an out-of-bounds read deoptimises)
      if ((prev === 0x61 && last === 0x74) || (prev === 0x62 && last === 0x6c) || (prev === 0x69 && last === 0x7a)) r += 'e'; // at bl iz
      else if (m >= 2 && last === prev && !isVowelYLSZ(last)) r = r.slice(0, -1);
      else if (consonantLike(r, m)) r += 'e';
    }
  }
  n = r.length;

  // Step 1c: y → i when a vowel is before it
  if (n >= 2 && r.charCodeAt(n - 1) === Y && hasVowel(r, n - 1)) r = r.slice(0, -1) + 'i';

  // Step 2 and 3: a suffix replaced when the measure before it is > 0
  let k = longestSuffix(r, STEP2, STEP2_ENDS);
  if (k >= 0 && runs(r, r.length - STEP2[k].length) >= 2) r = r.slice(0, r.length - STEP2[k].length) + STEP2_TO[k];
  k = longestSuffix(r, STEP3, STEP3_ENDS);
  if (k >= 0 && runs(r, r.length - STEP3[k].length) >= 2) r = r.slice(0, r.length - STEP3[k].length) + STEP3_TO[k];

  // Step 4: a suffix removed when the measure before it is > 1 ((s|t)ion only when no listed suffix ends the word)
  n = r.length;
  k = longestSuffix(r, STEP4, STEP4_ENDS);
  if (k >= 0) {
    if (runs(r, n - STEP4[k].length) >= 4) r = r.slice(0, n - STEP4[k].length);
  } else if (n >= 5 && endsIn(r, n, 'ion')) {
    const c = r.charCodeAt(n - 4);
    if ((c === S || c === 0x74) && runs(r, n - 3) >= 4) r = r.slice(0, n - 3);
  }

  // Step 5: a final e removed (measure > 1, or 1 and not consonant-vowel-consonant), ll → l (measure > 1)
  n = r.length;
  if (n >= 2 && r.charCodeAt(n - 1) === 0x65) {
    const before = runs(r, n - 1);
    if (before >= 4 || ((before === 2 || before === 3) && !consonantLike(r, n - 1))) r = r.slice(0, -1);
  }
  n = r.length;
  if (n >= 2 && r.charCodeAt(n - 1) === 0x6c && r.charCodeAt(n - 2) === 0x6c && runs(r, n) >= 4) r = r.slice(0, -1);

  return firstY ? 'y' + r.slice(1) : r;
}

const Y = 0x79;
const S = 0x73;

const STEP2 = ['ational', 'tional', 'enci', 'anci', 'izer', 'bli', 'alli', 'entli', 'eli', 'ousli', 'ization', 'ation', 'ator', 'alism', 'iveness', 'fulness', 'ousness', 'aliti', 'iviti', 'biliti', 'logi'];
const STEP2_TO = ['ate', 'tion', 'ence', 'ance', 'ize', 'ble', 'al', 'ent', 'e', 'ous', 'ize', 'ate', 'ate', 'al', 'ive', 'ful', 'ous', 'al', 'ive', 'ble', 'log'];
const STEP3 = ['icate', 'ative', 'alize', 'iciti', 'ical', 'ful', 'ness'];
const STEP3_TO = ['ic', '', 'al', 'ic', 'ic', '', ''];
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];

/** Per last character code: the suffixes of `list` ending in it, longest first, as indexes. */
function byLastChar(list: string[]): number[][] {
  const out: number[][] = [];
  for (let c = 0; c < 128; c++) out.push([]);
  list.forEach((s, i) => out[s.charCodeAt(s.length - 1)].push(i));
  for (const l of out) l.sort((a, b) => list[b].length - list[a].length);
  return out;
}
const STEP2_ENDS = byLastChar(STEP2);
const STEP3_ENDS = byLastChar(STEP3);
const STEP4_ENDS = byLastChar(STEP4);

/** Index in `list` of the longest suffix of `r` leaving at least one character before it, or -1 (`ends`: byLastChar(list)). */
function longestSuffix(r: string, list: string[], ends: number[][]): number {
  const n = r.length;
  const last = r.charCodeAt(n - 1);
  if (last >= 128) return -1;
  const cands = ends[last];
  for (let i = 0; i < cands.length; i++) {
    const s = list[cands[i]];
    if (s.length < n && endsIn(r, n, s)) return cands[i];
  }
  return -1;
}

/** r[0, n) ends with s (a loop the compiler inlines: String.prototype.endsWith is a call). */
export function endsIn(r: string, n: number, s: string): boolean {
  const m = s.length;
  if (m > n) return false;
  for (let i = 1; i <= m; i++) if (r.charCodeAt(n - i) !== s.charCodeAt(m - i)) return false;
  return true;
}

/** a e i o u. */
function isVowel(c: number): boolean {
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75;
}

/** a e i o u y l s z (what a doubled final consonant is not, for step 1b). */
function isVowelYLSZ(c: number): boolean {
  return isVowel(c) || c === Y || c === 0x6c || c === S || c === 0x7a;
}

/** r[0, n) holds one of a e i o u y (the package's vowelInStem). */
function hasVowel(r: string, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const c = r.charCodeAt(i);
    if (isVowel(c) || c === Y) return true;
  }
  return false;
}

/**
 * Runs of r[0, n) after a leading consonant run (see above): at least 2 is the package's gt0
 * (measure > 0), at least 4 its gt1, 2 or 3 its eq1 (measure exactly 1).
 */
function runs(r: string, n: number): number {
  let kind = 0; // 1: consonant run, 2: vowel run
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = r.charCodeAt(i);
    const next = c === Y ? (kind === 2 ? 1 : 2) : isVowel(c) ? 2 : 1; // a y always starts a run
    if (next !== kind) {
      if (kind !== 0 || next === 2) count++;
      kind = next;
    }
  }
  return count;
}

/** r[0, n) is a consonant run, one of a e i o u y, then none of a e i o u w x y (the package's consonantLike). */
function consonantLike(r: string, n: number): boolean {
  if (n < 3) return false;
  const last = r.charCodeAt(n - 1);
  if (isVowel(last) || last === 0x77 || last === 0x78 || last === Y) return false;
  const v = r.charCodeAt(n - 2);
  if (!isVowel(v) && v !== Y) return false;
  if (isVowel(r.charCodeAt(0))) return false;
  for (let i = 1; i < n - 2; i++) {
    const c = r.charCodeAt(i);
    if (isVowel(c) || c === Y) return false;
  }
  return true;
}
