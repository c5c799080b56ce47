import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';
import { cancelImport } from './importFile';

const PHASE_TEXT = { reading: 'Reading', parsing: 'Parsing', writing: 'Saving' } as const;

/** Import progress (role progressbar), errors (role alert) and the confirmation line. */
export function ImportStatus() {
  const { phase, fileName, done, total, error, notice } = useStore(useShallow((s) => s.importState));
  const setImport = useStore((s) => s.setImport);
  if (phase === 'idle' && !error && !notice) return null;
  return (
    <div className="import-status">
      {phase !== 'idle' && (
        <div className="import-progress">
          <span>
            {PHASE_TEXT[phase]} {fileName}…
          </span>
          <progress
            aria-label={`Importing ${fileName ?? 'file'}`}
            max={total || undefined}
            value={phase !== 'reading' && total ? done : undefined}
          />
          {phase !== 'reading' && total > 0 && (
            <span className="muted">
              {Math.round((done / total) * 100)}%
            </span>
          )}
          <button type="button" onClick={cancelImport}>
            Cancel import
          </button>
        </div>
      )}
      {error && (
        <div role="alert" aria-label="Import failed" className="banner banner-error">
          <p>
            <strong>Could not import {error.fileName}</strong>
            {error.line !== undefined && <> — line {error.line}{error.column !== undefined && <>, column {error.column}</>}</>}
            : {error.problem}
          </p>
          <p>Nothing was stored or changed. Fix the file and import it again.</p>
          <button type="button" onClick={() => setImport({ error: null })}>
            Dismiss
          </button>
        </div>
      )}
      {!error && notice && phase === 'idle' && (
        <div role="status" aria-label="Import" className="banner banner-ok">
          <p>{notice}</p>
          <button type="button" onClick={() => setImport({ notice: null })}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
