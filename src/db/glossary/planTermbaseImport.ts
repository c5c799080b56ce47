import type { Concept, Termbase } from '../../core/glossary';

export type MergeChoice = 'keep-existing' | 'replace' | 'keep-both';

export interface ImportClash {
  incoming: Concept;
  existing: Concept;
  /** Name of the termbase holding the existing entry. */
  existingIn: string;
  /** Same English and the same Chinese with the same statuses. */
  kind: 'duplicate' | 'contradiction';
}

export interface ImportPlan {
  fresh: Concept[];
  clashes: ImportClash[];
}

/** Identity of an English term across termbases: case, hyphens and a plural s ignored. */
export function englishKey(text: string): string {
  return text.toLowerCase().replace(/[-\u2010\u2011\s]+/g, ' ').trim().replace(/(?<=[a-z]{3})(?:es|s)$/, '');
}

const zhSignature = (c: Concept) => c.zh.map((z) => `${z.text}:${z.status === 'forbidden' ? 'x' : 'ok'}`).sort().join('|');

/**
 * Compares an incoming termbase with the termbases in use, entry by entry, by English term:
 * an entry naming an English term some existing entry has is a clash, a duplicate when its
 * Chinese (approved vs forbidden) is the same, else a contradiction (智能体 vs 代理 for agent).
 */
export function planTermbaseImport(existing: readonly Termbase[], incoming: Termbase): ImportPlan {
  const byKey = new Map<string, { concept: Concept; tb: string }>();
  for (const tb of [...existing].sort((a, b) => b.priority - a.priority)) {
    for (const c of tb.concepts) for (const e of c.en) {
      const k = englishKey(e.text);
      if (k && !byKey.has(k)) byKey.set(k, { concept: c, tb: tb.name });
    }
  }
  const fresh: Concept[] = [];
  const clashes: ImportClash[] = [];
  for (const c of incoming.concepts) {
    const hit = c.en.map((e) => byKey.get(englishKey(e.text))).find(Boolean);
    if (!hit) {
      fresh.push(c);
      continue;
    }
    const same = zhSignature(c) === zhSignature(hit.concept) || c.zh.length === 0;
    clashes.push({ incoming: c, existing: hit.concept, existingIn: hit.tb, kind: same ? 'duplicate' : 'contradiction' });
  }
  return { fresh, clashes };
}
