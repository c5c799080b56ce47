import { AhoCorasick } from './AhoCorasick';
import { charClass } from './charClass';
import type { CompiledConcept, CompiledGlossary, EnTrieNode, SourceEntry, TargetEntry } from './CompiledGlossary';
import { englishTermKeys, isAcronym, tokenKey } from './englishTermKeys';
import { mergeTermbases } from './mergeTermbases';
import type { Concept, Termbase, ZhTerm } from './Termbase';

/**
 * Compiles a set of termbases once (merge by priority, then one Chinese automaton, one
 * English token trie, acronym and name tables). Cheap enough for 10,000 concepts.
 *
 * Matching conventions:
 * - Chinese side: substrings, no word boundaries; Latin letters inside patterns match
 *   case-insensitively (视觉Transformer = 视觉transformer; casing is names.protected's
 *   business) and a pattern edge that is a Latin letter/digit needs a non-alphanumeric
 *   neighbour (RL does not match inside URL). A plural `s` after a Latin edge is included.
 * - English side: case-folded, BrE→AmE, Porter-stemmed tokens with word boundaries;
 *   hyphenated/solid/spaced compounds are equal; acronyms (all capitals) case-sensitive.
 */
export function compileGlossary(termbases: Termbase[]): CompiledGlossary {
  const concepts = new Map<string, CompiledConcept>();
  const zh = new AhoCorasick<TargetEntry>();
  const en: EnTrieNode = { next: new Map() };
  const acronyms = new Map<string, SourceEntry[]>();
  const names = new Map<string, string>();
  const keys = new Map<string, string>();
  const keyOf = (w: string) => {
    let k = keys.get(w);
    if (k === undefined) keys.set(w, (k = tokenKey(w)));
    return k;
  };

  for (const { concept, priority } of mergeTermbases(termbases)) {
    const cc = compileConcept(concept, priority);
    if (concepts.has(cc.id)) continue;
    concepts.set(cc.id, cc);
    const addedZh: string[] = [];
    for (const z of concept.zh) {
      const text = z.text.trim();
      if (!text || addedZh.includes(text)) continue;
      addedZh.push(text);
      const kind = concept.dnt ? 'name' : 'zh';
      zh.add(charClass.foldLatin(text), {
        conceptId: cc.id, status: z.status, kind, canonical: text,
        requiresSourceTerm: !!z.requiresSourceTerm, note: z.note,
      });
      if (concept.dnt) names.set(text.toLowerCase(), text);
    }
    for (const e of concept.en) {
      const texts: string[] = [];
      const first = e.text.trim();
      if (first) texts.push(first);
      if (e.variants) for (const v of e.variants) if (v.trim()) texts.push(v.trim());
      const main = texts[0]?.toLowerCase();
      for (const t of texts) {
        // "models" for "model": the same keys as the term itself (Porter drops the s)
        if (t !== texts[0] && !concept.dnt && main && /[a-df-rt-z]$/.test(main) && t.toLowerCase() === `${main}s`) continue;
        if (isAcronym(t)) {
          addAcronym(acronyms, t, { conceptId: cc.id, kind: 'acronym', termText: t });
          continue;
        }
        const entry: SourceEntry = { conceptId: cc.id, kind: concept.dnt ? 'name' : 'term', termText: e.text };
        for (const seq of englishTermKeys(t, keyOf)) addToTrie(en, seq, entry);
        if (concept.dnt) {
          // the name as written, and without its hyphens (CIFAR-10 = CIFAR10 = CIFAR 10)
          const forms = /-/.test(t) ? [t, t.replace(/-/g, ''), t.replace(/-/g, ' ')] : [t];
          for (const form of forms) {
            if (addedZh.includes(form)) continue;
            addedZh.push(form);
            names.set(form.toLowerCase(), t);
            zh.add(charClass.foldLatin(form), {
              conceptId: cc.id, status: 'preferred', kind: 'name', canonical: t, requiresSourceTerm: false,
            });
          }
        }
      }
      if (e.acronym && isAcronym(e.acronym.trim())) {
        const a = e.acronym.trim();
        addAcronym(acronyms, a, { conceptId: cc.id, kind: 'acronym', termText: e.text });
        zh.add(charClass.foldLatin(a), {
          conceptId: cc.id, status: 'preferred', kind: 'acronym', canonical: a, requiresSourceTerm: false,
        });
      }
    }
  }
  zh.build();
  return {
    kind: 'duizhao.compiled-glossary',
    concepts, zh, en, acronyms, names,
    memo: { source: new Map(), target: new Map(), keys, words: new Map(), documents: new WeakMap() },
  };
}

function compileConcept(c: Concept, priority: number): CompiledConcept {
  // one pass over the renderings: preferred first, then admitted (termbase order within each)
  let preferred: string | undefined;
  const approved: string[] = [];
  const admitted: string[] = [];
  const forbidden: ZhTerm[] = [];
  for (const z of c.zh) {
    if (z.status === 'preferred') {
      preferred ??= z.text;
      approved.push(z.text);
    } else if (z.status === 'admitted') admitted.push(z.text);
    else if (z.status === 'forbidden') forbidden.push(z);
  }
  for (const a of admitted) approved.push(a);
  const acronyms: string[] = [];
  for (const e of c.en) {
    const a = e.acronym?.trim();
    if (a && !acronyms.includes(a)) acronyms.push(a);
  }
  for (const e of c.en) {
    const t = e.text.trim();
    if (isAcronym(t) && !acronyms.includes(t)) acronyms.push(t);
  }
  return {
    id: c.id, concept: c, priority, en: c.en[0]?.text ?? c.id, preferred, approved,
    forbidden, acronyms, dnt: !!c.dnt,
  };
}

/** Shared child table of leaf nodes (most nodes); replaced by a node's own map on its first child. */
const NO_CHILDREN = new Map<string, EnTrieNode>();

function addToTrie(root: EnTrieNode, keys: string[], entry: SourceEntry): void {
  let node = root;
  for (const k of keys) {
    let next = node.next.get(k);
    if (!next) {
      if (node.next === NO_CHILDREN) node.next = new Map();
      node.next.set(k, (next = { next: NO_CHILDREN }));
    }
    node = next;
  }
  const list = (node.entries ??= []);
  if (!list.some((e) => e.conceptId === entry.conceptId)) list.push(entry);
}

function addAcronym(map: Map<string, SourceEntry[]>, a: string, entry: SourceEntry): void {
  const list = map.get(a) ?? [];
  if (!list.some((e) => e.conceptId === entry.conceptId)) list.push(entry);
  map.set(a, list);
}
