import { finalTarget, keptMt, DEFAULT_TOOL, type ExportFile } from '../export/ExportFile';
import { planInline } from '../placeholders/planInline';
import { tagsToText } from '../export/tagsToText';
import { escapeXmlAttr, escapeXmlText, xmlAttrs } from '../xml/escapeXml';
import { renderTmxInline, TmxPairNumbers } from './renderTmxInline';
import type { TmxUnitExtra } from './readTu';

const TU_ATTRS = ['o-encoding', 'datatype', 'usagecount', 'lastusagedate', 'creationtool', 'creationtoolversion', 'creationdate', 'creationid', 'changedate', 'segtype', 'changeid', 'o-tmf', 'srclang'];

function prop(type: string, value: string): string {
  return `<prop type="${escapeXmlAttr(type)}">${escapeXmlText(value)}</prop>`;
}

/**
 * TMX 1.4b: one `<tu>` per unit with the corrected target; the machine translation, reviewer and
 * state in `<prop type="x-mt|x-reviewer|x-state">`, the document in `x-document` when several.
 */
export function writeTmx(f: ExportFile): string {
  const tool = f.tool ?? DEFAULT_TOOL;
  const src = f.sourceLang || 'en';
  const tgt = f.targetLang || 'zh-CN';
  const header = xmlAttrs({ creationtool: tool.name, creationtoolversion: tool.version, segtype: 'block', 'o-tmf': tool.name, adminlang: 'en', srclang: src, datatype: 'plaintext' });
  let s = `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  <header${header}/>\n  <body>\n`;
  const several = f.documents.length > 1;
  for (const d of f.documents) {
    for (const u of d.units) {
      const x = (u.extra?.tagFormat === 'tmx' ? u.extra : {}) as Partial<TmxUnitExtra>;
      const tuAttrs: Record<string, string> = {};
      for (const k of TU_ATTRS) if (x.tuAttrs?.[k] !== undefined) tuAttrs[k] = x.tuAttrs[k];
      const pairs = new TmxPairNumbers();
      const render = (text: string) => renderTmxInline(planInline(text, u.tags), u.extra?.tagFormat as string | undefined, pairs);
      s += `    <tu${xmlAttrs({ tuid: u.id, ...tuAttrs })}>\n`;
      const props: string[] = [];
      if (several) props.push(prop('x-document', d.name));
      for (const p of x.props ?? []) if (p.type !== 'x-document') props.push(prop(p.type, p.value));
      const mt = keptMt(u);
      if (mt !== undefined) props.push(prop('x-mt', tagsToText(mt, u.tags, u.extra?.tagFormat)));
      const reviewer = u.reviewer ?? x.reviewer;
      if (reviewer) props.push(prop('x-reviewer', reviewer));
      const state = u.reviewState ?? u.state;
      if (state) props.push(prop('x-state', state));
      if (u.stateQualifier && !u.reviewState) props.push(prop('x-state-qualifier', u.stateQualifier));
      for (const n of u.notes ?? []) s += `      <note>${escapeXmlText(n)}</note>\n`;
      for (const p of props) s += `      ${p}\n`;
      s += `      <tuv xml:lang="${escapeXmlAttr(src)}"><seg>${render(u.source)}</seg></tuv>\n`;
      s += `      <tuv xml:lang="${escapeXmlAttr(tgt)}"><seg>${render(finalTarget(u))}</seg></tuv>\n`;
      s += '    </tu>\n';
    }
  }
  return s + '  </body>\n</tmx>\n';
}
