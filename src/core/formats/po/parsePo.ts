import { ImportError } from '../../model/ImportError';
import type { ParsedFile, ParsedUnit } from '../../model/Unit';
import { UnitCollector } from '../xmlImport/UnitCollector';
import { fnv1a, unescapePo } from './poString';

export interface PoUnitExtra {
  tagFormat: 'po';
  msgctxt?: string;
  msgidPlural?: string;
  /** msgstr[1..n] (msgstr[0] is the unit's target). */
  msgstrPlural?: string[];
  comments?: { translator?: string[]; extracted?: string[]; references?: string[]; flags?: string[]; previous?: string[] };
}

interface Entry {
  line: number;
  translator: string[];
  extracted: string[];
  references: string[];
  flags: string[];
  previous: string[];
  fields: Map<string, string>;
  obsolete: boolean;
}

const FIELD = /^(msgctxt|msgid|msgid_plural|msgstr(?:\[(\d+)\])?)\s+"(.*)"\s*$/;

function newEntry(line: number): Entry {
  return { line, translator: [], extracted: [], references: [], flags: [], previous: [], fields: new Map(), obsolete: false };
}

/**
 * gettext PO: msgctxt, plurals (msgstr[0] is the target, the other forms are kept for export),
 * `#, fuzzy` → state "fuzzy", translator and extracted comments → notes. The header entry gives
 * the languages. Obsolete (`#~`) entries are skipped with a warning. Unit id: `#. duizhao-id:`
 * when present (a file duizhao wrote), else a hash of msgctxt + msgid.
 */
export function parsePo(text: string, fileName: string): ParsedFile {
  const out = new UnitCollector('po', fileName);
  const doc = out.startDocument(fileName.replace(/\.[^.]+$/, ''));
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let e = newEntry(1);
  let last: string | undefined;
  let obsolete = 0;
  const flush = () => {
    if (e.obsolete && e.fields.size) obsolete++;
    else if (e.fields.has('msgid')) finishEntry(e, out, doc);
    else if (e.fields.size) throw new ImportError(fileName, 'an entry has no msgid; every PO entry needs msgid and msgstr', e.line);
    last = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i].trim();
    const ln = i + 1;
    if (l === '') { if (e.fields.size) { flush(); e = newEntry(ln + 1); } continue; }
    if (l.startsWith('#~')) { e.obsolete = true; l = l.slice(2).trim(); if (!l || l.startsWith('#')) continue; }
    else if (l.startsWith('#')) {
      if (e.fields.size && !e.obsolete) { flush(); e = newEntry(ln); }
      const kind = l[1];
      const body = l.slice(2).replace(/^ /, '');
      if (kind === '.') e.extracted.push(body);
      else if (kind === ':') e.references.push(body);
      else if (kind === ',') e.flags.push(...body.split(',').map((f) => f.trim()).filter(Boolean));
      else if (kind === '|') e.previous.push(body);
      else e.translator.push(l.slice(1).replace(/^ /, ''));
      continue;
    }
    const m = FIELD.exec(l);
    if (m) {
      const key = m[2] !== undefined ? `msgstr[${m[2]}]` : m[1];
      if (e.fields.has(key) && (key === 'msgid' || key === 'msgctxt')) { flush(); e = newEntry(ln); }
      if (e.fields.size === 0) e.line = ln;
      e.fields.set(key, unescapePo(m[3]));
      last = key;
      continue;
    }
    if (/^".*"$/.test(l) && last) { e.fields.set(last, (e.fields.get(last) ?? '') + unescapePo(l.slice(1, -1))); continue; }
    if (e.obsolete) continue;
    throw new ImportError(fileName, `cannot read this line as PO: ${JSON.stringify(l.slice(0, 60))}. Each entry needs msgid "…" and msgstr "…"; check quotes and escapes`, ln, 1);
  }
  flush();
  const f = out.finish();
  if (obsolete) f.warnings.push(`${fileName}: ${obsolete} obsolete (#~) entries were skipped.`);
  const header = doc.extra?.poHeader as string | undefined;
  const lang = header && /^Language:\s*(.+)$/m.exec(header)?.[1]?.trim();
  f.sourceLang = 'en';
  f.targetLang = (lang || 'zh_CN').replace('_', '-');
  return f;
}

function finishEntry(e: Entry, out: UnitCollector, doc: { extra?: Record<string, unknown> }): void {
  const msgid = e.fields.get('msgid') ?? '';
  const msgctxt = e.fields.get('msgctxt');
  if (msgid === '' && msgctxt === undefined) {
    doc.extra = { ...(doc.extra ?? {}), poHeader: e.fields.get('msgstr') ?? e.fields.get('msgstr[0]') ?? '', poHeaderComments: e.translator };
    return;
  }
  const plural = e.fields.get('msgid_plural');
  const forms: string[] = [];
  for (let n = 0; e.fields.has(`msgstr[${n}]`); n++) forms.push(e.fields.get(`msgstr[${n}]`) ?? '');
  const target = plural !== undefined ? (forms[0] ?? '') : (e.fields.get('msgstr') ?? forms[0] ?? '');
  let id: string | undefined;
  const extracted = e.extracted.filter((c) => {
    const m = /^duizhao-id: (.+)$/.exec(c);
    if (m) id = m[1];
    return !m;
  });
  const extra: PoUnitExtra = { tagFormat: 'po' };
  if (msgctxt !== undefined) extra.msgctxt = msgctxt;
  if (plural !== undefined) { extra.msgidPlural = plural; if (forms.length > 1) extra.msgstrPlural = forms.slice(1); }
  const comments: NonNullable<PoUnitExtra['comments']> = {};
  if (e.translator.length) comments.translator = e.translator;
  if (extracted.length) comments.extracted = extracted;
  if (e.references.length) comments.references = e.references;
  const flags = e.flags.filter((f) => f !== 'fuzzy');
  if (flags.length) comments.flags = flags;
  if (e.previous.length) comments.previous = e.previous;
  if (Object.keys(comments).length) extra.comments = comments;
  const u: ParsedUnit = { id: id ?? fnv1a(`${msgctxt ?? ''}\u0004${msgid}`), source: msgid, target, extra: extra as unknown as Record<string, unknown> };
  const notes = [...e.translator, ...extracted].map((s) => s.trim()).filter(Boolean);
  if (notes.length) u.notes = notes;
  if (e.flags.includes('fuzzy')) u.state = 'fuzzy';
  out.add(u, e.line, 'entry');
}
