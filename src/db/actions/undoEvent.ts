import type { DuizhaoDB } from '../DuizhaoDB';
import type { EventRecord } from '../records';
import { applyOps } from './applyOps';
import { actionTables } from './performAction';
import type { ReviewOp } from './ReviewOp';

export interface ReplayOptions {
  author: string;
  tab?: string;
  now?: () => number;
}

function replay(db: DuizhaoDB, eventId: number, kind: 'undo' | 'redo', opts: ReplayOptions): Promise<number> {
  const now = (opts.now ?? Date.now)();
  return db.transaction('rw', actionTables(db), async () => {
    const ev = (await db.events.get(eventId)) as EventRecord | undefined;
    if (!ev) throw new Error('That step is no longer stored (the project was reset or restored). Nothing was changed.');
    await applyOps(db, ev.ops as ReviewOp[], kind === 'undo' ? 'before' : 'after', {
      projectId: ev.projectId,
      author: opts.author,
      now,
      reason: kind,
      ...(opts.tab ? { tab: opts.tab } : {}),
    });
    return (await db.events.add({
      projectId: ev.projectId,
      kind,
      label: ev.label,
      ops: [],
      of: eventId,
      author: opts.author,
      createdAt: now,
      ...(opts.tab ? { tab: opts.tab } : {}),
    } as never)) as number;
  });
}

/**
 * Undoes a recorded step: every op goes back to its `before` state as NEW records (a new
 * revision, a new decision, an annotation marked deleted); nothing is deleted. The undo is
 * itself an event. Returns its id.
 */
export function undoEvent(db: DuizhaoDB, eventId: number, opts: ReplayOptions): Promise<number> {
  return replay(db, eventId, 'undo', opts);
}

/** Redoes a step undone before (its `after` states, again as new records). */
export function redoEvent(db: DuizhaoDB, eventId: number, opts: ReplayOptions): Promise<number> {
  return replay(db, eventId, 'redo', opts);
}
