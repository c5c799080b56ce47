import { finalTarget, keptMt, DEFAULT_TOOL, type ExportFile, type ExportUnit } from '../export/ExportFile';
import { xliff12Qualifier, xliff12State } from '../export/exportState';
import { groupUnits, type UnitGroup } from '../export/groupUnits';
import { attrFilter, collectNamespaces } from '../export/namespaces';
import { planParts, type InlinePart } from '../placeholders/planParts';
import { escapeXmlAttr, escapeXmlText, xmlAttrs } from '../xml/escapeXml';
import { renderXliff12Inline } from './renderXliff12Inline';
import type { Xliff12UnitExtra } from './readTransUnit';
import { XLIFF12_NS } from './xliff12Dialect';

/** Whitespace a tool with default handling might collapse: keep it with xml:space="preserve". */
const SIGNIFICANT_SPACE = /^\s|\s$|\s\s|[\t\n\r]/;

const FILE_ATTRS = ['original', 'datatype', 'category', 'product-name', 'product-version'];

function state(u: ExportUnit): { state?: string; qualifier?: string } {
  if (u.reviewState) return { state: xliff12State(u.reviewState) };
  const st = xliff12State(u.state);
  if (u.corrected === undefined) return { state: st, qualifier: xliff12Qualifier(u.stateQualifier) };
  return { state: st ?? 'translated', qualifier: xliff12Qualifier(u.stateQualifier) };
}

function writeGroup(g: UnitGroup, lang: { src: string; tgt: string }, keep: (k: string) => boolean, ind: string): string {
  const x = g.first as Partial<Xliff12UnitExtra>;
  const native = g.tagFormat === 'xliff12';
  const render = (parts: InlinePart[]) => renderXliff12Inline(planParts(parts, g.tags), native, keep, g.tagFormat);
  const ua: Record<string, string> = {};
  if (native) {
    for (const [k, v] of Object.entries(x.unitAttrs ?? {})) if (k !== 'id' && k !== 'phase-name' && keep(k)) ua[k] = v;
  } else {
    const a = (x.unitAttrs ?? {}) as Record<string, string>;
    if (a.name) ua.resname = a.name;
    if (a.translate === 'yes' || a.translate === 'no') ua.translate = a.translate;
  }
  const u0 = g.units[0];
  if (u0.reviewState === 'reviewed' || u0.reviewState === 'final') ua.approved = 'yes';
  if (ua['xml:space'] === undefined && g.units.some((u) => SIGNIFICANT_SPACE.test(u.source) || SIGNIFICANT_SPACE.test(finalTarget(u)))) ua['xml:space'] = 'preserve';
  let s = `${ind}<trans-unit id="${escapeXmlAttr(g.id)}"${xmlAttrs(ua)}>\n`;
  const segmented = g.units.length > 1 || x.mid !== undefined;
  const targets = g.units.map(finalTarget);
  const st = state(u0);
  const hasTarget = targets.some((t) => t !== '') || st.state !== undefined;
  const tAttrs = xmlAttrs({ 'xml:lang': lang.tgt || undefined, state: hasTarget ? st.state : undefined, 'state-qualifier': st.qualifier });
  if (segmented) {
    const gaps = x.gaps ?? { source: [], target: [] };
    const parts = (side: 'source' | 'target'): InlinePart[] => {
      const p: InlinePart[] = [];
      g.units.forEach((u, i) => {
        const gap = gaps[side][i];
        if (gap) p.push({ text: gap });
        const mid = (u.extra?.mid as string | undefined) ?? (u.extra?.segId as string | undefined) ?? String(i + 1);
        p.push({ text: side === 'source' ? u.source : targets[i], seg: { mid } });
      });
      const tail = gaps[side][g.units.length];
      if (tail) p.push({ text: tail });
      return p;
    };
    const src = parts('source');
    s += `${ind}  <source>${render(src.map((p) => ({ text: p.text })))}</source>\n`;
    s += `${ind}  <seg-source>${render(src)}</seg-source>\n`;
    if (hasTarget) s += `${ind}  <target${tAttrs}>${render(parts('target'))}</target>\n`;
  } else {
    s += `${ind}  <source>${render([{ text: u0.source }])}</source>\n`;
    if (hasTarget) s += `${ind}  <target${tAttrs}>${render([{ text: targets[0] }])}</target>\n`;
  }
  const mts = g.units.map(keptMt);
  if (mts.some((m) => m !== undefined)) {
    const mt = g.units.map((u, i) => mts[i] ?? finalTarget(u)).join('');
    s += `${ind}  <alt-trans origin="mt"><target${xmlAttrs({ 'xml:lang': lang.tgt || undefined })}>${render([{ text: mt }])}</target></alt-trans>\n`;
  }
  for (const u of g.units) for (const n of u.notes ?? []) s += `${ind}  <note>${escapeXmlText(n)}</note>\n`;
  const reviewer = g.units.find((u) => u.reviewer)?.reviewer;
  if (reviewer) s += `${ind}  <note from="${escapeXmlAttr(reviewer)}" annotates="target">reviewed by ${escapeXmlText(reviewer)}</note>\n`;
  return s + `${ind}</trans-unit>\n`;
}

/** XLIFF 1.2: one `<file>` per document, corrected targets, MT kept as `<alt-trans origin="mt">`. */
export function writeXliff12(f: ExportFile): string {
  const tool = f.tool ?? DEFAULT_TOOL;
  const ns = collectNamespaces(f.documents, new Set(['xmlns']));
  const keep = attrFilter(ns);
  let s = `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="${XLIFF12_NS}"${xmlAttrs(ns)}>\n`;
  f.documents.forEach((d, i) => {
    const fa = (d.extra?.fileAttrs as Record<string, string> | undefined) ?? {};
    const attrs: Record<string, string | undefined> = { original: fa.original ?? (d.name || `document-${i + 1}`) };
    attrs['source-language'] = f.sourceLang || fa['source-language'] || 'en';
    attrs['target-language'] = f.targetLang || fa['target-language'] || 'zh-CN';
    attrs.datatype = fa.datatype ?? 'plaintext';
    for (const k of FILE_ATTRS.slice(2)) attrs[k] = fa[k];
    attrs['tool-id'] = tool.id;
    s += `  <file${xmlAttrs(attrs)}>\n`;
    s += `    <header><tool${xmlAttrs({ 'tool-id': tool.id, 'tool-name': tool.name, 'tool-version': tool.version })}/></header>\n    <body>\n`;
    for (const g of groupUnits(d.units)) s += writeGroup(g, { src: attrs['source-language'] as string, tgt: attrs['target-language'] as string }, keep, '      ');
    s += '    </body>\n  </file>\n';
  });
  return s + '</xliff>\n';
}
