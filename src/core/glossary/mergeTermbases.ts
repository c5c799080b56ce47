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
  const out: (MergedConcept & { termbase: number; cloned: boolean })[] = [];
  const byId = new Map<string, number>();
  const byEnKey = new Map<string, number>();
  for (const { tb, i } of order) {
    for (const c of tb.concepts) {
      const keys: string[] = [];
      if (order.length > 1) {
        for (const e of c.en) {
          const k = sameTermKey(e.text);
          if (k) keys.push(k);
        }
      }
      let at = byId.get(c.id);
      if (at === undefined) {
        for (const k of keys) {
          const j = byEnKey.get(k);
          if (j !== undefined && out[j].termbase !== i) {
            at = j;
            break;
          }
        }
      }
      if (at === undefined) {
        at = out.length;
        out.push({ concept: c, priority: tb.priority, termbase: i, cloned: false });
        byId.set(c.id, at);
      } else {
        const target = out[at];
        if (!target.cloned) {
          target.concept = cloneConcept(target.concept);
          target.cloned = true;
        }
        joinInto(target.concept, c);
      }
      for (const k of keys) if (!byEnKey.has(k)) byEnKey.set(k, at);
    }
  }
  return out.map(({ concept, priority }) => ({ concept, priority }));
}

/** Cheap identity of an English term across termbases: case, hyphens and a plural s ignored. */
function sameTermKey(text: string): string {
  let key = '';
  let from = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return sameTermKeyByRegex(text);
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
  key = key.toLowerCase();
  const n = key.length;
  if (n >= 5 && key.charCodeAt(n - 1) === 0x73 && key.charCodeAt(n - 2) === 0x65 && lowerRun3(key, n - 2)) return key.slice(0, n - 2);
  if (n >= 4 && key.charCodeAt(n - 1) === 0x73 && lowerRun3(key, n - 1)) return key.slice(0, n - 1);
  return key;
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
