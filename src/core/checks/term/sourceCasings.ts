import { isJsSpace } from '../../text/isJsSpace';

/**
 * The casings a source gives one word, for names.protected: of the source's Latin tokens (as
 * `latinTokens` finds them) those equal to `lower` case-insensitively whose capitals are
 * meaningful — a capital inside the word (OpenAI, GNNs) or a capital first letter
 * mid-sentence (Lunar Lander), not at a sentence start. Distinct casings in source order.
 *
 * Looks the word up instead of scanning the whole source: the native `indexOf` over the
 * lower-cased source finds the candidates, and only those are checked against the token rules.
 */
export class SourceCasings {
  /** The source lower-cased (made on first `get`); null when that shifts offsets. */
  private lowered: string | null | undefined;
  /** Answers of `get` and `hasExact`, made on first use (one instance per unit checked): short
   *  lists looked up linearly (a unit asks `get` for a few words; bounded like `exact`). */
  private asked: string[] | undefined;
  private answers: (string[] | undefined)[] | undefined;
  private exact: string[] | undefined;
  private exactFound: boolean[] | undefined;

  constructor(private readonly source: string) {}

  /**
   * The source writes `word` exactly so as a whole token whose capitals are meaningful (so
   * `get` of its lower case includes it). Usually found at the first occurrence: targets copy
   * the source's names and acronyms, and a plain search of the source stops there.
   */
  hasExact(word: string): boolean {
    // a casing is meaningful only with a capital in it: a word without one is never found
    if (!hasCapital(word)) return false;
    // a target repeats its names (GNN five times): the first answers are kept (a short list:
    // a linear look-up, bounded for targets with very many Latin words)
    const exact = (this.exact ??= []);
    const exactFound = (this.exactFound ??= []);
    const seen = exact.indexOf(word);
    if (seen >= 0) return exactFound[seen];
    const found = this.findExact(word);
    if (exact.length < 32) {
      exact.push(word);
      exactFound.push(found);
    }
    return found;
  }

  private findExact(word: string): boolean {
    const s = this.source;
    const len = word.length;
    for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
      if ((at > 0 && isLetter(s.charCodeAt(at - 1))) || (at + len < s.length && isAlnum(s.charCodeAt(at + len)))) continue;
      if (startsToken(s, at) && tokenEnd(s, at) === at + len && meaningful(s, at, at + len)) return true;
    }
    return false;
  }

  /** The casings of the lower-cased word (two characters or more), or undefined when none. */
  get(lower: string): string[] | undefined {
    const asked = (this.asked ??= []);
    const answers = (this.answers ??= []);
    const seen = asked.indexOf(lower);
    if (seen >= 0) return answers[seen];
    if (this.lowered === undefined) {
      const lowered = this.source.toLowerCase();
      // a non-ASCII character that lower-cases to several code units shifts offsets: scan instead
      this.lowered = lowered.length === this.source.length ? lowered : null;
    }
    const found = this.lowered !== null ? this.find(lower) : this.scan(lower);
    if (asked.length < 32) {
      asked.push(lower);
      answers.push(found);
    }
    return found;
  }

  private find(lower: string): string[] | undefined {
    const s = this.source;
    const len = lower.length;
    let out: string[] | undefined;
    const lowered = this.lowered!;
    for (let at = lowered.indexOf(lower); at >= 0; at = lowered.indexOf(lower, at + 1)) {
      // most candidates sit inside a longer word ("rl" in "world"): one look at each side
      if ((at > 0 && isLetter(s.charCodeAt(at - 1))) || (at + len < s.length && isAlnum(s.charCodeAt(at + len)))) continue;
      if (!sameAscii(s, at, lower) || !startsToken(s, at) || tokenEnd(s, at) !== at + len) continue;
      if (!meaningful(s, at, at + len)) continue;
      const text = s.slice(at, at + len);
      if (!out) out = [text];
      else if (!out.includes(text)) out.push(text);
    }
    return out;
  }

  /** The same answer by walking every token (sources with unusual case mappings). */
  private scan(lower: string): string[] | undefined {
    const s = this.source;
    const n = s.length;
    let out: string[] | undefined;
    let i = 0;
    while (i < n) {
      if (!isLetter(s.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      i = tokenEnd(s, start);
      if (i - start !== lower.length || !sameAscii(s, start, lower) || !meaningful(s, start, i)) continue;
      const text = s.slice(start, i);
      if (!out) out = [text];
      else if (!out.includes(text)) out.push(text);
    }
    return out;
  }
}

function hasCapital(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  return false;
}

/** s[at…] equals `lower` with ASCII capitals folded. */
function sameAscii(s: string, at: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    let c = s.charCodeAt(at + k);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * A token starts at `at`: it is a letter and no token runs into it, i.e. the chain of
 * alphanumerics and inner hyphens/dots right before it holds no letter.
 */
function startsToken(s: string, at: number): boolean {
  if (!isLetter(s.charCodeAt(at))) return false;
  let j = at - 1;
  while (j >= 0) {
    const c = s.charCodeAt(j);
    if (isLetter(c)) return false;
    if (isDigit(c)) {
      j--;
      continue;
    }
    if ((c === 0x2d || c === 0x2e) && j > 0 && isAlnum(s.charCodeAt(j - 1))) {
      j--;
      continue;
    }
    break;
  }
  return true;
}

/** End of the token starting at `start`: letters, digits, and -/. between alphanumerics. */
function tokenEnd(s: string, start: number): number {
  const n = s.length;
  let i = start + 1;
  for (;;) {
    while (i < n && isAlnum(s.charCodeAt(i))) i++;
    const c = i + 1 < n ? s.charCodeAt(i) : -1;
    if ((c !== 0x2d && c !== 0x2e) || !isAlnum(s.charCodeAt(i + 1))) return i;
    i++;
  }
}

/** A capital after the first letter, or a capital first letter that does not start a sentence. */
function meaningful(s: string, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  const first = s.charCodeAt(start);
  if (first < 0x41 || first > 0x5a) return false;
  let b = start - 1;
  while (b >= 0 && isJsSpace(s.charCodeAt(b))) b--;
  return b >= 0 && !SENTENCE_END.has(s.charCodeAt(b));
}

const SENTENCE_END = new Set([...'.!?:;。！？：；'].map((c) => c.charCodeAt(0)));

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
