import type { Concept, EnTerm, TermStatus, ZhTerm } from '../../glossary/Termbase';
import { EVIDENCE_PREFIX } from './writeTbx';
import { childElements, isNode, textContent, type XmlNode } from '../xml/XmlNode';

const LANG_SEC = new Set(['langSec', 'langSet']);
const TERM_SEC = new Set(['termSec', 'tig', 'ntig']);
const TYPED = new Set(['termNote', 'descrip', 'admin', 'transac', 'transacNote', 'xref', 'ref', 'termCompList']);
/** `<note>severity-minor</note>` on a forbidden term (duizhao's own note, as requires-source-term). */
const SEVERITY_NOTE = /^severity-(minor|major|critical)$/;

/** The data category of an element: DCA `<termNote type="x">` → x; DCT `<basic:x>` → x. */
export function category(n: XmlNode): string {
  return TYPED.has(n.local) ? (n.attrs.type ?? n.local) : n.local;
}

/** Elements below `n` (through descripGrp/adminGrp/termGrp wrappers), not entering langSec/termSec. */
function fields(n: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  for (const c of n.children) {
    if (!isNode(c) || LANG_SEC.has(c.local) || TERM_SEC.has(c.local)) continue;
    if (c.local === 'descripGrp' || c.local === 'adminGrp' || c.local === 'termGrp' || c.local === 'transacGrp') {
      out.push(c, ...fields(c));
    } else out.push(c);
  }
  return out;
}

function firstField(n: XmlNode, cat: string): string | undefined {
  const f = fields(n).find((x) => category(x) === cat);
  return f ? norm(textContent(f)) : undefined;
}

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function statusOf(value: string | undefined): TermStatus | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (v.startsWith('preferred')) return 'preferred';
  if (v.startsWith('admitted')) return 'admitted';
  if (v.startsWith('deprecated') || v.startsWith('superseded') || v.startsWith('forbidden')) return 'forbidden';
  return undefined;
}

function langOf(n: XmlNode): string {
  return n.attrs['xml:lang'] ?? n.attrs.lang ?? '';
}

const isEn = (l: string) => /^en(-|_|$)/i.test(l);
const isZh = (l: string) => /^(zh|cmn)(-|_|$)/i.test(l);

export interface ConceptRead {
  concept?: Concept;
  /** Why the entry was skipped. */
  skipped?: string;
  hasZh: boolean;
}

/** One conceptEntry (TBX v3) or termEntry (TBX 2008) → a Concept; entries with no English term are skipped. */
export function readConceptEntry(entry: XmlNode, index: number, origin: string): ConceptRead {
  const id = entry.attrs.id ?? `c${index}`;
  const en: EnTerm[] = [];
  const zh: ZhTerm[] = [];
  const notes: string[] = [];
  let dnt = false;
  let definition = firstField(entry, 'definition');
  const domain = firstField(entry, 'subjectField');
  for (const f of fields(entry)) {
    if (f.local === 'note') {
      const t = norm(textContent(f));
      if (t === 'do-not-translate') dnt = true;
      else if (t) notes.push(t);
    }
  }
  let evidence: string[] | undefined;
  for (const f of fields(entry)) {
    const v = f.local === 'admin' && f.attrs.type === 'source' ? norm(textContent(f)) : '';
    if (v.startsWith(EVIDENCE_PREFIX)) evidence = v.slice(EVIDENCE_PREFIX.length).split(', ').filter(Boolean);
  }
  let author: string | undefined;
  let date: string | undefined;
  const tg = childElements(entry, 'transacGrp')[0];
  if (tg) {
    author = firstField(tg, 'responsibility') ?? firstField(tg, 'transacNote');
    const d = childElements(tg, 'date')[0];
    if (d) date = norm(textContent(d));
  }
  for (const ls of entry.children) {
    if (!isNode(ls) || !LANG_SEC.has(ls.local)) continue;
    const lang = langOf(ls);
    if (isEn(lang)) definition ??= firstField(ls, 'definition');
    for (const ts of ls.children) {
      if (!isNode(ts) || !TERM_SEC.has(ts.local)) continue;
      const termNode = ts.children.find((c): c is XmlNode => isNode(c) && c.local === 'term')
        ?? childElements(ts, 'termGrp').flatMap((g) => childElements(g, 'term'))[0];
      const text = termNode ? norm(textContent(termNode)) : '';
      if (!text) continue;
      const tsFields = [...fields(ts), ...childElements(ts, 'termGrp').flatMap(fields)];
      const get = (cat: string) => { const f = tsFields.find((x) => category(x) === cat); return f ? norm(textContent(f)) : undefined; };
      const pos = get('partOfSpeech');
      const status = statusOf(get('administrativeStatus') ?? get('normativeAuthorization'));
      const termType = get('termType');
      const tnotes = tsFields.filter((x) => x.local === 'note').map((x) => norm(textContent(x)));
      if (isEn(lang)) {
        const last = en[en.length - 1];
        if (last && (termType === 'acronym' || termType === 'abbreviation' || termType === 'initialism') && !last.acronym) last.acronym = text;
        else if (last && termType === 'variant') (last.variants ??= []).push(text);
        else {
          const t: EnTerm = { text };
          if (pos) t.partOfSpeech = pos;
          en.push(t);
        }
      } else if (isZh(lang)) {
        const z: ZhTerm = { text, status: status ?? 'preferred' };
        if (tnotes.includes('requires-source-term')) z.requiresSourceTerm = true;
        const severity = tnotes.find((n) => SEVERITY_NOTE.test(n));
        if (severity && z.status === 'forbidden') z.severity = severity.slice('severity-'.length) as ZhTerm['severity'];
        const other = tnotes.filter((n) => n !== 'requires-source-term' && !SEVERITY_NOTE.test(n));
        if (other.length) z.note = other.join(' ');
        zh.push(z);
      }
    }
  }
  if (en.length === 0) return { skipped: `entry "${id}" (line ${entry.line}) has no English term`, hasZh: zh.length > 0 };
  const c: Concept = { id, en, zh };
  if (domain) c.domain = domain;
  if (definition) c.definition = definition;
  if (dnt) c.dnt = true;
  if (notes.length) c.note = notes.join('\n');
  c.provenance = { origin };
  if (author) c.provenance.author = author;
  if (date) c.provenance.date = date;
  if (evidence?.length) c.provenance.evidence = evidence;
  return { concept: c, hasZh: zh.length > 0 };
}
