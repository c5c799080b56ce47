import { importParsedFileStaged, type DuizhaoDB } from '../db';
import type { ImportMessage, ImportPhaseName, ImportRequest } from './importProtocol';
import { parseBlob } from './parseBlob';
import { toParseFailure } from './toParseFailure';

function isAbort(err: unknown): boolean {
  return (err as { name?: string } | null)?.name === 'AbortError';
}

/**
 * One import, start to end: parse the file, then write it as a staged project in chunks.
 * Every outcome is one final message (done, cancelled, invalid, failed); progress is
 * posted at most once per percent. Runs in the import worker, or in-process without Worker.
 */
export async function runImport(
  req: ImportRequest,
  db: DuizhaoDB,
  post: (m: ImportMessage) => void,
  signal: AbortSignal,
): Promise<void> {
  let shown = -1;
  const progress = (phase: ImportPhaseName) => (done: number, total: number) => {
    const pct = total ? Math.floor((done * 100) / total) : 0;
    if (pct === shown && done !== total) return;
    shown = pct;
    post({ type: 'progress', phase, done, total });
  };
  let parsed;
  try {
    post({ type: 'progress', phase: 'parsing', done: 0, total: req.file.size });
    parsed = await parseBlob(req.file, req.fileName, { signal, onProgress: progress('parsing') });
  } catch (err) {
    post(isAbort(err) ? { type: 'cancelled' } : { type: 'invalid', error: toParseFailure(err, req.fileName) });
    return;
  }
  try {
    shown = -1;
    const projectId = await importParsedFileStaged(db, parsed, req.projectName, {
      signal,
      project: { importToken: req.token },
      onProgress: ({ done, total }) => progress('writing')(done, total),
    });
    const units = parsed.documents.reduce((n, d) => n + d.units.length, 0);
    post({ type: 'done', result: { projectId, documents: parsed.documents.length, units, warnings: parsed.warnings } });
  } catch (err) {
    if (isAbort(err)) post({ type: 'cancelled' });
    else if (typeof (err as { problem?: unknown })?.problem === 'string') post({ type: 'invalid', error: toParseFailure(err, req.fileName) });
    else post({ type: 'failed', name: (err as Error)?.name ?? 'Error', message: (err as Error)?.message ?? String(err) });
  }
}
