import { finalTarget, keptMt, DEFAULT_TOOL, type ExportFile, type ExportUnit } from '../export/ExportFile';
import { xliff2State } from '../export/exportState';
import { groupUnits, type UnitGroup } from '../export/groupUnits';
import { attrFilter, collectNamespaces } from '../export/namespaces';
import { planInline } from '../placeholders/planInline';
import { tagsToText } from '../export/tagsToText';
import { escapeXmlAttr, escapeXmlText, xmlAttrs } from '../xml/escapeXml';
import type { Xliff2UnitExtra } from './readUnit2';
import { Xliff2UnitContext, renderXliff2Inline } from './renderXliff2Inline';

export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const MATCHES_NS = 'urn:oasis:names:tc:xliff:matches:2.0';

/** XML NMTOKEN: letters, digits and . - _ : only. */
export function toNmtoken(s: string): string {
  const t = s.replace(/[^\p{L}\p{N}._:\-\u00B7]/gu, '_');
  return t === '' ? '_' : t;
}

class IdSet {
  private used = new Set<string>();
  take(raw: string): string {
    const base = toNmtoken(raw);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}_${n}`;
    this.used.add(id);
    return id;
  }
}

function segState(u: ExportUnit): { state?: string; subState?: string } {
  if (u.reviewState) return xliff2State(u.reviewState);
  const s = xliff2State(u.state);
  if (u.stateQualifier && s.state && /^[^:\s]+:\S+$/.test(u.stateQualifier)) s.subState = u.stateQualifier;
  if (u.corrected !== undefined && !s.state) s.state = 'translated';
  return s;
}

function writeUnit(g: UnitGroup, unitId: string, keep: (k: string) => boolean, ind: string): string {
  const x = g.first as Partial<Xliff2UnitExtra>;
  const native = g.tagFormat === 'xliff2';
  const targets = g.units.map(finalTarget);
  const ign = native ? (x.ignorables ?? []) : [];
  const texts = [...g.units.flatMap((u, i) => [u.source, targets[i]]), ...ign.flatMap((p) => [p.source, p.target])];
  const ctx = new Xliff2UnitContext(g.tags, texts, native, g.tagFormat, keep, x.originalData);
  const render = (text: string) => renderXliff2Inline(planInline(text, g.tags), ctx);
  const segIds = new IdSet();
  const segs: string[] = [];
  const mtMatches: string[] = [];
  const part = (el: string, src: string, tgt: string, attrs: string, writeTarget: boolean) =>
    `${ind}  <${el}${attrs}>\n${ind}    <source>${render(src)}</source>\n${writeTarget ? `${ind}    <target>${render(tgt)}</target>\n` : ''}${ind}  </${el}>\n`;
  const ignorablesAt = (k: number) => ign.filter((p) => p.at === k).map((p) => part('ignorable', p.source, p.target, '', p.target !== '')).join('');
  g.units.forEach((u, i) => {
    segs.push(ignorablesAt(i));
    if (x.segs === 0) return;
    const sx = (u.extra ?? {}) as Partial<Xliff2UnitExtra>;
    const sid = segIds.take(sx.segId ?? (u.extra?.mid as string | undefined) ?? `s${i + 1}`);
    const st = segState(u);
    const extraAttrs: Record<string, string> = {};
    if (native) for (const [k, v] of Object.entries(sx.segAttrs ?? {})) if (keep(k)) extraAttrs[k] = v;
    const hasTarget = targets[i] !== '' || st.state !== undefined && st.state !== 'initial';
    segs.push(part('segment', u.source, targets[i], xmlAttrs({ id: sid, state: st.state, subState: st.subState, ...extraAttrs }), hasTarget));
    const mt = keptMt(u);
    if (mt !== undefined) {
      mtMatches.push(`${ind}    <mtc:match ref="#${escapeXmlAttr(sid)}" type="mt" origin="machine translation">\n${ind}      <source>${escapeXmlText(tagsToText(u.source, g.tags, g.tagFormat))}</source>\n${ind}      <target>${escapeXmlText(tagsToText(mt, g.tags, g.tagFormat))}</target>\n${ind}    </mtc:match>\n`);
    }
  });
  segs.push(ignorablesAt(g.units.length));
  const ua: Record<string, string> = {};
  if (native) {
    for (const [k, v] of Object.entries(x.unitAttrs ?? {})) if (k !== 'id' && keep(k)) ua[k] = v;
  } else {
    const a = (x.unitAttrs ?? {}) as Record<string, string>;
    if (a.resname) ua.name = a.resname;
    if (a.translate === 'no' || a.translate === 'yes') ua.translate = a.translate;
  }
  if (ua['xml:space'] === undefined && texts.some((t) => /^\s|\s$|\s\s|[\t\n\r]/.test(t))) ua['xml:space'] = 'preserve';
  let s = `${ind}<unit id="${escapeXmlAttr(unitId)}"${xmlAttrs(ua)}>\n`;
  if (mtMatches.length) s += `${ind}  <mtc:matches>\n${mtMatches.join('')}${ind}  </mtc:matches>\n`;
  const notes: string[] = [];
  if (native && x.notes) for (const n of x.notes) notes.push(`<note${xmlAttrs(Object.fromEntries(Object.entries(n.attrs).filter(([k]) => keep(k))))}>${escapeXmlText(n.text)}</note>`);
  else for (const u of g.units) for (const n of u.notes ?? []) notes.push(`<note>${escapeXmlText(n)}</note>`);
  const reviewer = g.units.find((u) => u.reviewer)?.reviewer;
  if (reviewer) notes.push(`<note category="review">reviewed by ${escapeXmlText(reviewer)}</note>`);
  if (notes.length) s += `${ind}  <notes>\n${notes.map((n) => `${ind}    ${n}\n`).join('')}${ind}  </notes>\n`;
  const body = segs.join(''); // renders first so generated originalData is known
  if (ctx.data.size) {
    s += `${ind}  <originalData>\n`;
    for (const [k, v] of ctx.data) s += `${ind}    <data id="${escapeXmlAttr(k)}">${escapeXmlText(v)}</data>\n`;
    s += `${ind}  </originalData>\n`;
  }
  return s + body + `${ind}</unit>\n`;
}

export interface Xliff2Options {
  version?: '2.0' | '2.1';
}

/** XLIFF 2.0/2.1: one `<file>` per document; MT kept in the matches module (`<mtc:matches>`). */
export function writeXliff2(f: ExportFile, opts: Xliff2Options = {}): string {
  const tool = f.tool ?? DEFAULT_TOOL;
  const ns = collectNamespaces(f.documents, new Set(['xmlns', 'xmlns:mtc']));
  // 2.2-only modules (plural/gender/select) are not valid in a 2.1 file: their attributes are left out
  for (const [k, v] of Object.entries(ns)) if (/xliff:pgs:/.test(v)) delete ns[k];
  const keep = attrFilter({ ...ns, 'xmlns:mtc': MATCHES_NS });
  const rootAttrs = xmlAttrs({ xmlns: XLIFF2_NS, 'xmlns:mtc': MATCHES_NS, ...ns, version: opts.version ?? '2.1', srcLang: f.sourceLang || 'en', trgLang: f.targetLang || 'zh-CN' });
  let s = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- written by ${escapeXmlText(`${tool.name} ${tool.version}`)} -->\n<xliff${rootAttrs}>\n`;
  const fileIds = new IdSet();
  f.documents.forEach((d, i) => {
    const fa = (d.extra?.fileAttrs as Record<string, string> | undefined) ?? {};
    s += `  <file${xmlAttrs({ id: fileIds.take(fa.id ?? `f${i + 1}`), original: fa.original ?? d.name })}>\n`;
    const unitIds = new IdSet();
    for (const g of groupUnits(d.units)) s += writeUnit(g, unitIds.take(g.id), keep, '    ');
    s += '  </file>\n';
  });
  return s + '</xliff>\n';
}
