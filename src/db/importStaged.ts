import type { ParsedFile } from '../core/model';
import { deleteProject } from './deleteProject';
import type { DuizhaoDB } from './DuizhaoDB';
import { writeParsedFile, type ImportOptions } from './importParsedFile';

/** How often (ms) a running staged import refreshes its project's heartbeat. */
export const IMPORT_HEARTBEAT_MS = 2_000;

/**
 * Imports a parsed file as a new project in chunks, each chunk its own short transaction
 * (a worker cannot hold one Dexie transaction across awaits of a 100,000-unit write).
 * The project is written flagged `incomplete` — hidden everywhere — and the flag is cleared
 * in the last step. On error or cancel (`signal`) the staged project is deleted before the
 * promise rejects; if the tab closes mid-way, `cleanIncompleteImports` deletes it at the
 * next start. So a reader sees the whole project or none of it.
 */
export async function importParsedFileStaged(
  db: DuizhaoDB,
  parsed: ParsedFile,
  projectName: string,
  opts: ImportOptions = {},
): Promise<number> {
  const now = opts.now ?? Date.now;
  let staged: number | null = null;
  let beat = now();
  try {
    const id = await writeParsedFile(db, parsed, projectName, {
      chunkSize: 1000,
      ...opts,
      project: { ...opts.project, incomplete: true, heartbeatAt: beat },
      onProject: (pid) => {
        staged = pid;
        opts.onProject?.(pid);
      },
      afterChunk: async (pid) => {
        if (now() - beat >= IMPORT_HEARTBEAT_MS) {
          beat = now();
          await db.projects.update(pid, { heartbeatAt: beat });
        }
        await opts.afterChunk?.(pid);
      },
    });
    opts.signal?.throwIfAborted();
    await db.projects.where('id').equals(id).modify((p) => {
      delete p.incomplete;
      delete p.heartbeatAt;
    });
    return id;
  } catch (err) {
    if (staged !== null) await deleteProject(db, staged).catch(() => undefined);
    throw err;
  }
}
