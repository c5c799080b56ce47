import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Finding, Severity } from '../../core/model';
import { useStore } from '../../store';
import type { FindingsState } from './useDocumentFindings';

const SEVERITIES: Severity[] = ['critical', 'major', 'minor', 'info'];

/**
 * The region "Findings": one list item per finding of the shown document (message,
 * suggestion, "Show"), filterable by check and severity. Decisions (apply, confirm,
 * dismiss) come with issue 4.
 */
export function FindingsPanel({ state }: { state: FindingsState }) {
  const { check, severity } = useStore(useShallow((s) => s.findingsFilter));
  const setFilter = useStore((s) => s.setFindingsFilter);
  const revealInRows = useStore((s) => s.revealInRows);
  const headingId = useId();
  const { findings } = state;

  const checks = useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of findings) counts.set(f.check, (counts.get(f.check) ?? 0) + 1);
    return [...counts].sort((a, b) => a[0].localeCompare(b[0]));
  }, [findings]);
  const shown = useMemo(
    () => findings.filter((f) => (!check || f.check === check) && (!severity || f.severity === severity)),
    [findings, check, severity],
  );
  const bySeverity = useMemo(() => {
    const n: Record<Severity, number> = { critical: 0, major: 0, minor: 0, info: 0 };
    for (const f of findings) n[f.severity]++;
    return n;
  }, [findings]);

  const show = (f: Finding) => {
    const side = f.target ? 'target' : 'source';
    const span = f.target ?? f.source;
    revealInRows(Number(f.unitId), side, span?.start ?? 0);
  };

  return (
    <section className="findings-panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="pane-title">
        Findings
      </h3>
      <p className="findings-summary" aria-live="polite">
        {state.status === 'checking' && 'Checking…'}
        {state.status === 'done' &&
          (findings.length
            ? SEVERITIES.filter((s) => bySeverity[s]).map((s) => `${bySeverity[s]} ${s}`).join(' · ')
            : 'No findings in this document.')}
      </p>
      {state.error && (
        <p role="alert" className="form-error">
          {state.error}
        </p>
      )}
      {findings.length > 0 && (
        <div className="findings-filters">
          <label>
            Check
            <select value={check ?? ''} onChange={(e) => setFilter({ check: e.target.value || null })}>
              <option value="">All checks</option>
              {checks.map(([id, n]) => (
                <option key={id} value={id}>
                  {id} ({n})
                </option>
              ))}
            </select>
          </label>
          <label>
            Severity
            <select value={severity ?? ''} onChange={(e) => setFilter({ severity: (e.target.value || null) as Severity | null })}>
              <option value="">All severities</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {s} ({bySeverity[s]})
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {findings.length > 0 && shown.length === 0 && <p className="muted">No finding matches the filter.</p>}
      <ul className="findings-list">
        {shown.map((f, i) => (
          <li key={`${f.check}|${f.unitId}|${f.target?.start ?? ''}|${f.source?.start ?? ''}|${i}`} className={`finding sev-${f.severity}`}>
            <div className="finding-head">
              <span className={`chip chip-sev-${f.severity}`}>{f.severity}</span>
              <span className="finding-mqm">{f.mqm}</span>
              {f.confidence === 'suspect' && <span className="finding-mqm">suspect</span>}
            </div>
            {(f.target ?? f.source) && (f.target ?? f.source)!.text.length <= 60 && (
              <p className="finding-span" lang={f.target ? 'zh-Hans' : 'en'}>
                {(f.target ?? f.source)!.text}
              </p>
            )}
            <p className="finding-message">{f.message}</p>
            {f.suggestion !== undefined && (
              <p className="finding-suggestion">
                Suggestion: <span lang="zh-Hans">{f.suggestion}</span>
              </p>
            )}
            <div className="finding-actions">
              <button type="button" onClick={() => show(f)}>
                Show
                {(f.target ?? f.source) && <span className="visually-hidden"> {(f.target ?? f.source)!.text.slice(0, 40)} in the text</span>}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
