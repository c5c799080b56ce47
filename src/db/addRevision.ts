import { unitStatus } from '../core/model';
import { statusFromCounts } from './aggregateStatus';
import type { DuizhaoDB } from './DuizhaoDB';
import type { RevisionRecord, Side } from './records';

export interface NewRevision {
  unitId: number;
  side: Side;
  text: string;
  author?: string;
  reason?: string;
  now?: () => number;
  /** Store an empty text (an undo back to "no translation"); default false: refused. */
  allowEmpty?: boolean;
  /** The browser tab writing it. */
  tab?: string;
}

/** Thrown when a revision would empty a side; nothing is stored. */
export class EmptyTextError extends Error {
  constructor(side: Side) {
    super(
      side === 'source'
        ? 'The source text is empty. Type or paste the English text, then save.'
        : 'The translation is empty. Type the Chinese translation, then save.',
    );
    this.name = 'EmptyTextError';
  }
}

/**
 * Appends a revision for one side of a unit (nothing is ever overwritten) and updates the
 * derived status of the unit and its document, in one transaction. Returns the new revision.
 */
export function addRevision(db: DuizhaoDB, rev: NewRevision): Promise<RevisionRecord> {
  const text = rev.text.replace(/\r\n?/g, '\n').trim();
  if (!text && !rev.allowEmpty) return Promise.reject(new EmptyTextError(rev.side));
  const now = rev.now ?? Date.now;
  return db.transaction('rw', [db.units, db.documents, db.revisions], async () => {
    const unit = await db.units.get(rev.unitId);
    if (!unit) throw new Error(`Unit ${rev.unitId} no longer exists (was the project reset in another tab?). Reload the page.`);
    const newestOf = (side: Side) =>
      db.revisions.where('[unitId+side]').equals([unit.id, side]).last();
    const parent = await newestOf(rev.side);
    const otherRev = await newestOf(rev.side === 'source' ? 'target' : 'source');
    const before = {
      source: rev.side === 'source' ? (parent?.text ?? unit.source) : (otherRev?.text ?? unit.source),
      target: rev.side === 'target' ? (parent?.text ?? unit.target) : (otherRev?.text ?? unit.target),
    };
    const after = { ...before, [rev.side]: text };
    const record: Omit<RevisionRecord, 'id'> = {
      unitId: unit.id,
      projectId: unit.projectId,
      side: rev.side,
      text,
      parentId: parent?.id ?? null,
      author: rev.author ?? '',
      createdAt: now(),
      ...(rev.reason ? { reason: rev.reason } : {}),
      ...(rev.tab ? { tab: rev.tab } : {}),
    };
    const id = (await db.revisions.add(record)) as number;
    const status = unitStatus(after);
    if (status !== unit.status) await db.units.update(unit.id, { status });
    const dSource = (after.source.trim() ? 0 : 1) - (before.source.trim() ? 0 : 1);
    const dTarget = (after.target.trim() ? 0 : 1) - (before.target.trim() ? 0 : 1);
    if (dSource || dTarget) {
      const doc = await db.documents.get(unit.documentId);
      if (doc) {
        const missingSource = Math.max(0, doc.missingSource + dSource);
        const missingTarget = Math.max(0, doc.missingTarget + dTarget);
        // The document list observes the project's revisions, not its document records
        // (useProjectDocuments): a document record changes only together with a revision.
        await db.documents.update(doc.id, {
          missingSource,
          missingTarget,
          status: statusFromCounts(missingSource, missingTarget),
        });
      }
    }
    return { ...record, id };
  });
}
