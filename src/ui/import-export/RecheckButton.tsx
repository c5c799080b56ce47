import { useRef, useState } from 'react';
import { useStore } from '../../store';
import { useDb } from '../shell/DbContext';
import { recheckProject } from './recheckProject';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number; findings: number }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

/**
 * "Re-check project": every unit of the open project against the built-in and project
 * termbases, in a worker, with a progress bar and "Cancel re-check". Findings are written
 * to the project's findings cache as they are found.
 */
export function RecheckButton() {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const ctl = useRef<AbortController | null>(null);

  const run = async () => {
    if (projectId === null) return;
    const abort = new AbortController();
    ctl.current = abort;
    setState({ kind: 'running', done: 0, total: 0, findings: 0 });
    let last = -1;
    const out = await recheckProject(db, projectId, {
      signal: abort.signal,
      onProgress: ({ done, total, findings }) => {
        const pct = total ? Math.floor((done * 100) / total) : 0;
        if (pct !== last || done === total) {
          last = pct;
          setState({ kind: 'running', done, total, findings });
        }
      },
    });
    ctl.current = null;
    if (out.type === 'done') {
      setState({ kind: 'done', text: `Re-checked ${out.units.toLocaleString('en')} units: ${out.findings.toLocaleString('en')} findings.` });
    } else if (out.type === 'cancelled') {
      setState({ kind: 'done', text: 'Re-check cancelled; findings already found are kept. The project is not fully checked: “Re-check project” checks every unit.' });
    } else {
      setState({ kind: 'error', text: `The re-check failed (${out.message}). Reload the page and try again; your work is not affected.` });
    }
  };

  return (
    <span className="recheck">
      {state.kind === 'running' ? (
        <>
          <progress aria-label="Re-checking the project" max={state.total || undefined} value={state.total ? state.done : undefined} />
          <span className="muted">
            {state.done.toLocaleString('en')} / {state.total.toLocaleString('en')} units · {state.findings.toLocaleString('en')} findings
          </span>
          <button type="button" onClick={() => ctl.current?.abort()}>
            Cancel re-check
          </button>
        </>
      ) : (
        <button type="button" onClick={() => void run()} disabled={projectId === null}>
          Re-check project
        </button>
      )}
      {state.kind === 'done' && (
        <span role="status" aria-label="Re-check" className="muted">
          {state.text}
        </span>
      )}
      {state.kind === 'error' && (
        <span role="alert" className="form-error">
          {state.text}
        </span>
      )}
    </span>
  );
}
