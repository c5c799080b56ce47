import type { AhoCorasick } from './AhoCorasick';
import type { Concept, TermStatus, ZhTerm } from './Termbase';

/** How a termbase entry occurs in a Chinese target. */
export interface TargetEntry {
  conceptId: string;
  status: TermStatus;
  /** `zh`: a Chinese (or mixed-script) rendering; `name`: a do-not-translate name; `acronym`: the concept's acronym. */
  kind: 'zh' | 'name' | 'acronym';
  /** The entry exactly as the termbase writes it (casing included). */
  canonical: string;
  requiresSourceTerm: boolean;
  /** A forbidden rendering's severity (ZhTerm.severity), undefined for the default (additive). */
  severity: 'minor' | 'major' | 'critical' | undefined;
  note?: string;
  /** The concept's number (`CompiledGlossary.conceptNo`), set by `compileGlossary` (additive). */
  conceptNo?: number;
}

/** How a termbase entry occurs in an English source. */
export interface SourceEntry {
  conceptId: string;
  /** `term`: an English term or variant; `acronym`: its acronym (case-sensitive); `name`: a dnt name. */
  kind: 'term' | 'acronym' | 'name';
  /** The English term as the termbase writes it. */
  termText: string;
  /** The concept's number (`CompiledGlossary.conceptNo`), set by `compileGlossary` (additive). */
  conceptNo?: number;
}

/** Node of the token-level trie for English terms (keys: `englishWordKey`). */
export interface EnTrieNode {
  next: Map<string, EnTrieNode>;
  entries?: SourceEntry[];
}

/**
 * One concept after merging termbases, with what the checks need (derived lists are worked
 * out on first read: see `LazyConcept`).
 */
export interface CompiledConcept {
  id: string;
  concept: Concept;
  /** Priority of the termbase that supplied the concept (highest when merged). */
  priority: number;
  /** First English term, for messages. */
  en: string;
  preferred?: string;
  /** Preferred first, then admitted. */
  approved: string[];
  forbidden: ZhTerm[];
  acronyms: string[];
  dnt: boolean;
  /** Initial-letter sequences of the English terms, upper case ("graph neural network" → GNN); see `conceptInitials`. */
  initials?: string[];
}

/**
 * The termbase set compiled once: one Aho–Corasick automaton for the Chinese side, a
 * token trie for the English side, acronym and name tables. Build with `compileGlossary`.
 */
export interface CompiledGlossary {
  readonly kind: 'duizhao.compiled-glossary';
  concepts: Map<string, CompiledConcept>;
  /**
   * Dense concept numbers 0…size−1, in the order of `concepts` (additive; set by
   * `compileGlossary`): integer keys for per-unit counters (typed arrays instead of maps by id).
   */
  conceptNo?: Map<string, number>;
  /** Patterns are folded with `charClass.foldLatin` (Latin parts match case-insensitively). */
  zh: AhoCorasick<TargetEntry>;
  /** English token trie; built on its first read (by the first `matchSource`), read-only. */
  readonly en: EnTrieNode;
  /** Exact acronym (GNN) → entries; matched case-sensitively, with an optional plural s. */
  acronyms: Map<string, SourceEntry[]>;
  /** Lower-cased dnt name → its exact casing (for names.protected). */
  names: Map<string, string>;
  /** Small memo of recent match results (same unit's text is matched by several checks; matchTarget keeps its own). */
  memo: {
    source: Map<string, unknown>;
    keys: Map<string, string>;
    /** Word of running text → its keys (see matchSource). */
    words: Map<string, unknown>;
    /** Per-document results (e.g. rendering statistics), keyed by the document's unit array. */
    documents: WeakMap<object, unknown>;
  };
}

export function isCompiledGlossary(x: unknown): x is CompiledGlossary {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'duizhao.compiled-glossary';
}

/** The compiled glossary in a check context, or undefined when there is none. */
export function glossaryOf(ctx: { glossary?: unknown }): CompiledGlossary | undefined {
  return isCompiledGlossary(ctx.glossary) ? ctx.glossary : undefined;
}
