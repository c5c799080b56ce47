import { useState } from 'react';
import { resetSeedProject, SEED_PROJECT_NAME } from '../../db';
import { useStore } from '../../store';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useDb } from './DbContext';
import { describeStorageError } from './describeStorageError';
import { parseSeed } from './parseSeed';

/**
 * "Reset demo data?" (opened from the Workspace menu): after confirmation, deletes the seed
 * project only and imports the seed again.
 */
export function ResetDemoDialog({ onClose }: { onClose: () => void }) {
  const db = useDb();
  const openProject = useStore((s) => s.openProject);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reset = async () => {
    setBusy(true);
    setError(null);
    try {
      const id = await resetSeedProject(db, parseSeed);
      openProject(id);
      onClose();
    } catch (err) {
      setError(describeStorageError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      title="Reset demo data?"
      confirmLabel="Reset"
      danger
      busy={busy}
      onConfirm={reset}
      onCancel={onClose}
    >
      <p>
        This deletes the project “{SEED_PROJECT_NAME}” with every change made to it, and imports the seed
        again. Other projects are not touched.
      </p>
      {error && <p role="alert" className="form-error">{error}</p>}
    </ConfirmDialog>
  );
}
