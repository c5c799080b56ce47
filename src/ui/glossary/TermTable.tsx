import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { GlossaryRow } from '../../db/glossary';
import { FALLBACK_RECT, observeRectWithFallback } from '../common/observeRectWithFallback';
import { measureOrEstimate } from './measureOrEstimate';

const COLUMNS = '1.4fr 1.2fr 1.2fr 0.9fr 1fr 1.1fr';
const SOURCE_LABEL = { project: 'project', imported: 'imported', 'built-in': 'built-in' } as const;

interface Props {
  /** Rows matching the search and filters (fetched in pages: `rowAt` is undefined while one loads). */
  count: number;
  total: number;
  rowAt: (i: number) => GlossaryRow | undefined;
  want: (from: number, to: number) => void;
  onEdit: (row: GlossaryRow) => void;
  onDelete: (row: GlossaryRow) => void;
}

/** The termbase entries as a virtualized ARIA table (only the visible rows are in the DOM, only their pages in memory). */
export function TermTable({ count, total, rowAt, want, onEdit, onDelete }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 44,
    measureElement: measureOrEstimate(() => 44),
    overscan: 10,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRectWithFallback,
  });
  const items = virtualizer.getVirtualItems();
  const from = items[0]?.index ?? 0;
  const to = items[items.length - 1]?.index ?? 0;
  useEffect(() => want(from, to), [want, from, to]);
  return (
    <div className="vt" role="table" aria-label="Termbase entries" aria-rowcount={count + 1} aria-describedby="term-count">
      <p id="term-count" className="visually-hidden">
        {count} of {total} entries shown
      </p>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="vt-head" style={{ gridTemplateColumns: COLUMNS }}>
          <span role="columnheader">English</span>
          <span role="columnheader">Approved Chinese</span>
          <span role="columnheader">Forbidden</span>
          <span role="columnheader">Termbase</span>
          <span role="columnheader">Provenance</span>
          <span role="columnheader">Actions</span>
        </div>
      </div>
      <div ref={scrollRef} className="vt-scroll" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const r = rowAt(item.index);
            if (!r) {
              return (
                <div key={`loading-${item.index}`} role="row" aria-rowindex={item.index + 2} className="vt-row" ref={virtualizer.measureElement} data-index={item.index} style={{ transform: `translateY(${item.start}px)`, gridTemplateColumns: COLUMNS }}>
                  <span role="cell" className="muted">
                    Loading…
                  </span>
                </div>
              );
            }
            const p = r.concept.provenance;
            return (
              <div
                key={r.key}
                role="row"
                aria-rowindex={item.index + 2}
                className="vt-row"
                ref={virtualizer.measureElement}
                data-index={item.index}
                style={{ transform: `translateY(${item.start}px)`, gridTemplateColumns: COLUMNS }}
              >
                <span role="cell">{r.en}</span>
                <span role="cell" className="zh term-ok" lang="zh-Hans">
                  {r.approved.join('、')}
                </span>
                <span role="cell" className="zh term-forbidden" lang="zh-Hans">
                  {r.forbidden.join('、')}
                </span>
                <span role="cell">{SOURCE_LABEL[r.source]}</span>
                <span role="cell">
                  {r.origin}
                  {p?.evidence?.length ? ` · ${p.evidence.join(', ')}` : ''}
                  {p?.author ? ` · ${p.author}` : ''}
                  {p?.date && r.source !== 'built-in' ? ` · ${p.date}` : ''}
                </span>
                <span role="cell">
                  {r.source !== 'imported' && (
                    <button type="button" className="link-button" onClick={() => onEdit(r)} aria-label={`${r.source === 'built-in' ? 'Override' : 'Edit'} ${r.en}`}>
                      {r.source === 'built-in' ? 'Override' : 'Edit'}
                    </button>
                  )}{' '}
                  {r.source === 'project' && (
                    <button type="button" className="link-button" onClick={() => onDelete(r)} aria-label={`Delete ${r.en}`}>
                      Delete
                    </button>
                  )}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
