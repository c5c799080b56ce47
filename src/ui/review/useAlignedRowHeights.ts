import { useEffect, useMemo, useRef } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';

/**
 * Rows of the review grid hold two cells (source, target) in two column regions. A row is
 * as tall as its taller cell: each cell's content is observed and the row size given to
 * the virtualizer is the max of both. Measurements are kept per row key (stable while the
 * row's unit is unchanged). Returns a ref callback for elements carrying `data-key` and
 * `data-side`. No-op without ResizeObserver (jsdom: estimates are used).
 */
export function useAlignedRowHeights(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  indexOfKey: (key: string) => number,
) {
  const heights = useRef(new Map<string, { source: number; target: number }>());
  const latest = useRef({ virtualizer, indexOfKey });
  latest.current = { virtualizer, indexOfKey };

  const observer = useMemo(() => {
    if (typeof ResizeObserver === 'undefined') return null;
    return new ResizeObserver((entries) => {
      const touched = new Set<string>();
      for (const entry of entries) {
        const el = entry.target as HTMLElement;
        const key = el.dataset.key;
        if (!key || !el.isConnected) continue;
        const side = el.dataset.side === 'target' ? 'target' : 'source';
        const cur = heights.current.get(key) ?? { source: 0, target: 0 };
        cur[side] = Math.ceil(el.getBoundingClientRect().height);
        heights.current.set(key, cur);
        touched.add(key);
      }
      for (const key of touched) {
        const index = latest.current.indexOfKey(key);
        const h = heights.current.get(key)!;
        const size = Math.max(h.source, h.target);
        if (index >= 0 && size > 0) latest.current.virtualizer.resizeItem(index, size);
      }
    });
  }, []);

  useEffect(() => () => observer?.disconnect(), [observer]);

  return (el: HTMLElement | null) => {
    if (!el || !observer) return;
    observer.observe(el);
    return () => observer.unobserve(el);
  };
}
