import type { InlineTag } from '../../model/Unit';
import type { ExportUnit } from './ExportFile';

/** Units that came from one XLIFF unit (several segments) stay together on export. */
export interface UnitGroup {
  /** The XML unit id (from the file) or the unit id. */
  id: string;
  units: ExportUnit[];
  /** All tags of the group (segments + text between them), for placeholder lookup. */
  tags: InlineTag[];
  tagFormat?: string;
  first: Record<string, unknown>;
}

export function groupUnits(units: readonly ExportUnit[]): UnitGroup[] {
  const out: UnitGroup[] = [];
  for (const u of units) {
    const x = u.extra ?? {};
    const unitId = typeof x.unit === 'string' ? x.unit : undefined;
    const segs = typeof x.segs === 'number' ? x.segs : 1;
    const prev = out[out.length - 1];
    if (prev && unitId !== undefined && segs > 1 && prev.id === unitId && prev.tagFormat === x.tagFormat && prev.units.length < segs && x.seg !== 0) {
      prev.units.push(u);
      for (const t of u.tags ?? []) if (!prev.tags.some((p) => p.id === t.id)) prev.tags.push(t);
      continue;
    }
    const tags = [...(u.tags ?? []), ...(((x.gapTags as InlineTag[] | undefined) ?? []).filter((g) => !(u.tags ?? []).some((t) => t.id === g.id)))];
    out.push({ id: segs > 1 && unitId !== undefined ? unitId : u.id, units: [u], tags, tagFormat: x.tagFormat as string | undefined, first: x });
  }
  return out;
}
