import { englishWordKey } from './englishWordKey';

/** Prefixes written solid, hyphenated or spaced ("pretrained" = "pre-trained" = "pre trained"). */
const PREFIXES = [
  'pre', 'post', 'multi', 'semi', 'non', 'sub', 'super', 'inter', 'intra', 'over', 'under',
  'hyper', 'meta', 'anti', 'self', 'cross', 'auto',
];

/** Some word starts with a known prefix followed by at least four letters. */
const PREFIXED = new RegExp(`(?:^|\\s)(?:${PREFIXES.join('|')})[a-z]{4}`, 'i');

/** The term has a hyphen or a word with a known prefix: more than one key sequence may index it. */
export function needsTermSplit(term: string): boolean {
  return /[-\u2010\u2011]/.test(term) || PREFIXED.test(term);
}

/** Key of one token of running text: possessive dropped, then `englishWordKey`. */
export function tokenKey(token: string): string {
  return englishWordKey(/['’]/.test(token) ? token.replace(/['’]s$/i, '').replace(/['’]$/, '') : token);
}

/**
 * Key of a word that modifies the next one in a multi-word term: like `tokenKey`, but a
 * plural stays a different word ("model based" does not match "models based").
 */
export function modifierKey(token: string, keyOf: (w: string) => string = tokenKey): string {
  return modifierKeepsForm(token) ? '^' + token.toLowerCase() : '^' + keyOf(token);
}

/** `modifierKey` keeps the token itself, lower-cased (a plural), rather than its key. */
export function modifierKeepsForm(token: string): boolean {
  return /[a-rt-z]s$/i.test(token) && !/(?:ss|us|is)$/i.test(token);
}

/** Key of a token that must appear exactly (lower-cased, not stemmed). */
export function exactKey(token: string): string {
  return '=' + token.toLowerCase();
}

/**
 * The token-key sequences under which an English term is indexed: hyphenated parts apart
 * and joined, and a known prefix split off a solid word. In a split compound every part but
 * the last must appear exactly ("model-based" matches "model based", not "models based"),
 * and words before the last of a multi-word term do not take a plural (`modifierKey`).
 * At most 8 sequences per term.
 */
export function englishTermKeys(term: string, keyOf: (w: string) => string = tokenKey): string[][] {
  const words = term.trim().split(/\s+/).filter(Boolean);
  if (!needsTermSplit(term)) {
    // the common case: one sequence, no compound to split or join
    if (!words.length) return [];
    return [words.map((w, i) => (i < words.length - 1 ? modifierKey(w, keyOf) : keyOf(w)))];
  }
  let seqs: string[][] = [[]];
  const EXACT = '\u0000';
  for (const word of words) {
    const parts = word.split(/[-\u2010\u2011]/).filter(Boolean);
    if (parts.length === 0) continue;
    const options: string[][] = [];
    if (parts.length > 1) {
      options.push([...parts.slice(0, -1).map((p) => EXACT + p), parts[parts.length - 1]], [parts.join('')]);
    } else {
      options.push(parts);
      const lower = word.toLowerCase();
      const prefix = PREFIXES.find((p) => lower.startsWith(p) && lower.length - p.length >= 4);
      if (prefix) options.push([EXACT + word.slice(0, prefix.length), word.slice(prefix.length)]);
    }
    const next: string[][] = [];
    for (const s of seqs) for (const o of options) if (next.length < 8) next.push([...s, ...o]);
    seqs = next;
  }
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const s of seqs) {
    if (s.length === 0) continue;
    const keys = s.map((w, i) =>
      w.startsWith(EXACT) ? exactKey(w.slice(1)) : i < s.length - 1 ? modifierKey(w, keyOf) : keyOf(w),
    );
    const id = keys.join(' ');
    if (!seen.has(id)) {
      seen.add(id);
      out.push(keys);
    }
  }
  return out;
}

/** "GNN", "RL", "GPT-3"-free all-caps acronym (two or more capitals, digits allowed). */
export function isAcronym(text: string): boolean {
  return /^[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*$/.test(text);
}
