import type { Termbase } from '../../core/glossary';
import type { GlossaryRow } from './glossaryRows';

export type ExportScope = 'project' | 'all';

/**
 * The termbase to export: the project's own entries (learned and edited), or every entry in
 * use (project, imported, built-in). With `since`, only entries changed on or after that
 * day (built-in entries never change, so they are left out).
 */
export function buildGlossaryExport(rows: readonly GlossaryRow[], scope: ExportScope, projectName: string, since?: Date): Termbase {
  const t = since ? since.getTime() : -Infinity;
  const picked = rows.filter((r) => {
    if (scope === 'project' && r.source !== 'project') return false;
    if (since) return !!r.entry && r.entry.updatedAt >= t;
    return true;
  });
  return {
    id: `duizhao:${projectName}`,
    name: `${projectName} — ${scope === 'project' ? 'project termbase' : 'all termbases'}`,
    priority: 100,
    concepts: picked.map((r) => r.concept),
  };
}
