import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findingKey, type Finding, type Severity } from '../../core/model';
import { useStore } from '../../store';
import { FALLBACK_RECT, observeRectWithFallback } from '../common/observeRectWithFallback';
import type { DecisionLookup } from './decisionLookup';
import { FindingItem } from './FindingItem';
import type { FindingActions } from './useFindingActions';

const SEVERITIES: Severity[] = ['critical', 'major', 'minor', 'info'];

export interface FindingsView {
  status: 'idle' | 'checking' | 'done' | 'error';
  findings: Finding[];
  error: string | null;
}

interface Props {
  state: FindingsView;
  decisions: DecisionLookup;
  actions: FindingActions;
}

/** The findings a list shows under the current filters (dismissed ones only with "Show dismissed"). */
export function visibleFindings(
  findings: Finding[],
  decisions: DecisionLookup,
  filter: { check: string | null; severity: Severity | null },
  showDismissed: boolean,
): Finding[] {
  return findings.filter(
    (f) =>
      (!filter.check || f.check === filter.check) &&
      (!filter.severity || f.severity === filter.severity) &&
      (showDismissed || decisions.of(f)?.action !== 'dismissed'),
  );
}

/**
 * The region "Findings": one list item per finding of the shown document (message,
 * suggestion, actions), filterable by check and severity, dismissed ones behind "Show
 * dismissed". Virtualized (items measured): thousands of findings keep a small DOM.
 */
export function FindingsPanel({ state, decisions, actions }: Props) {
  const filter = useStore(useShallow((s) => s.findingsFilter));
  const setFilter = useStore((s) => s.setFindingsFilter);
  const revealInRows = useStore((s) => s.revealInRows);
  const showDismissed = useStore((s) => s.showDismissed);
  const setShowDismissed = useStore((s) => s.setShowDismissed);
  const activeFinding = useStore((s) => s.activeFinding);
  const headingId = useId();
  const { findings } = state;

  const open = useMemo(() => findings.filter((f) => decisions.of(f)?.action !== 'dismissed'), [findings, decisions]);
  const dismissed = findings.length - open.length;
  const checks = useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of findings) counts.set(f.check, (counts.get(f.check) ?? 0) + 1);
    return [...counts].sort((a, b) => a[0].localeCompare(b[0]));
  }, [findings]);
  const shown = useMemo(() => visibleFindings(findings, decisions, filter, showDismissed), [findings, decisions, filter, showDismissed]);
  const bySeverity = useMemo(() => {
    const n: Record<Severity, number> = { critical: 0, major: 0, minor: 0, info: 0 };
    for (const f of open) n[f.severity]++;
    return n;
  }, [open]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 170,
    overscan: 8,
    gap: 8,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRectWithFallback,
    getItemKey: (i) => (shown[i] ? findingKey(shown[i]) : i),
  });

  // n / p: bring the active finding into view and focus it.
  const activeIndex = activeFinding ? shown.findIndex((f) => findingKey(f) === activeFinding) : -1;
  useEffect(() => {
    if (activeIndex < 0) return;
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    const t = requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(t);
  }, [activeIndex, activeFinding]);

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
          (open.length
            ? SEVERITIES.filter((s) => bySeverity[s]).map((s) => `${bySeverity[s]} ${s}`).join(' · ')
            : 'No findings in this document.')}
        {state.status === 'done' && dismissed > 0 && ` · ${dismissed} dismissed`}
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
            <select value={filter.check ?? ''} onChange={(e) => setFilter({ check: e.target.value || null })}>
              <option value="">All</option>
              {checks.map(([id, n]) => (
                <option key={id} value={id}>
                  {id} ({n})
                </option>
              ))}
            </select>
          </label>
          <label>
            Severity
            <select value={filter.severity ?? ''} onChange={(e) => setFilter({ severity: (e.target.value || null) as Severity | null })}>
              <option value="">All</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {s} ({bySeverity[s]})
                </option>
              ))}
            </select>
          </label>
          <label className="check-label">
            <input type="checkbox" checked={showDismissed} onChange={(e) => setShowDismissed(e.target.checked)} />
            Show dismissed{dismissed > 0 ? ` (${dismissed})` : ''}
          </label>
        </div>
      )}
      {findings.length > 0 && shown.length === 0 && <p className="muted">No finding matches the filter.</p>}
      <div ref={scrollRef} className="findings-scroller">
        <ul className="findings-list" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const f = shown[item.index];
            const key = findingKey(f);
            const decision = decisions.of(f);
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                tabIndex={-1}
                className={`finding sev-${f.severity}${key === activeFinding ? ' finding-active' : ''}${decision?.action === 'dismissed' ? ' finding-dismissed' : ''}`}
                aria-current={key === activeFinding ? 'true' : undefined}
                aria-setsize={shown.length}
                aria-posinset={item.index + 1}
                style={{ transform: `translateY(${item.start}px)` }}
                onFocus={(e) => {
                  if (e.target === e.currentTarget && key !== activeFinding) useStore.getState().setActiveFinding(key);
                }}
              >
                <FindingItem f={f} decision={decision} actions={actions} onShow={show} />
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
