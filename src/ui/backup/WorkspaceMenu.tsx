import { useRef, useState } from 'react';
import { BackupError, exportWorkspace, parseWorkspaceBackup, type WorkspaceBackup } from '../../db';
import { useStore } from '../../store';
import { MenuButton } from '../common/MenuButton';
import { SettingsDialog } from '../settings';
import { ResetDemoDialog } from '../shell/ResetDemoDialog';
import { useDb } from '../shell/DbContext';
import { describeStorageError } from '../shell/describeStorageError';
import { backupFileName } from './backupFileName';
import { downloadJson } from './downloadJson';
import { RestoreDialog } from './RestoreDialog';
import './backup.css';

/**
 * The header's "Workspace" menu: Settings, Export workspace (one JSON), Restore workspace
 * (Replace or Merge) and Reset demo data. One menu keeps the header to four controls at 1024 px.
 */
export function WorkspaceMenu() {
  const db = useDb();
  const dialog = useStore((s) => s.dialog);
  const openDialog = useStore((s) => s.openDialog);
  const fileRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ backup: WorkspaceBackup; fileName: string } | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [resetting, setResetting] = useState(false);

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
      <MenuButton
        label="Workspace"
        items={[
          { label: 'Settings', hint: '…', onSelect: () => openDialog({ kind: 'settings' }) },
          { label: 'Export workspace', onSelect: () => void exportAll() },
          { label: 'Restore workspace', hint: '…', onSelect: () => fileRef.current?.click() },
          { label: 'Reset demo data', hint: '…', onSelect: () => setResetting(true) },
        ]}
      />
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
      {resetting && <ResetDemoDialog onClose={() => setResetting(false)} />}
    </div>
  );
}
