import type { DuizhaoDB } from '../DuizhaoDB';
import { applyOps } from './applyOps';
import type { ReviewOp } from './ReviewOp';

export interface ActionInput {
  projectId: number;
  /** What the step did, for the Undo button and the log ("Edit translation of unit 3"). */
  label: string;
  ops: ReviewOp[];
  author: string;
  tab?: string;
  now?: () => number;
}

/** Every table a review step may write (one transaction: all or nothing). */
export function actionTables(db: DuizhaoDB) {
  return [db.units, db.documents, db.revisions, db.decisions, db.annotations, db.events];
}

/**
 * Performs one reviewer step as a single transaction: applies each op's `after` state and
 * records the step in `events` (for undo/redo). Returns the event id.
 */
export function performAction(db: DuizhaoDB, input: ActionInput): Promise<number> {
  const now = (input.now ?? Date.now)();
  return db.transaction('rw', actionTables(db), async () => {
    const ops = await applyOps(db, input.ops, 'after', { projectId: input.projectId, author: input.author, now, ...(input.tab ? { tab: input.tab } : {}) });
    return (await db.events.add({
      projectId: input.projectId,
      kind: 'action',
      label: input.label,
      ops,
      author: input.author,
      createdAt: now,
      ...(input.tab ? { tab: input.tab } : {}),
    } as never)) as number;
  });
}
