import { useState } from 'react';
import { restoreWorkspace, type RestoreMode, type WorkspaceBackup } from '../../db';
import { useStore } from '../../store';
import { Modal } from '../common/Modal';
import { useDb } from '../shell/DbContext';
import { describeStorageError } from '../shell/describeStorageError';

/** Asks how to restore a checked backup: Replace everything, or Merge by id. */
export function RestoreDialog({ backup, fileName, onClose }: { backup: WorkspaceBackup; fileName: string; onClose: (done: string | null) => void }) {
  const db = useDb();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const count = (t: string) => backup.tables[t]?.length ?? 0;
  const restore = async (mode: RestoreMode) => {
    setBusy(true);
    setError(null);
    try {
      const n = await restoreWorkspace(db, backup, mode);
      const s = useStore.getState();
      s.openProject(null); // the bootstrap-free way back: the project list is re-read live
      const first = (await db.projects.orderBy('createdAt').first())?.id ?? null;
      s.openProject(first);
      onClose(`Restored ${n.toLocaleString('en')} records from ${fileName} (${mode === 'replace' ? 'replaced' : 'merged'}).`);
    } catch (err) {
      setError(`${describeStorageError(err)} Nothing was restored.`);
      setBusy(false);
    }
  };
  return (
    <Modal
      title="Restore workspace"
      role="alertdialog"
      onClose={() => onClose(null)}
      actions={
        <>
          <button type="button" onClick={() => onClose(null)} disabled={busy}>
            Cancel
          </button>
          <button type="button" onClick={() => void restore('merge')} disabled={busy}>
            Merge
          </button>
          <button type="button" className="btn-danger" onClick={() => void restore('replace')} disabled={busy}>
            Replace
          </button>
        </>
      }
    >
      <p>
        {fileName} (exported {backup.exportedAt.slice(0, 10)}) holds {count('projects')} projects, {count('documents')} documents,{' '}
        {count('units')} units, {count('revisions')} revisions, {count('decisions')} decisions and {count('annotations')} annotations.
      </p>
      <p>
        <strong>Replace</strong> deletes everything stored in this browser first. <strong>Merge</strong> keeps it and adds the backup’s
        records, replacing those with the same id.
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </Modal>
  );
}
