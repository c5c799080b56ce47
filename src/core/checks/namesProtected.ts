import type { Finding } from '../model/Finding';
import { glossaryOf, matchTarget, type CompiledGlossary } from '../glossary';
import type { Check, CheckUnit } from './Check';
import { documentHas } from './term/documentHas';
import { documentMemo } from './term/documentMemo';
import { latinTokens } from './term/latinTokens';

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
    if (!unit.target) return [];
    const g = glossaryOf(ctx);
    const out: Finding[] = [];
    const covered = new Set<number>();
    const urls = [...unit.target.matchAll(URLISH)].map((m) => [m.index!, m.index! + m[0].length]);
    const push = (start: number, end: number, text: string, suggestion: string, why: string, termId?: string) => {
      if (covered.has(start) || urls.some(([s, e]) => start < e && end > s)) return;
      covered.add(start);
      out.push({
        unitId: unit.id, check: 'names.protected', severity: 'minor', mqm: 'Locale conventions/Name',
        target: { start, end, text },
        message: `${text} should keep the exact casing ${suggestion} (${why}).`,
        suggestion, ...(termId ? { termId } : {}),
      });
    };
    if (g) {
      for (const h of matchTarget(g, unit.target)) {
        const e = h.entries.find((x) => x.kind === 'name' || x.kind === 'acronym');
        if (!e) continue;
        // written exactly as the source writes it: the translation copied the author's casing
        if (unit.source.includes(h.text)) continue;
        const want = withPlural(e.canonical, h.text);
        const bare = (x: string) => x.replace(/[-\s]/g, '');
        if (bare(h.text) !== bare(want)) push(h.start, h.end, h.text, want, e.kind === 'name' ? 'a protected name in the termbase' : `the acronym of "${g.concepts.get(e.conceptId)?.en}"`, e.conceptId);
      }
    }
    const sourceForms = unit.source.trim() ? sourceCasings(unit.source) : new Map<string, string[]>();
    // acronyms the termbase and the document know: needed only in target-only mode, built on first use
    let known: AcronymSet | undefined;
    const knows = (a: string) => (known ??= g ? knownAcronyms(g, unit, ctx.document?.units) : localAcronyms(unit)).has(a);
    const hasSource = unit.source.trim().length > 0;
    for (const t of latinTokens(unit.target)) {
      const forms = t.text.length > 1 ? sourceForms.get(t.text.toLowerCase()) : undefined;
      if (forms) {
        if (!forms.includes(t.text)) push(t.start, t.end, t.text, forms[0], 'written so in the source');
        continue;
      }
      // with a source, its own casings above decide; the plural rule is for target-only mode
      if (!hasSource && /^[A-Z][A-Z0-9]*[A-Z0-9]S$/.test(t.text) && !COMMON_CAPS_S.has(t.text)) {
        const base = t.text.slice(0, -1);
        if (knows(base) && !knows(t.text)) push(t.start, t.end, t.text, `${base}s`, `plural of the acronym ${base}`);
      }
    }
    return out.sort((a, b) => a.target!.start - b.target!.start);
  },
};

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

/**
 * Lower-cased word → its casings in the source, for words whose capitals are meaningful.
 * Scans the source's Latin tokens (as `latinTokens` finds them) in place: only the words kept
 * become strings (most source words are lower case).
 */
function sourceCasings(source: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const n = source.length;
  let i = 0;
  while (i < n) {
    const first = source.charCodeAt(i);
    if (!isLetter(first)) {
      i++;
      continue;
    }
    const start = i;
    let inner = false;
    i++;
    for (;;) {
      while (i < n && isAlnum(source.charCodeAt(i))) {
        const c = source.charCodeAt(i);
        if (c >= 0x41 && c <= 0x5a) inner = true;
        i++;
      }
      const c = i + 1 < n ? source.charCodeAt(i) : -1;
      if ((c !== 0x2d && c !== 0x2e) || !isAlnum(source.charCodeAt(i + 1))) break;
      i++; // the hyphen or dot; the letters after it continue the token
    }
    if (!inner) {
      // capitalised mid-sentence (Lunar Lander), not at a sentence start
      if (first < 0x41 || first > 0x5a) continue;
      let b = start - 1;
      while (b >= 0 && isSpace(source.charCodeAt(b))) b--;
      if (b < 0 || '.!?:;。！？：；'.includes(source[b])) continue;
    }
    const text = source.slice(start, i);
    const key = text.toLowerCase();
    const list = out.get(key);
    if (!list) out.set(key, [text]);
    else if (!list.includes(text)) list.push(text);
  }
  return out;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** What /\s/ matches. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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
