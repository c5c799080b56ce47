import type { Finding } from '../model/Finding';
import { glossaryOf, type CompiledGlossary, type TargetEntry, type TargetHit } from '../glossary';
import type { Check, CheckUnit } from './Check';
import { documentHas } from './term/documentHas';
import { documentMemo } from './term/documentMemo';
import { latinTokens } from './term/latinTokens';
import { SourceCasings } from './term/sourceCasings';
import { targetPass } from './term/targetPass';
import { keepFor, unitTerms, type UnitTerms } from './term/unitTerms';
import { hasLatinLetter } from './term/hasLatinLetter';

/**
 * names.protected — Latin names, acronyms and model/dataset names keep their exact casing
 * in the target (Openai Gym → OpenAI Gym, Bert → BERT, Imagenet → ImageNet, GNNS → GNNs).
 * Known names come from the termbase (dnt names and acronyms) and from the source: a source
 * word with a capital inside it (OpenAI, GNNs) or capitalised mid-sentence (Lunar Lander).
 * Without a source: termbase names, and an all-caps word ending in S whose stem is an
 * acronym the termbase or the document knows (GNNS when GNN is known). A name written as in
 * the source or the termbase is never flagged (RL, DESTA, Lunar Lander, Frozen Lake).
 */
export const namesProtected: Check = {
  id: 'names.protected',
  mqm: 'Locale conventions/Name',
  defaultSeverity: 'minor',
  description: 'A name, acronym or model/dataset name lost its exact casing in the target.',
  run(unit, ctx) {
    const target = unit.target;
    // no Latin letter: no name to check (a termbase name matched in Chinese is as written)
    if (!target || !hasLatinLetter(target)) return [];
    const g = glossaryOf(ctx);
    // findings are rare: their bookkeeping is made on the first one
    let found: NameFindings | undefined;
    let terms: UnitTerms | undefined;
    if (g) {
      // the hits that may name something, picked out by the term checks' shared pass
      const pass = targetPass((terms = unitTerms(g, unit, keepFor(ctx))));
      const candidates = pass.names;
      for (let i = 0; i < pass.nNames; i++) {
        const h = candidates[i];
        const e = nameEntry(h);
        if (!e) continue;
        // written as the termbase writes it (most): nothing to compare
        const text = h.text;
        if (text === e.canonical) continue;
        const want = withPlural(e.canonical, text);
        // otherwise reported unless written exactly as the source writes it (the translation
        // copied the author's casing), searched for only then
        if (bare(text) !== bare(want) && !unit.source.includes(text)) {
          (found ??= new NameFindings(unit)).add(h.start, h.end, h.text, want, e.kind === 'name' ? 'a protected name in the termbase' : `the acronym of "${g.concepts.get(e.conceptId)?.en}"`, e.conceptId);
        }
      }
    }
    const hasSource = unit.source.trim().length > 0;
    const sourceForms = hasSource ? new SourceCasings(unit.source) : undefined;
    // acronyms the termbase and the document know: needed only in target-only mode, built on first use
    let known: AcronymSet | undefined;
    for (const t of latinTokens(target)) {
      // written as a name of the source (most): its casings include this one, nothing to report
      if (t.text.length > 1 && sourceForms?.hasExact(t.text)) continue;
      const forms = t.text.length > 1 && sourceForms ? sourceForms.get(lowerCase(t.text)) : undefined;
      if (forms) {
        if (!forms.includes(t.text) && !acceptedCasing(t.text, forms, g, terms)) (found ??= new NameFindings(unit)).add(t.start, t.end, t.text, forms[0], 'written so in the source');
        continue;
      }
      // with a source, its own casings above decide; the plural rule is for target-only mode
      if (!hasSource && /^[A-Z][A-Z0-9]*[A-Z0-9]S$/.test(t.text) && !COMMON_CAPS_S.has(t.text)) {
        const base = t.text.slice(0, -1);
        known ??= g ? knownAcronyms(g, unit, ctx.document?.units) : localAcronyms(unit);
        if (known.has(base) && !known.has(t.text)) (found ??= new NameFindings(unit)).add(t.start, t.end, t.text, `${base}s`, `plural of the acronym ${base}`);
      }
    }
    if (!found) return [];
    return found.inOrder();
  },
};

