import { addRevision } from '../addRevision';
import type { DuizhaoDB } from '../DuizhaoDB';
import type { AnnotationData, ReviewOp } from './ReviewOp';

export interface ApplyContext {
  projectId: number;
  author: string;
  now: number;
  tab?: string;
  /** Revision reason for text ops (undo/redo); default: each op's own reason. */
  reason?: string;
}

/**
 * Brings every op to one of its states ('after' when performing or redoing, 'before' when
 * undoing). Must run inside a rw transaction on units, documents, revisions, decisions and
 * annotations. Text that already holds the wanted state gets no new revision. Returns the
 * ops with new annotation ids filled in.
 */
export async function applyOps(db: DuizhaoDB, ops: readonly ReviewOp[], to: 'before' | 'after', ctx: ApplyContext): Promise<ReviewOp[]> {
  const out: ReviewOp[] = [];
  const list = to === 'before' ? [...ops].reverse() : ops;
  for (const op of list) {
    if (op.type === 'text') {
      const want = op[to];
      const newest = await db.revisions.where('[unitId+side]').equals([op.unitId, op.side]).last();
      const unit = newest ? undefined : await db.units.get(op.unitId);
      const current = newest ? newest.text : (unit?.[op.side] ?? '');
      if (current !== want) {
        await addRevision(db, {
          unitId: op.unitId,
          side: op.side,
          text: want,
          author: ctx.author,
          reason: ctx.reason ?? op.reason,
          now: () => ctx.now,
          allowEmpty: true,
          ...(ctx.tab ? { tab: ctx.tab } : {}),
        });
      }
      out.push(op);
    } else if (op.type === 'decision') {
      const s = op[to];
      await db.decisions.add({
        projectId: ctx.projectId,
        unitId: op.unitId,
        findingKey: op.findingKey,
        check: op.check,
        ...(op.looseKey ? { looseKey: op.looseKey } : {}),
        action: s.action,
        ...(s.reason ? { reason: s.reason } : {}),
        author: ctx.author,
        createdAt: ctx.now,
      } as never);
      out.push(op);
    } else {
      const s = op[to];
      const data: AnnotationData = s ? { ...s, deleted: false, updatedAt: ctx.now } : { ...(op.after ?? op.before)!, deleted: true, updatedAt: ctx.now };
      if (op.id === undefined) {
        const id = (await db.annotations.add({ ...data, projectId: ctx.projectId, createdAt: data.createdAt ?? ctx.now, author: data.author ?? ctx.author } as never)) as number;
        out.push({ ...op, id });
      } else {
        await db.annotations.put({ ...data, id: op.id, projectId: ctx.projectId } as never);
        out.push(op);
      }
    }
  }
  return to === 'before' ? out.reverse() : out;
}
