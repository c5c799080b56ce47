import { importParsedFile, type DuizhaoDB } from '../../db';
import { useStore } from '../../store';
import { describeStorageError } from '../shell/describeStorageError';
import { ParseFailed, parseOffThread } from './parseOffThread';
import { projectNameFromFile } from './projectNameFromFile';

/** Files the importer accepts (the picker's `accept`). */
export const IMPORT_ACCEPT = '.txt,.tsv,.csv,.jsonl,.xlf,.xliff,.tmx,text/plain,text/tab-separated-values,text/csv';

let current: AbortController | null = null;

/** Cancels the running import, if any: nothing of it is stored. */
export function cancelImport(): void {
  current?.abort();
}

function isAbort(err: unknown): boolean {
  return (err as { name?: string } | null)?.name === 'AbortError';
}

/**
 * Imports one file as a new project and opens it. Reads the bytes, parses them off the
 * main thread, checks the storage quota, then writes everything in one transaction with
 * progress. Errors land in the store's import state (shown as an alert); on any error or
 * cancellation nothing stored changes.
 */
export async function importFile(db: DuizhaoDB, file: File): Promise<number | null> {
  const { setImport, openProject } = useStore.getState();
  if (current) {
    setImport({ error: { fileName: file.name, problem: 'another import is still running. Wait for it to finish or cancel it, then import this file again.' } });
    return null;
  }
  const ctl = new AbortController();
  current = ctl;
  setImport({ phase: 'reading', fileName: file.name, done: 0, total: 0, error: null, notice: null });
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    setImport({ phase: 'parsing' });
    const parsed = await parseOffThread(bytes, file.name, ctl.signal);
    const estimate = typeof navigator !== 'undefined' ? await navigator.storage?.estimate?.().catch(() => undefined) : undefined;
    if (estimate?.quota !== undefined && estimate.usage !== undefined && estimate.quota - estimate.usage < file.size * 3) {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    }
    setImport({ phase: 'writing' });
    let lastShown = 0;
    const id = await importParsedFile(db, parsed, projectNameFromFile(file.name), {
      signal: ctl.signal,
      onProgress: ({ done, total }) => {
        if (done === total || done - lastShown >= total / 100) {
          lastShown = done;
          setImport({ done, total });
        }
      },
    });
    const units = parsed.documents.reduce((n, d) => n + d.units.length, 0);
    const warn = parsed.warnings.length ? ` ${parsed.warnings.length} warning(s): ${parsed.warnings.slice(0, 3).join(' ')}` : '';
    setImport({
      phase: 'idle',
      notice: `Imported ${file.name}: ${parsed.documents.length.toLocaleString('en')} documents, ${units.toLocaleString('en')} units.${warn}`,
    });
    openProject(id);
    return id;
  } catch (err) {
    if (isAbort(err)) {
      setImport({ phase: 'idle', notice: `Import of ${file.name} cancelled; nothing was stored.` });
    } else if (err instanceof ParseFailed) {
      setImport({ phase: 'idle', error: err.failure });
    } else if ((err as { problem?: unknown })?.problem !== undefined) {
      const e = err as { fileName: string; line?: number; problem: string };
      setImport({ phase: 'idle', error: { fileName: e.fileName, line: e.line, problem: e.problem } });
    } else {
      setImport({ phase: 'idle', error: { fileName: file.name, problem: describeStorageError(err) } });
    }
    return null;
  } finally {
    current = null;
  }
}
