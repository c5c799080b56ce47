import type { Concept, Termbase, TermStatus } from '../../glossary/Termbase';
import { escapeXmlAttr, escapeXmlText } from '../xml/escapeXml';

const STATUS: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
};
/** Evidence of a learned entry: `<admin type="source">` starting with this (read back by readConceptEntry). */
export const EVIDENCE_PREFIX = 'Learned by duizhao from corrections in: ';
const POS = new Set(['noun', 'verb', 'adjective', 'adverb', 'properNoun', 'other']);

/** xsd:ID: an NCName, unique in the file. */
function xmlId(raw: string, used: Set<string>): string {
  let id = raw.replace(/[^\p{L}\p{N}._-]/gu, '_');
  if (!/^[\p{L}_]/u.test(id)) id = `c-${id}`;
  let out = id;
  for (let n = 2; used.has(out); n++) out = `${id}_${n}`;
  used.add(out);
  return out;
}

const t = (s: string) => escapeXmlText(s);

function conceptXml(c: Concept, id: string, lang: string, ind: string): string {
  let s = `${ind}<conceptEntry id="${escapeXmlAttr(id)}">\n`;
  if (c.domain) s += `${ind}  <descrip type="subjectField">${t(c.domain)}</descrip>\n`;
  const p = c.provenance;
  if (p && (p.author || p.date)) {
    s += `${ind}  <transacGrp>\n${ind}    <transac type="transactionType">origination</transac>\n`;
    if (p.date) s += `${ind}    <date>${t(p.date.slice(0, 10))}</date>\n`;
    if (p.author) s += `${ind}    <transacNote type="responsibility">${t(p.author)}</transacNote>\n`;
    s += `${ind}  </transacGrp>\n`;
  }
  if (p?.evidence?.length) s += `${ind}  <admin type="source">${t(`${EVIDENCE_PREFIX}${p.evidence.join(', ')}`)}</admin>\n`;
  if (c.dnt) s += `${ind}  <note>do-not-translate</note>\n`;
  for (const line of (c.note ?? '').split('\n')) if (line.trim()) s += `${ind}  <note>${t(line)}</note>\n`;
  s += `${ind}  <langSec xml:lang="en">\n`;
  if (c.definition) s += `${ind}    <descrip type="definition">${t(c.definition)}</descrip>\n`;
  for (const e of c.en) {
    s += `${ind}    <termSec>\n${ind}      <term>${t(e.text)}</term>\n`;
    if (e.partOfSpeech) s += `${ind}      <termNote type="partOfSpeech">${t(POS.has(e.partOfSpeech) ? e.partOfSpeech : 'other')}</termNote>\n`;
    s += `${ind}    </termSec>\n`;
    if (e.acronym) s += `${ind}    <termSec>\n${ind}      <term>${t(e.acronym)}</term>\n${ind}      <termNote type="termType">acronym</termNote>\n${ind}    </termSec>\n`;
    for (const v of e.variants ?? []) s += `${ind}    <termSec>\n${ind}      <term>${t(v)}</term>\n${ind}      <termNote type="termType">variant</termNote>\n${ind}    </termSec>\n`;
  }
  s += `${ind}  </langSec>\n`;
  if (c.zh.length) {
    s += `${ind}  <langSec xml:lang="${escapeXmlAttr(lang)}">\n`;
    for (const z of c.zh) {
      s += `${ind}    <termSec>\n${ind}      <term>${t(z.text)}</term>\n`;
      s += `${ind}      <termNote type="administrativeStatus">${STATUS[z.status]}</termNote>\n`;
      if (z.requiresSourceTerm) s += `${ind}      <note>requires-source-term</note>\n`;
      if (z.status === 'forbidden' && z.severity) s += `${ind}      <note>severity-${z.severity}</note>\n`;
      if (z.note) s += `${ind}      <note>${t(z.note)}</note>\n`;
      s += `${ind}    </termSec>\n`;
    }
    s += `${ind}  </langSec>\n`;
  }
  return s + `${ind}</conceptEntry>\n`;
}

/**
 * TBX v3 Core with the TBX-Basic dialect, DCA style: `<conceptEntry>` → `<langSec>` →
 * `<termSec>`; approved Chinese → preferredTerm/admittedTerm-admn-sts, forbidden →
 * deprecatedTerm-admn-sts; definition, subject field, notes, provenance as transacGrp.
 * Do-not-translate names carry `<note>do-not-translate</note>`. The units a learned entry
 * came from (provenance.evidence) go into `<admin type="source">`.
 */
export function writeTbx(tb: Termbase, opts: { zhLang?: string } = {}): string {
  const used = new Set<string>();
  let s = '<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n';
  s += `  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>${t(`${tb.name} — exported by duizhao`)}</p>\n      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n`;
  s += '  <text>\n    <body>\n';
  for (const c of tb.concepts) if (c.en.length) s += conceptXml(c, xmlId(c.id, used), opts.zhLang ?? 'zh', '      ');
  return s + '    </body>\n  </text>\n</tbx>\n';
}