/** The findings of one unit: one per start offset, none inside a URL or e-mail address. */
class NameFindings {
  readonly out: Finding[] = [];
  private readonly covered = new Set<number>();
  private urls: number[][] | undefined;

  constructor(private readonly unit: CheckUnit) {}

  /** The findings by target offset (the termbase's come first, then the tokens', each in order). */
  inOrder(): Finding[] {
    const out = this.out;
    for (let i = 1; i < out.length; i++) {
      if (out[i - 1].target!.start > out[i].target!.start) return out.sort((a, b) => a.target!.start - b.target!.start);
    }
    return out;
  }

  add(start: number, end: number, text: string, suggestion: string, why: string, termId?: string): void {
    if (this.covered.has(start)) return;
    this.urls ??= urlSpans(this.unit.target);
    for (const [s, e] of this.urls) if (start < e && end > s) return;
    this.covered.add(start);
    this.out.push({
      unitId: this.unit.id, check: 'names.protected', severity: 'minor', mqm: 'Locale conventions/Name',
      target: { start, end, text },
      message: `${text} should keep the exact casing ${suggestion} (${why}).`,
      suggestion, ...(termId ? { termId } : {}),
    });
  }
}

/**
 * A casing of a source name that a reviewer leaves as it is (asked only for a token about to be
 * reported):
 * - the termbase's own form of an acronym or name of a concept the source holds: OOD for the
 *   source's OoD, the field's usual spelling of out-of-distribution;
 * - the source's form with a word after a hyphen capitalised or not (NP-hard/NP-Hard,
 *   Llama2-7B-chat/Llama2-7B-Chat): title case of a plain word, the name unchanged. A one-letter
 *   part (ViT-B/ViT-b) or a capital inside a part is a real difference.
 */
function acceptedCasing(text: string, forms: string[], g: CompiledGlossary | undefined, terms: UnitTerms | undefined): boolean {
  for (let i = 0; i < forms.length; i++) if (hyphenTitleCase(text, forms[i])) return true;
  if (!g || !terms) return false;
  if (g.names.get(text.toLowerCase()) === text) return true;
  const entries = g.acronyms.get(text) ?? (text.endsWith('s') ? g.acronyms.get(text.slice(0, -1)) : undefined);
  if (entries) for (const e of entries) if (terms.slotOfId(e.conceptId) >= 0) return true;
  return false;
}

/**
 * `text` is `form` with the first letter of some parts after a hyphen in the other case, each
 * such part a plain word of two letters or more, lower case after its first letter.
 */
function hyphenTitleCase(text: string, form: string): boolean {
  if (text.length !== form.length) return false;
  let differs = false;
  for (let i = 0; i < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = form.charCodeAt(i);
    if (a === b) continue;
    // another letter, or not the first letter of a part after a hyphen
    if ((a | 0x20) !== (b | 0x20) || !isAsciiLetter(a) || i === 0 || text.charCodeAt(i - 1) !== 0x2d) return false;
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) >= 0x61 && text.charCodeAt(j) <= 0x7a) j++;
    if (j === i + 1 || (j < text.length && text.charCodeAt(j) !== 0x2d)) return false;
    differs = true;
  }
  return differs;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function nameEntry(hit: TargetHit): TargetEntry | undefined {
  const entries = hit.entries;
  // one entry (most hits): the hit carries its kind; a Chinese rendering names nothing
  if (hit.kind === 'zh' && entries.length === 1) return undefined;
  // the first entry that names something, or the sole one; one loop for one entry and for
  // several (a loop reached only by a hit of several entries, rare, deoptimised the check the
  // first time new text brought one: no type feedback for its reads)
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.kind === 'name' || e.kind === 'acronym' || entries.length === 1) return e;
  }
  return undefined;
}

