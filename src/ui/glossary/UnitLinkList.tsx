import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useStore } from '../../store';
import type { UnitRef } from '../../worker/glossaryProtocol';
import { FALLBACK_RECT, observeRectWithFallback } from '../common/observeRectWithFallback';
import { measureOrEstimate } from './measureOrEstimate';

const ROW = 28;

/**
 * Units as buttons that open them in the review, virtualized: a term flagged in 20,000 units
 * keeps a few dozen buttons in the page. The list does not announce itself (aria-live off)
 * when scrolled inside a status message.
 */
export function UnitLinkList({ units, label }: { units: readonly UnitRef[]; label: string }) {
  const showUnit = useStore((s) => s.showUnit);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: units.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    measureElement: measureOrEstimate(() => ROW),
    overscan: 10,
    initialRect: { width: FALLBACK_RECT.width, height: 240 },
    observeElementRect: observeRectWithFallback,
    getItemKey: (i) => units[i]?.unitId ?? i,
  });
  return (
    <div ref={scrollRef} className="vt-scroll unit-links" style={{ maxHeight: 240, overflowY: 'auto' }}>
      <ul aria-label={label} aria-live="off" style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}>
        {virtualizer.getVirtualItems().map((v) => {
          const u = units[v.index];
          return (
            <li
              key={v.key}
              ref={virtualizer.measureElement}
              data-index={v.index}
              aria-setsize={units.length}
              aria-posinset={v.index + 1}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${v.start}px)` }}
            >
              <button type="button" className="link-button" onClick={() => showUnit(u.documentId, u.unitId)}>
                {u.label}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
