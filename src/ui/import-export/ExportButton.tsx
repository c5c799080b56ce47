import { useState } from 'react';
import { useStore } from '../../store';
import { ExportDialog } from './ExportDialog';

/** Header button opening the "Export" dialog. */
export function ExportButton() {
  const [open, setOpen] = useState(false);
  const projectId = useStore((s) => s.projectId);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={projectId === null}>
        Export
      </button>
      {open && <ExportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
