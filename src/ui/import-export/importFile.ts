import type { DuizhaoDB } from '../../db';
import { useStore } from '../../store';
import { describeStorageError } from '../shell/describeStorageError';
import { checkStorageRoom } from './checkStorageRoom';
import { importOffThread } from './importOffThread';
import { markPhase } from './markPhase';
import { projectNameFromFile } from './projectNameFromFile';

/** Files the importer accepts (the picker's `accept`): every bilingual format duizhao reads. */
export const IMPORT_ACCEPT =
  '.txt,.tsv,.csv,.jsonl,.xlf,.xliff,.tmx,.po,text/plain,text/tab-separated-values,text/csv,application/x-xliff+xml';

let current: AbortController | null = null;

/** Cancels the running import, if any: nothing of it is stored. */
export function cancelImport(): void {
  current?.abort();
}

/**
 * Imports one file as a new project and opens it. Checks the storage quota first (a file
 * that cannot fit stops before anything is written), then a worker parses the file and
 * writes it in chunks as a staged project that only becomes visible when complete.
 * Errors land in the store's import state (shown as an alert); on any error or cancellation
 * nothing stored changes.
 */
export async function importFile(db: DuizhaoDB, file: File): Promise<number | null> {
  markPhase('import:picked');
  const { setImport, openProject } = useStore.getState();
  if (current) {
    setImport({ error: { fileName: file.name, problem: 'another import is still running. Wait for it to finish or cancel it, then import this file again.' } });
    return null;
  }
  const ctl = new AbortController();
  current = ctl;
  setImport({ phase: 'reading', fileName: file.name, done: 0, total: 0, error: null, notice: null });
  try {
    const room = await checkStorageRoom(file.size);
    if (room) {
      setImport({ phase: 'idle', error: { fileName: file.name, problem: room } });
      return null;
    }
    markPhase('import:start');
    let shownPhase = '';
    const outcome = await importOffThread(db, file, projectNameFromFile(file.name), {
      signal: ctl.signal,
      onProgress: ({ phase, done, total }) => {
        if (phase !== shownPhase) markPhase(`import:${(shownPhase = phase)}`);
        setImport({ phase, done, total });
      },
    });
    markPhase(`import:${outcome.type}`);
    switch (outcome.type) {
      case 'done': {
        const { projectId, documents, units, warnings } = outcome.result;
        const warn = warnings.length
          ? ` ${warnings.length.toLocaleString('en')} warning${warnings.length === 1 ? '' : 's'}: ${warnings.slice(0, 3).join(' ')}${warnings.length > 3 ? ' …' : ''}`
          : '';
        setImport({
          phase: 'idle',
          notice: `Imported ${file.name}: ${plural(documents, 'document')}, ${plural(units, 'unit')}.${warn}`,
        });
        // The notice renders in this task; the new project (a whole screen) in the next one,
        // so neither makes one long main-thread task of the other.
        await nextTask();
        markPhase('import:open-project');
        openProject(projectId);
        return projectId;
      }
      case 'cancelled':
        setImport({ phase: 'idle', notice: `Import of ${file.name} cancelled; nothing was stored.` });
        return null;
      case 'invalid':
        setImport({ phase: 'idle', error: outcome.error });
        return null;
      case 'failed':
        setImport({ phase: 'idle', error: { fileName: file.name, problem: describeStorageError(outcome) } });
        return null;
    }
  } catch (err) {
    setImport({ phase: 'idle', error: { fileName: file.name, problem: describeStorageError(err) } });
    return null;
  } finally {
    current = null;
  }
}

/** Resolves in a new macrotask: what was rendered so far is committed before going on. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** "1 document", "2,000 documents". */
function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}
