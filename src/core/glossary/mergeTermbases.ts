import type { Concept, EnTerm, Termbase, ZhTerm } from './Termbase';

export interface MergedConcept {
  concept: Concept;
  priority: number;
}

/**
 * Merges termbases into one concept list. Higher `priority` wins: concepts are visited
 * from the highest-priority termbase down; a concept joins an earlier one when it has the
 * same id, or (across termbases) shares an English term. On joining, English terms are
 * united and, for a Chinese string both list, the higher-priority status stands (a project
 * termbase that admits 代理 overrides the built-in one forbidding it). Input concepts are
 * never mutated (a concept is copied before anything joins it).
 */
export function mergeTermbases(termbases: Termbase[]): MergedConcept[] {
  const order = termbases
    .map((tb, i) => ({ tb, i }))
    .sort((a, b) => b.tb.priority - a.tb.priority || a.i - b.i);
  const out: MergedConcept[] = [];
  /** Per output concept: the termbase it came from, and whether it is already a copy. */
  const from: number[] = [];
  const cloned: boolean[] = [];
  const byId = new Map<string, number>();
  const byEnKey = new Map<string, number>();
  const keys: string[] = [];
  const last = order.length - 1;
  for (let o = 0; o <= last; o++) {
    const tb = order[o].tb;
    const i = order[o].i;
    const list = tb.concepts;
    const priority = tb.priority;
    for (let ci = 0; ci < list.length; ci++) {
      const c = list[ci];
      // English keys join concepts across termbases (one code path for every termbase:
      // a path first taken in the second termbase would send optimised code back)
      let nk = 0; // keys in use (no length write per concept)
      if (last > 0) {
        for (let e = 0; e < c.en.length; e++) {
          const k = sameTermKey(c.en[e].text);
          if (k) keys[nk++] = k;
        }
      }
      let at = byId.get(c.id);
      if (at === undefined) {
        for (let k = 0; k < nk; k++) {
          const j = byEnKey.get(keys[k]);
          if (j !== undefined && from[j] !== i) {
            at = j;
            break;
          }
        }
      }
      if (at === undefined) {
        at = out.length;
        out.push({ concept: c, priority });
        from.push(i);
        cloned.push(false);
        byId.set(c.id, at);
      } else {
        if (!cloned[at]) {
          out[at].concept = cloneConcept(out[at].concept);
          cloned[at] = true;
        }
        joinInto(out[at].concept, c);
      }
      for (let k = 0; k < nk; k++) if (!byEnKey.has(keys[k])) byEnKey.set(keys[k], at);
    }
  }
  return out;
}

/** Cheap identity of an English term across termbases: case, hyphens and a plural s ignored. */
function sameTermKey(text: string): string {
  const key = isPlainKey(text) ? text : spacedLowerKey(text);
  if (key === undefined) return sameTermKeyByRegex(text);
  const n = key.length;
  if (n >= 5 && key.charCodeAt(n - 1) === 0x73 && key.charCodeAt(n - 2) === 0x65 && lowerRun3(key, n - 2)) return key.slice(0, n - 2);
  if (n >= 4 && key.charCodeAt(n - 1) === 0x73 && lowerRun3(key, n - 1)) return key.slice(0, n - 1);
  return key;
}

/** Already a key but for the plural: ASCII, no capitals, no hyphens, single spaces between words. */
function isPlainKey(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 0x20 || text.charCodeAt(n - 1) === 0x20) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a) || c === 0x2d || (c >= 0x09 && c <= 0x0d)) return false;
    if (c === 0x20 && text.charCodeAt(i + 1) === 0x20) return false;
  }
  return true;
}

/** Lower case, runs of hyphens and white space as one space, trimmed; undefined for non-ASCII text. */
function spacedLowerKey(text: string): string | undefined {
  let key = '';
  let from = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return undefined;
    const sep = c === 0x2d || c === 0x20 || (c >= 0x09 && c <= 0x0d);
    if (sep) {
      if (!gap) {
        key += text.slice(from, i);
        gap = true;
      }
    } else if (gap) {
      if (key.length > 0) key += ' ';
      from = i;
      gap = false;
    }
  }
  if (!gap) key += text.slice(from);
  return key.toLowerCase();
}

/** Three a–z letters right before `end`. */
function lowerRun3(s: string, end: number): boolean {
  for (let i = end - 3; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/** The same key for text with non-ASCII characters (Unicode case and spaces). */
function sameTermKeyByRegex(text: string): string {
  return text.toLowerCase().replace(/[-\u2010\u2011\s]+/g, ' ').trim().replace(/(?<=[a-z]{3})(?:es|s)$/, '');
}

function cloneConcept(c: Concept): Concept {
  return { ...c, en: c.en.map((e) => ({ ...e })), zh: c.zh.map((z) => ({ ...z })) };
}

function joinInto(into: Concept, lower: Concept): void {
  const en = new Set(into.en.map((e) => e.text.toLowerCase()));
  for (const e of lower.en) if (!en.has(e.text.toLowerCase())) into.en.push({ ...e } as EnTerm);
  const zh = new Set(into.zh.map((z) => z.text));
  for (const z of lower.zh) if (!zh.has(z.text)) into.zh.push({ ...z } as ZhTerm);
  into.dnt = into.dnt ?? lower.dnt;
}
