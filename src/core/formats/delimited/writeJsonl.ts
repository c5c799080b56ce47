import { finalTarget, type ExportFile } from '../export/ExportFile';

/**
 * JSON Lines: one object per unit with document, id, source, target (the corrected
 * translation), mt, state, reviewer, mqmScore, findingCounts, notes and tags (placeholder
 * char → tag), so nothing of the review is lost. duizhao's JSONL import reads it back.
 */
export function writeJsonl(f: ExportFile): string {
  let s = '';
  for (const d of f.documents) {
    for (const u of d.units) {
      const o: Record<string, unknown> = { document: d.name, id: u.id, source: u.source, target: finalTarget(u) };
      const mt = u.mt ?? (u.corrected !== undefined ? u.target : (u.extra?.mt as string | undefined));
      if (mt !== undefined) o.mt = mt;
      const state = u.reviewState ?? u.state;
      if (state) o.state = state;
      if (u.reviewer) o.reviewer = u.reviewer;
      if (u.mqmScore !== undefined) o.mqmScore = u.mqmScore;
      if (u.findingCounts) o.findingCounts = u.findingCounts;
      if (u.notes?.length) o.notes = u.notes;
      if (u.tags?.length) o.tags = u.tags;
      s += JSON.stringify(o) + '\n';
    }
  }
  return s;
}
