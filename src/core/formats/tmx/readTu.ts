import type { ParsedUnit } from '../../model/Unit';
import { readInline } from '../placeholders/readInline';
import { TagTable } from '../placeholders/TagTable';
import { childElements, firstChild, textContent, type XmlNode } from '../xml/XmlNode';
import { tmxDialect } from './tmxDialect';

export interface TmxUnitExtra {
  tagFormat: 'tmx';
  tuid?: string;
  tuAttrs?: Record<string, string>;
  props?: { type: string; value: string }[];
  mt?: string;
  reviewer?: string;
  sourceLang?: string;
  targetLang?: string;
  /** Document name from `<prop type="x-document">` (a project exported as one TMX). */
  document?: string;
}

export function tuvLang(tuv: XmlNode): string {
  return tuv.attrs['xml:lang'] ?? tuv.attrs.lang ?? '';
}

export const isEnglish = (l: string): boolean => /^en(-|_|$)/i.test(l);
export const isChinese = (l: string): boolean => /^(zh|cmn|yue)(-|_|$)/i.test(l);

export interface TuRead {
  unit: ParsedUnit;
  langs: string[];
  hasZh: boolean;
  hasEn: boolean;
}

/** One `<tu>`: the English variant is the source, the Chinese (zh-*) variant the target. */
export function readTu(tu: XmlNode, index: number, headerSrcLang: string): TuRead {
  const tuvs = childElements(tu, 'tuv');
  const langs = tuvs.map(tuvLang);
  const srcLang = tu.attrs.srclang ?? headerSrcLang;
  const zhTuvs = tuvs.filter((t) => isChinese(tuvLang(t)));
  const tgtTuv = zhTuvs.find((t) => tuvLang(t).toLowerCase() !== srcLang.toLowerCase()) ?? zhTuvs[0];
  const srcTuv = tuvs.find((t) => isEnglish(tuvLang(t)) && t !== tgtTuv);
  const table = new TagTable();
  const seg = (t: XmlNode | undefined) => {
    table.side();
    const s = t && firstChild(t, 'seg');
    return s ? readInline(s.children, table, tmxDialect) : '';
  };
  const source = seg(srcTuv);
  const target = seg(tgtTuv);
  const props = childElements(tu, 'prop').map((p) => ({ type: p.attrs.type ?? '', value: textContent(p) }));
  const notes = childElements(tu, 'note').map((n) => textContent(n).trim()).filter(Boolean);
  const extra: TmxUnitExtra = { tagFormat: 'tmx' };
  if (tu.attrs.tuid !== undefined) extra.tuid = tu.attrs.tuid;
  const tuAttrs = { ...tu.attrs };
  delete tuAttrs.tuid;
  if (Object.keys(tuAttrs).length) extra.tuAttrs = tuAttrs;
  const other = props.filter((p) => !['x-mt', 'x-reviewer', 'x-state', 'x-state-qualifier', 'x-document'].includes(p.type));
  if (other.length) extra.props = other;
  if (srcTuv) extra.sourceLang = tuvLang(srcTuv);
  if (tgtTuv) extra.targetLang = tuvLang(tgtTuv);
  const unit: ParsedUnit = { id: tu.attrs.tuid ?? String(index), source, target, extra: extra as unknown as Record<string, unknown> };
  for (const p of props) {
    if (p.type === 'x-mt') { extra.mt = p.value; }
    else if (p.type === 'x-reviewer') extra.reviewer = p.value;
    else if (p.type === 'x-document') extra.document = p.value;
    else if (p.type === 'x-state') unit.state = p.value;
    else if (p.type === 'x-state-qualifier') unit.stateQualifier = p.value;
  }
  if (notes.length) unit.notes = notes;
  const tags = table.tags;
  if (tags.length) unit.tags = tags;
  return { unit, langs, hasZh: !!tgtTuv, hasEn: !!srcTuv };
}
