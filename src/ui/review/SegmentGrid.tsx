import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Side } from '../../db';
import { useStore } from '../../store';
import { FALLBACK_RECT, observeRectWithFallback } from '../common/observeRectWithFallback';
import type { ReviewRow } from './buildRows';
import type { MarkSpan } from './highlightSpans';
import { kindTitle } from './kindTitle';
import { SegmentCell } from './SegmentCell';
import { useAlignedRowHeights } from './useAlignedRowHeights';

const SIDES: { side: Side; label: string; className: string }[] = [
  { side: 'source', label: 'Source (English)', className: 'col-source' },
  { side: 'target', label: 'Target (Chinese)', className: 'col-target' },
];

/**
 * Aligned sentence rows of one document. Structure: ONE scroll container holding two
 * column regions (`<section>` named "Source (English)" / "Target (Chinese)") side by side.
 * Row i's source cell and target cell sit at the same offset and share one height (the
 * taller cell's), so the columns stay aligned and scroll together. Rows are virtualized.
 */
const NO_MARKS: MarkSpan[] = [];

/** Alignment shapes only mean something when the unit has both texts. */
const bothSides = (row: ReviewRow) => row.cu.source.trim() !== '' && row.cu.target.trim() !== '';

interface Props {
  rows: ReviewRow[];
  multiUnit: boolean;
  /** Finding spans per unit id (database id), per side. */
  marks?: Map<number, { source: MarkSpan[]; target: MarkSpan[] }>;
}

export function SegmentGrid({ rows, multiUnit, marks }: Props) {
  const editor = useStore((s) => s.editor);
  const openEditor = useStore((s) => s.openEditor);
  const closeEditor = useStore((s) => s.closeEditor);
  const reveal = useStore((s) => s.reveal);
  const activeRow = useStore((s) => s.activeRow);
  const rowFocusNonce = useStore((s) => s.rowFocusNonce);
  const [revealedKey, setRevealedKey] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 72,
    overscan: 6,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRectWithFallback,
    getItemKey: (i) => rows[i]?.key ?? i,
  });
  const keyIndex = useMemo(() => new Map(rows.map((r, i) => [r.key, i])), [rows]);
  const measure = useAlignedRowHeights(virtualizer, (key) => keyIndex.get(key) ?? -1);

  // A saved editor closes once the live rows show its revision (no flash of the old state).
  useEffect(() => {
    if (!editor?.savedRevisionId) return;
    const row = rows.find((r) => r.cu.unit.id === editor.unitId);
    const rev = editor.side === 'source' ? row?.cu.sourceRevision : row?.cu.targetRevision;
    if (!row || (rev && rev.id >= editor.savedRevisionId)) {
      closeEditor();
      scrollRef.current?.focus();
    }
  }, [rows, editor, closeEditor]);

  // "Show" on a finding: scroll its row into view and mark it for a moment.
  useEffect(() => {
    if (!reveal) return;
    let index = rows.findIndex((r) => {
      if (r.cu.unit.id !== reveal.unitId) return false;
      const start = reveal.side === 'source' ? r.sourceStart : r.targetStart;
      const len = (reveal.side === 'source' ? r.sourceText : r.targetText).length;
      return len > 0 && reveal.offset >= start && reveal.offset < start + len;
    });
    if (index < 0) index = rows.findIndex((r) => r.cu.unit.id === reveal.unitId);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'center' });
    setRevealedKey(rows[index].key);
    const t = setTimeout(() => setRevealedKey(null), 2000);
    return () => clearTimeout(t);
    // Only a new request scrolls; rows changing later must not pull the view back.
  }, [reveal]);

  // ↑/↓, j/k: bring the active row into view and focus its target cell (visible focus ring).
  useEffect(() => {
    if (!rowFocusNonce || activeRow >= rows.length) return;
    virtualizer.scrollToIndex(activeRow, { align: 'auto' });
    const t = requestAnimationFrame(() => {
      // An editor opened before this frame (↑ then e, quickly) keeps its focus.
      if (useStore.getState().editor) return;
      scrollRef.current?.querySelector<HTMLElement>(`.col-target [data-row-index="${activeRow}"]`)?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(t);
  }, [rowFocusNonce]);

  const items = virtualizer.getVirtualItems();
  const onEditorCancel = () => scrollRef.current?.focus();

  return (
    <div className="grid">
      <div className="grid-head" aria-hidden="true">
        {SIDES.map((s) => (
          <div key={s.side} className={`grid-head-cell ${s.className}`}>
            {s.label}
          </div>
        ))}
      </div>
      <div ref={scrollRef} className="rows-scroller" tabIndex={0} role="group" aria-label="Aligned sentences">
        <div className="rows-body" style={{ height: virtualizer.getTotalSize() }}>
          {SIDES.map((s) => (
            <section key={s.side} aria-label={s.label} className={`col ${s.className}`}>
              {items.map((item) => {
                const row = rows[item.index];
                if (!row) return null;
                const editing =
                  !!editor && editor.unitId === row.cu.unit.id && editor.side === s.side && row.rowInUnit === (editor.edit?.row ?? 0);
                const active = item.index === activeRow;
                return (
                  <div
                    key={item.key}
                    className={`cell${row.rowInUnit === 0 && row.unitIndex > 0 ? ' unit-start' : ''}${row.key === revealedKey ? ' cell-revealed' : ''}${active ? ' cell-active' : ''}`}
                    data-row-index={item.index}
                    onClick={() => useStore.getState().setActiveRow(item.index)}
                    tabIndex={active && s.side === 'target' ? -1 : undefined}
                    data-kind={bothSides(row) ? row.kind : undefined}
                    title={bothSides(row) ? kindTitle(row.kind) : undefined}
                    style={{ transform: `translateY(${item.start}px)`, height: item.size }}
                  >
                    <div className="cell-inner" data-key={row.key} data-side={s.side} ref={measure}>
                      <SegmentCell
                        row={row}
                        side={s.side}
                        editing={editing}
                        onAdd={(unitId, side) => openEditor(unitId, side)}
                        onEditorCancel={onEditorCancel}
                        showUnitLabel={multiUnit}
                        marks={marks?.get(row.cu.unit.id)?.[s.side] ?? NO_MARKS}
                        editingExisting={!!editor?.edit}
                      />
                    </div>
                  </div>
                );
              })}
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
