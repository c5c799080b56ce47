import { AhoCorasick } from './AhoCorasick';
import { builtinWordKey } from './builtinWordKeys';
import { charClass } from './charClass';
import type { CompiledConcept, CompiledGlossary, EnTrieNode, SourceEntry, TargetEntry } from './CompiledGlossary';
import { isAcronym, tokenKey } from './englishTermKeys';
import { LazyConcept } from './LazyConcept';
import { mergeTermbases } from './mergeTermbases';
import { setSourceTerms, sourceIndexOf, type SourceIndex } from './SourceIndex';
import type { Termbase } from './Termbase';

/**
 * Compiles a set of termbases once (merge by priority, then one Chinese automaton, one
 * English token trie, acronym and name tables). Cheap enough for 10,000 concepts.
 *
 * The English token trie (`en`: every term's words case-folded and stemmed, the costly
 * part) is built on its first use, i.e. by the first `matchSource`: checking Chinese
 * only (target-only mode, the glossary and concordance views) never pays for it.
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
  const conceptNo = new Map<string, number>();
  const zh = new AhoCorasick<TargetEntry>();
  // English terms for the trie, built on first use: term text and entry, in termbase order
  const enTexts: string[] = [];
  const enEntries: SourceEntry[] = [];
  const acronyms = new Map<string, SourceEntry[]>();
  const names = new Map<string, string>();
  const keys = new Map<string, string>();
  const keyOf = (w: string) => {
    let k = keys.get(w);
    if (k === undefined) keys.set(w, (k = builtinWordKey(w) ?? tokenKey(w)));
    return k;
  };

  /** One English term or variant: an acronym, or trie material (and, for a dnt name, Chinese patterns). */
  const addEnglish = (t: string, cc: LazyConcept, no: number, termText: string, dnt: boolean, addedZh: string[]) => {
    const c0 = t.charCodeAt(0);
    if (c0 >= 0x41 && c0 <= 0x5a && isAcronym(t)) {
      addAcronym(acronyms, t, { conceptId: cc.id, kind: 'acronym', termText: t, conceptNo: no });
      return;
    }
    enTexts.push(t);
    enEntries.push({ conceptId: cc.id, kind: dnt ? 'name' : 'term', termText, conceptNo: no });
    if (dnt) {
      // the name as written, and without its hyphens (CIFAR-10 = CIFAR10 = CIFAR 10)
      const forms = /-/.test(t) ? [t, t.replace(/-/g, ''), t.replace(/-/g, ' ')] : [t];
      for (const form of forms) {
        if (addedZh.includes(form)) continue;
        addedZh.push(form);
        names.set(form.toLowerCase(), t);
        zh.add(charClass.foldLatin(form), {
          conceptId: cc.id, status: 'preferred', kind: 'name', canonical: t, requiresSourceTerm: false, severity: undefined, note: undefined, conceptNo: no,
        });
      }
    }
  };

  const merged = mergeTermbases(termbases);
  for (let m = 0; m < merged.length; m++) {
    const concept = merged[m].concept;
    if (concepts.has(concept.id)) continue;
    const cc = new LazyConcept(concept.id, concept, merged[m].priority);
    const no = concepts.size;
    concepts.set(cc.id, cc);
    conceptNo.set(cc.id, no);
    const dnt = !!concept.dnt;
    const addedZh: string[] = [];
    const zhTerms = concept.zh;
    for (let zi = 0; zi < zhTerms.length; zi++) {
      const z = zhTerms[zi];
      const text = z.text.trim();
      if (!text || addedZh.includes(text)) continue;
      addedZh.push(text);
      zh.add(charClass.foldLatin(text), {
        conceptId: cc.id, status: z.status, kind: dnt ? 'name' : 'zh', canonical: text,
        requiresSourceTerm: !!z.requiresSourceTerm, severity: z.status === 'forbidden' ? z.severity : undefined, note: z.note, conceptNo: no,
      });
      if (dnt) names.set(text.toLowerCase(), text);
    }
    const enTerms = concept.en;
    for (let ei = 0; ei < enTerms.length; ei++) {
      const e = enTerms[ei];
      const first = e.text.trim();
      if (!e.variants || e.variants.length === 0) {
        if (first) addEnglish(first, cc, no, e.text, dnt, addedZh);
      } else {
        const texts: string[] = [];
        if (first) texts.push(first);
        for (const v of e.variants) if (v.trim()) texts.push(v.trim());
        const main = texts[0]?.toLowerCase();
        for (const t of texts) {
          // "models" for "model": the same keys as the term itself (Porter drops the s)
          if (t !== texts[0] && !dnt && main && /[a-df-rt-z]$/.test(main) && t.toLowerCase() === `${main}s`) continue;
          addEnglish(t, cc, no, e.text, dnt, addedZh);
        }
      }
      if (e.acronym && isAcronym(e.acronym.trim())) {
        const a = e.acronym.trim();
        addAcronym(acronyms, a, { conceptId: cc.id, kind: 'acronym', termText: e.text, conceptNo: no });
        zh.add(charClass.foldLatin(a), {
          conceptId: cc.id, status: 'preferred', kind: 'acronym', canonical: a, requiresSourceTerm: false, severity: undefined, note: undefined, conceptNo: no,
        });
      }
    }
  }
  zh.build();
  let en: EnTrieNode | undefined;
  const g: CompiledGlossary = {
    kind: 'duizhao.compiled-glossary',
    concepts, conceptNo, zh,
    get en(): EnTrieNode {
      return (en ??= enTrieOf(sourceIndexOf(g)));
    },
    acronyms, names,
    memo: { source: new Map(), keys, words: new Map(), documents: new WeakMap() },
  };
  setSourceTerms(g, enTexts, enEntries, keyOf);
  return g;
}

/** The Map-based token trie of the English terms, made from the integer index (no caller in the engine reads it). */
function enTrieOf(ix: SourceIndex): EnTrieNode {
  const keys: string[] = [];
  ix.keyIds.forEach((id, k) => (keys[id] = k));
  const nodes: EnTrieNode[] = [];
  for (let id = 0; id < ix.entries.length; id++) nodes.push({ next: new Map(), entries: ix.entries[id] });
  const edges = ix.edges;
  for (let q = 0; q < edges.length; q += 4) if (edges[q + 2] >= 0) nodes[edges[q]].next.set(keys[edges[q + 1]], nodes[edges[q + 2]]);
  return nodes[0];
}

function addAcronym(map: Map<string, SourceEntry[]>, a: string, entry: SourceEntry): void {
  const list = map.get(a) ?? [];
  if (!list.some((e) => e.conceptId === entry.conceptId)) list.push(entry);
  map.set(a, list);
}
