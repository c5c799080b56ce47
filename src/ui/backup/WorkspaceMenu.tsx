import { useRef, useState } from 'react';
import { BackupError, exportWorkspace, parseWorkspaceBackup, type WorkspaceBackup } from '../../db';
import { useStore } from '../../store';
import { SettingsDialog } from '../settings';
import { useDb } from '../shell/DbContext';
import { describeStorageError } from '../shell/describeStorageError';
import { backupFileName } from './backupFileName';
import { downloadJson } from './downloadJson';
import { RestoreDialog } from './RestoreDialog';
import './backup.css';

/** Header buttons: Settings, Export workspace (one JSON), Restore workspace (Replace or Merge). */
export function WorkspaceMenu() {
  const db = useDb();
  const dialog = useStore((s) => s.dialog);
  const openDialog = useStore((s) => s.openDialog);
  const fileRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ backup: WorkspaceBackup; fileName: string } | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const exportAll = async () => {
    try {
      const backup = await exportWorkspace(db);
      downloadJson(JSON.stringify(backup), backupFileName());
      setMessage({ text: `Workspace exported (${backup.tables.projects?.length ?? 0} projects).`, error: false });
    } catch (err) {
      setMessage({ text: describeStorageError(err), error: true });
    }
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    try {
      const backup = parseWorkspaceBackup(await file.text(), file.name, db);
      setPending({ backup, fileName: file.name });
    } catch (err) {
      setMessage({ text: err instanceof BackupError ? err.message : describeStorageError(err), error: true });
    }
  };

  return (
    <div className="workspace-menu">
      <button type="button" onClick={() => openDialog({ kind: 'settings' })}>
        Settings
      </button>
      <button type="button" onClick={() => void exportAll()}>
        Export workspace
      </button>
      <button type="button" onClick={() => fileRef.current?.click()}>
        Restore workspace
      </button>
      <input
        ref={fileRef}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Workspace backup file"
        onChange={(e) => {
          void pick(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'backup-message form-error' : 'backup-message'}>
          {message.text}
          <button type="button" className="btn-link" onClick={() => setMessage(null)}>
            Dismiss message
          </button>
        </p>
      )}
      {pending && (
        <RestoreDialog
          backup={pending.backup}
          fileName={pending.fileName}
          onClose={(done) => {
            setPending(null);
            if (done) setMessage({ text: done, error: false });
          }}
        />
      )}
      {dialog?.kind === 'settings' && <SettingsDialog />}
    </div>
  );
}
