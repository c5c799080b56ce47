import { writeTbx } from '../core/formats';
import type { DuizhaoDB } from '../db';
import type { ExportScope } from '../db/glossary';
import { buildGlossaryExport } from '../db/glossary/buildGlossaryExport';
import { loadGlossaryRows } from '../db/glossary/loadGlossaryRows';
import { writeGlossaryCsv } from '../db/glossary/writeGlossaryCsv';

/**
 * The corrected glossary as a TBX or CSV file with provenance: the project's own entries or
 * every entry in use, optionally only those changed since `since` (ms). `count` 0: nothing
 * to export (the text is then empty).
 */
export async function glossaryExport(db: DuizhaoDB, projectId: number, projectName: string, scope: ExportScope, format: 'tbx' | 'csv', since?: number): Promise<{ text: string; count: number }> {
  const tb = buildGlossaryExport(await loadGlossaryRows(db, projectId), scope, projectName, since === undefined ? undefined : new Date(since));
  if (tb.concepts.length === 0) return { text: '', count: 0 };
  return { text: format === 'tbx' ? writeTbx(tb) : writeGlossaryCsv(tb), count: tb.concepts.length };
}
