import type { ParsedUnit } from '../../model/Unit';
import { readInline } from '../placeholders/readInline';
import { TagTable } from '../placeholders/TagTable';
import { childElements, firstChild, textContent, type XmlNode } from '../xml/XmlNode';
import { xliff12Dialect } from './xliff12Dialect';

/** Separates segments in a read seg-source/target (a Unicode non-character, never in real text). */
const SEG = '\uFDD0';

interface SegRead {
  gaps: string[];
  segs: { mid: string; text: string; attrs: Record<string, string> }[];
}

function readSegmented(n: XmlNode, table: TagTable): SegRead {
  const segs: SegRead['segs'] = [];
  const text = readInline(n.children, table, xliff12Dialect, {
    segment(m) {
      const mid = m.attrs.mid ?? String(segs.length + 1);
      const inner = readInline(m.children, table, xliff12Dialect);
      segs.push({ mid, text: inner, attrs: m.attrs });
      return SEG;
    },
  });
  return { gaps: text.split(SEG), segs };
}

/** Per-unit data a writer needs to put an XLIFF 1.2 trans-unit back as it was. */
export interface Xliff12UnitExtra {
  tagFormat: 'xliff12';
  /** trans-unit id (several ParsedUnits share it when the unit is segmented). */
  unit: string;
  /** Segment mid, when segmented. */
  mid?: string;
  /** Position in the unit and number of segments. */
  seg?: number;
  segs?: number;
  /** First segment only: trans-unit attributes and the text between segments (with placeholders). */
  unitAttrs?: Record<string, string>;
  gaps?: { source: string[]; target: string[] };
  gapTags?: ParsedUnit['tags'];
  /** Machine translation found in `<alt-trans origin="mt">`. */
  mt?: string;
}

/** One trans-unit → one ParsedUnit, or one per `<mrk mtype="seg">` when pre-segmented. */
export function readTransUnit(tu: XmlNode, fallbackId: string): ParsedUnit[] {
  const id = tu.attrs.id ?? fallbackId;
  const table = new TagTable();
  const source = firstChild(tu, 'source');
  const segSource = firstChild(tu, 'seg-source');
  const target = firstChild(tu, 'target');
  const notes = childElements(tu, 'note').map((n) => textContent(n).trim()).filter(Boolean);
  const state = target?.attrs.state;
  const stateQualifier = target?.attrs['state-qualifier'];
  const unitAttrs = { ...tu.attrs };

  const readMt = (): string | undefined => {
    for (const alt of childElements(tu, 'alt-trans')) {
      const t = firstChild(alt, 'target');
      if (t && (alt.attrs.origin === 'mt' || alt.attrs.origin === 'machine-translation' || alt.attrs['alttranstype'] === 'x-mt')) {
        table.side();
        return readInline(t.children, table, xliff12Dialect);
      }
    }
    return undefined;
  };
  let mt: string | undefined;
  let units: ParsedUnit[] | undefined;
  if (segSource) {
    table.side();
    const s = readSegmented(segSource, table);
    table.side();
    const t = target ? readSegmented(target, table) : { gaps: [''], segs: [] };
    const targetUnsegmented = target !== undefined && t.segs.length === 0 && t.gaps.join('').trim() !== '';
    if (s.segs.length > 0 && !targetUnsegmented) {
      mt = readMt();
      const byMid = new Map(t.segs.map((x) => [x.mid, x.text]));
      const tgtGaps = t.segs.length ? t.gaps : s.gaps.map(() => '');
      const gapText = [...s.gaps, ...tgtGaps];
      units = s.segs.map((seg, i) => {
        const tgt = byMid.get(seg.mid) ?? '';
        const extra: Xliff12UnitExtra = { tagFormat: 'xliff12', unit: id, mid: seg.mid, seg: i, segs: s.segs.length };
        if (i === 0) {
          extra.unitAttrs = unitAttrs;
          extra.gaps = { source: s.gaps, target: tgtGaps };
          const gt = table.usedIn(...gapText);
          if (gt.length) extra.gapTags = gt;
          if (mt !== undefined) extra.mt = mt;
        }
        const u: ParsedUnit = { id: s.segs.length > 1 ? `${id}#${seg.mid}` : id, source: seg.text, target: tgt, extra: extra as unknown as Record<string, unknown> };
        const tags = table.usedIn(seg.text, tgt);
        if (tags.length) u.tags = tags;
        return u;
      });
    }
  }
  if (!units) {
    table.side();
    const srcText = source ? readInline(source.children, table, xliff12Dialect) : '';
    table.side();
    const tgt = target ? readInline(target.children, table, xliff12Dialect) : '';
    const extra: Xliff12UnitExtra = { tagFormat: 'xliff12', unit: id, unitAttrs };
    mt = readMt();
    if (mt !== undefined) extra.mt = mt;
    const u: ParsedUnit = { id, source: srcText, target: tgt, extra: extra as unknown as Record<string, unknown> };
    const tags = table.usedIn(srcText, tgt, mt ?? '');
    if (tags.length) u.tags = tags;
    units = [u];
  }
  const first = units[0];
  if (notes.length) first.notes = notes;
  for (const u of units) {
    if (state !== undefined) u.state = state;
    if (stateQualifier !== undefined) u.stateQualifier = stateQualifier;
  }
  return units;
}
