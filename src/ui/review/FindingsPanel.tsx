import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Finding, Severity } from '../../core/model';
import { useStore } from '../../store';
import { FALLBACK_RECT, observeRectWithFallback } from '../common/observeRectWithFallback';
import { FindingItem } from './FindingItem';
import type { FindingsState } from './useDocumentFindings';

const SEVERITIES: Severity[] = ['critical', 'major', 'minor', 'info'];

/**
 * The region "Findings": one list item per finding of the shown document (message,
 * suggestion, "Show"), filterable by check and severity. Decisions (apply, confirm,
 * dismiss) come with issue 4. The list is virtualized (items measured), so a document
 * with thousands of findings keeps a small DOM.
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

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 150,
    overscan: 8,
    gap: 8,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRectWithFallback,
  });

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
      <div ref={scrollRef} className="findings-scroller">
        <ul className="findings-list" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const f = shown[item.index];
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className={`finding sev-${f.severity}`}
                aria-setsize={shown.length}
                aria-posinset={item.index + 1}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <FindingItem f={f} onShow={show} />
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