/** `s.toLowerCase()`, without the call for a word without A-Z (most Latin words kept in a target). */
function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) return s.toLowerCase();
  }
  return s;
}

function bare(x: string): string {
  return HYPHEN_OR_SPACE.test(x) ? x.replace(HYPHEN_OR_SPACES, '') : x;
}

const HYPHEN_OR_SPACE = /[-\s]/;
const HYPHEN_OR_SPACES = /[-\s]/g;

/**
 * Spans of URLs and e-mail addresses. Every match of URLISH holds "://", "www.", "@" or a
 * "." before one of its domain endings: without any of these (most targets, decimals and
 * all) there is no regex pass.
 */
function urlSpans(target: string): number[][] {
  if (target.indexOf('://') < 0 && target.indexOf('www.') < 0 && target.indexOf('@') < 0 && !hasDomainEnding(target)) return [];
  return [...target.matchAll(URLISH)].map((m) => [m.index!, m.index! + m[0].length]);
}

/** ".com", ".org", … (URLISH's third form) somewhere in the text. */
function hasDomainEnding(text: string): boolean {
  for (let at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
    for (let k = 0; k < DOMAIN_ENDINGS.length; k++) if (text.startsWith(DOMAIN_ENDINGS[k], at + 1)) return true;
  }
  return false;
}

const DOMAIN_ENDINGS = ['com', 'org', 'net', 'io', 'edu', 'cn', 'ai'];

const URLISH = /(?:https?:\/\/|www\.)[^\s，。；）)]+|[\w.+-]+@[\w-]+\.[\w.]+|\b[\w-]+\.(?:com|org|net|io|edu|cn|ai)\b/g;

/** All-caps words that end in S of their own (not plurals of an acronym). */
const COMMON_CAPS_S = new Set(['GPS', 'AES', 'SMS', 'DNS', 'HTTPS', 'CSS', 'AWS', 'IOS', 'MOS', 'RSS', 'DDOS', 'DOS', 'NLS', 'SARS', 'CAPS', 'OS', 'TLS', 'QOS', 'FPS', 'IDS', 'IPS', 'ROS', 'VOS']);

/** The canonical casing, keeping a plural s the target added (GNN + s → GNNs). */
function withPlural(canonical: string, seen: string): string {
  if (seen.length === canonical.length + 1 && /s$/i.test(seen) && seen.slice(0, -1).toLowerCase() === canonical.toLowerCase()) {
    return `${canonical}s`;
  }
  return canonical;
}

interface AcronymSet {
  has(a: string): boolean;
}

/** Acronyms a unit knows: all-caps words of the source, and of the target except those ending in S. */
function localAcronyms(unit: CheckUnit): Set<string> {
  const set = new Set<string>();
  for (const t of latinTokens(unit.source)) if (/^[A-Z][A-Z0-9]*[A-Z0-9]s?$/.test(t.text)) set.add(t.text.replace(/s$/, ''));
  for (const t of latinTokens(unit.target)) {
    if (/^[A-Z][A-Z0-9]*[A-Z0-9]s?$/.test(t.text) && !/S$/.test(t.text)) set.add(t.text.replace(/s$/, ''));
  }
  return set;
}

function knownAcronyms(g: CompiledGlossary, unit: CheckUnit, docUnits?: CheckUnit[]): AcronymSet {
  const units = docUnits?.length ? docUnits : [unit];
  const memo = documentMemo(g, units);
  let set = memo.acronyms as Set<string> | undefined;
  if (!set) {
    // the document's own acronyms; the termbase's are asked directly (never copied)
    set = new Set<string>();
    for (const u of units) for (const a of localAcronyms(u)) set.add(a);
    memo.acronyms = set;
  }
  const doc = set;
  if (documentHas(g, units, unit)) return { has: (a) => g.acronyms.has(a) || doc.has(a) };
  const own = localAcronyms(unit);
  return { has: (a) => g.acronyms.has(a) || doc.has(a) || own.has(a) };
}
