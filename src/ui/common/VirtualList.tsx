import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties, type ReactNode } from 'react';
import { measureOrEstimate } from '../glossary/measureOrEstimate';
import { FALLBACK_RECT, observeRectWithFallback } from './observeRectWithFallback';

interface Props {
  /** Accessible name of the list (`ul aria-label`). */
  label: string;
  count: number;
  /** Height (px) of item i before it is measured. */
  estimateSize: (index: number) => number;
  renderItem: (index: number) => ReactNode;
  getItemKey?: (index: number) => number | string;
  /** Class of the scrolling box; its height is capped at `maxHeight`. */
  className: string;
  maxHeight: number | string;
  /** Class and extra style of each `li` (positioned by the list). */
  rowClassName?: string;
  rowStyle?: CSSProperties;
  /** Set to 'off' for a list inside a live region (scrolling it announces nothing). */
  ariaLive?: 'off';
}

/**
 * A `ul` that keeps only the items on screen (plus a few) in the page, each `li` measured
 * and carrying its position in the whole list (aria-setsize / aria-posinset), so a list of
 * 20,000 entries stays a few dozen elements and screen readers still hear "12 of 20,000".
 */
export function VirtualList({ label, count, estimateSize, renderItem, getItemKey, className, maxHeight, rowClassName, rowStyle, ariaLive }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    measureElement: measureOrEstimate(estimateSize),
    overscan: 10,
    initialRect: { width: FALLBACK_RECT.width, height: typeof maxHeight === 'number' ? maxHeight : FALLBACK_RECT.height },
    observeElementRect: observeRectWithFallback,
    ...(getItemKey ? { getItemKey } : {}),
  });
  return (
    <div ref={scrollRef} className={`vt-scroll ${className}`} style={{ maxHeight, overflowY: 'auto' }}>
      <ul
        aria-label={label}
        aria-live={ariaLive}
        style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}
      >
        {virtualizer.getVirtualItems().map((v) => (
          <li
            key={v.key}
            ref={virtualizer.measureElement}
            data-index={v.index}
            aria-setsize={count}
            aria-posinset={v.index + 1}
            className={rowClassName}
            style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${v.start}px)`, ...rowStyle }}
          >
            {renderItem(v.index)}
          </li>
        ))}
      </ul>
    </div>
  );
}
