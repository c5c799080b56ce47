import type { SourceTerm } from '../core/glossary';
import { termsInSource } from '../core/glossary';
import type { DuizhaoDB } from '../db';
import { glossaryCandidates } from './glossaryCandidates';
import { glossaryConcordance, glossaryConsistency } from './glossaryConcordance';
import { compiledForProject } from './glossaryCompiled';
import { glossaryDashboard } from './glossaryDashboard';
import { glossaryExport } from './glossaryExport';
import { glossaryFlagged } from './glossaryFlagged';
import { glossaryTermRows } from './glossaryTermRows';
import type { GlossaryMessage, GlossaryRequest, GlossaryResults } from './glossaryProtocol';
import { previewTermbase, storeParsedTermbase } from './glossaryTermbaseImport';

/** One entry per concept recognised in `source`, in text order, repeats and entries without Chinese dropped. */
function sourceTerms(found: SourceTerm[]): SourceTerm[] {
  const seen = new Set<string>();
  return found.filter((t) => {
    if (seen.has(t.conceptId) || (!t.approved.length && !t.dnt)) return false;
    seen.add(t.conceptId);
    return true;
  });
}

async function answer(req: GlossaryRequest, db: DuizhaoDB, progress: (phase: string, done: number, total: number) => void): Promise<GlossaryResults[GlossaryRequest['type']]> {
  const compiled = () => compiledForProject(db, req.projectId);
  switch (req.type) {
    case 'compile': {
      const c = await compiled();
      return { entries: c.entries, termbases: c.termbases };
    }
    case 'terms':
      return sourceTerms(termsInSource((await compiled()).glossary, req.source));
    case 'candidates':
      return glossaryCandidates(db, req.projectId, (await compiled()).glossary);
    case 'flagged':
      return glossaryFlagged(db, req.projectId, req.conceptId, req.wrong, (done, total) => progress('reading', done, total));
    case 'dashboard':
      return glossaryDashboard(db, req.projectId, async () => (await compiled()).glossary, req.mqm, progress);
    case 'parseTermbase':
      return previewTermbase(db, req.projectId, req.bytes, req.fileName, progress);
    case 'storeTermbase':
      return storeParsedTermbase(db, req.projectId, req.fileName, req.choice, progress);
    case 'concordance':
      return glossaryConcordance(db, req.projectId, req.version, req.query, (await compiled()).glossary);
    case 'termRows':
      return glossaryTermRows(db, req.projectId, { query: req.query, status: req.status, origin: req.origin }, req.offset, req.limit);
    case 'exportGlossary':
      return glossaryExport(db, req.projectId, req.projectName, req.scope, req.format, req.since);
    case 'consistency':
      return glossaryConsistency(db, req.projectId, req.version, (await compiled()).glossary);
  }
}

/**
 * Handles one glossary request against `db` (in the glossary worker, or in-process when
 * there is no Worker): progress messages, then exactly one `done` or `failed`.
 */
export async function handleGlossaryRequest(req: GlossaryRequest, db: DuizhaoDB, post: (m: GlossaryMessage) => void): Promise<void> {
  try {
    const value = await answer(req, db, (phase, done, total) => post({ id: req.id, type: 'progress', phase, done, total }));
    post({ id: req.id, type: 'done', value });
  } catch (err) {
    const e = err as { name?: string; message?: string; inner?: { name?: string } };
    post({ id: req.id, type: 'failed', name: e?.inner?.name ?? e?.name ?? 'Error', message: e?.message ?? String(err) });
  }
}
