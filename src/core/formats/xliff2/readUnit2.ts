import type { ParsedUnit } from '../../model/Unit';
import { readInline } from '../placeholders/readInline';
import { TagTable } from '../placeholders/TagTable';
import { childElements, firstChild, isNode, textContent, type XmlNode } from '../xml/XmlNode';
import { xliff2Dialect } from './xliff2Dialect';

/** Per-unit data a writer needs to put an XLIFF 2 unit back as it was. */
export interface Xliff2UnitExtra {
  tagFormat: 'xliff2';
  unit: string;
  /** Segment id from the file, when it had one. */
  segId?: string;
  seg?: number;
  segs?: number;
  segAttrs?: Record<string, string>;
  /** First segment only. */
  unitAttrs?: Record<string, string>;
  originalData?: Record<string, string>;
  /** `<ignorable>` parts, by position: index i = before segment i (segs = after the last). */
  ignorables?: { at: number; source: string; target: string }[];
  gapTags?: ParsedUnit['tags'];
  notes?: { text: string; attrs: Record<string, string> }[];
  mt?: string;
}

/** One `<unit>` → one ParsedUnit per `<segment>`; `<ignorable>` text is kept for export. */
export function readUnit2(unit: XmlNode, fallbackId: string): ParsedUnit[] {
  const id = unit.attrs.id ?? fallbackId;
  const data = new Map<string, string>();
  const od = firstChild(unit, 'originalData');
  if (od) for (const d of childElements(od, 'data')) if (d.attrs.id) data.set(d.attrs.id, textContent(d));
  const dialect = xliff2Dialect(data);
  const table = new TagTable();
  const noteNodes = firstChild(unit, 'notes') ? childElements(firstChild(unit, 'notes') as XmlNode, 'note') : [];
  const notes = noteNodes.map((n) => ({ text: textContent(n), attrs: n.attrs }));
  let mt: string | undefined;
  const matches = unit.children.find((c) => isNode(c) && c.local === 'matches') as XmlNode | undefined;
  if (matches) {
    const m = childElements(matches, 'match').find((x) => x.attrs.type === 'mt') ?? childElements(matches, 'match')[0];
    const t = m && firstChild(m, 'target');
    if (t) { table.side(); mt = readInline(t.children, table, dialect); }
  }

  const parts = unit.children.filter((c): c is XmlNode => isNode(c) && (c.local === 'segment' || c.local === 'ignorable'));
  const segCount = parts.filter((p) => p.local === 'segment').length;
  const units: ParsedUnit[] = [];
  const ignorables: NonNullable<Xliff2UnitExtra['ignorables']> = [];
  const gapTexts: string[] = [];
  for (const p of parts) {
    const src = firstChild(p, 'source');
    const tgt = firstChild(p, 'target');
    table.side();
    const s = src ? readInline(src.children, table, dialect) : '';
    table.side();
    const t = tgt ? readInline(tgt.children, table, dialect) : '';
    if (p.local === 'ignorable') {
      ignorables.push({ at: units.length, source: s, target: t });
      gapTexts.push(s, t);
      continue;
    }
    const n = units.length;
    const extra: Xliff2UnitExtra = { tagFormat: 'xliff2', unit: id, seg: n, segs: segCount };
    if (p.attrs.id !== undefined) extra.segId = p.attrs.id;
    const segAttrs = { ...p.attrs };
    delete segAttrs.id; delete segAttrs.state; delete segAttrs.subState;
    if (Object.keys(segAttrs).length) extra.segAttrs = segAttrs;
    const segKey = p.attrs.id ?? String(n + 1);
    const u: ParsedUnit = { id: segCount > 1 ? `${id}#${segKey}` : id, source: s, target: t, extra: extra as unknown as Record<string, unknown> };
    if (p.attrs.state !== undefined) u.state = p.attrs.state;
    if (p.attrs.subState !== undefined) u.stateQualifier = p.attrs.subState;
    const tags = table.usedIn(s, t);
    if (tags.length) u.tags = tags;
    units.push(u);
  }
  if (units.length === 0) {
    // a unit with only ignorables: keep it as an empty unit so nothing is lost on export
    units.push({ id, source: '', target: '', extra: { tagFormat: 'xliff2', unit: id, seg: 0, segs: 0 } });
  }
  const first = units[0].extra as unknown as Xliff2UnitExtra;
  first.unitAttrs = { ...unit.attrs };
  if (data.size) first.originalData = Object.fromEntries(data);
  if (ignorables.length) first.ignorables = ignorables;
  const gt = table.usedIn(...gapTexts, mt ?? '');
  if (gt.length) first.gapTags = gt;
  if (notes.length) {
    first.notes = notes;
    units[0].notes = notes.map((n) => n.text.trim()).filter(Boolean);
  }
  if (mt !== undefined) first.mt = mt;
  return units;
}
