import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useStore } from '../../store';
import { FALLBACK_RECT, observeRectWithFallback } from '../common/observeRectWithFallback';
import { DocumentListItem } from './DocumentListItem';
import { useDocumentCount } from './useDocumentCount';
import { useProjectDocuments } from './useProjectDocuments';

const ITEM_HEIGHT = 68;

/**
 * `<nav aria-label="Documents">`: the project's documents, virtualized (only the visible
 * entries are in the DOM). ↑/↓, Home/End move the selection; the selected entry carries
 * aria-current and is the list's single tab stop.
 */
export function DocumentList() {
  const projectId = useStore((s) => s.projectId);
  const documentId = useStore((s) => s.documentId);
  const selectDocument = useStore((s) => s.selectDocument);
  const docs = useProjectDocuments(projectId);
  // The header shows the project's size, not how much of the list has been read so far.
  const total = useDocumentCount(projectId);
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusAfterMove = useRef(false);

  const virtualizer = useVirtualizer({
    count: docs?.length ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ITEM_HEIGHT,
    overscan: 8,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRectWithFallback,
    getItemKey: (i) => docs?.[i]?.id ?? i,
  });

  // Open the first document when none (or a vanished one) is selected.
  useEffect(() => {
    if (!docs) return;
    if (!docs.length) {
      if (documentId !== null) selectDocument(null);
    } else if (documentId === null || !docs.some((d) => d.id === documentId)) {
      selectDocument(docs[0].id);
    }
  }, [docs, documentId, selectDocument]);

  const selectedIndex = docs ? docs.findIndex((d) => d.id === documentId) : -1;
  const items = virtualizer.getVirtualItems();
  // The list is one tab stop: the selected entry, or the first rendered one when the
  // selected entry is scrolled out of the DOM.
  const selectedRendered = items.some((it) => it.index === selectedIndex);

  useEffect(() => {
    if (!focusAfterMove.current || selectedIndex < 0) return;
    focusAfterMove.current = false;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLButtonElement>(`[data-doc-id="${documentId}"]`)?.focus();
    });
  }, [selectedIndex, documentId, virtualizer]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (!docs?.length) return;
    // Move from the focused entry (it may differ from the selected one after scrolling).
    const focusedId = Number((e.target as HTMLElement).closest<HTMLElement>('[data-doc-id]')?.dataset.docId);
    const focusedIndex = docs.findIndex((d) => d.id === focusedId);
    const from = focusedIndex >= 0 ? focusedIndex : selectedIndex;
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      Home: 0,
      End: docs.length - 1,
      PageDown: from + 10,
      PageUp: from - 10,
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(docs.length - 1, moves[e.key]));
    focusAfterMove.current = true;
    selectDocument(docs[next].id);
  };

  return (
    <nav aria-label="Documents" className="doc-nav">
      <div className="pane-head">
        <span>Documents</span>
        {total !== undefined && <span className="muted">{total.toLocaleString('en')}</span>}
      </div>
      <div ref={scrollRef} className="doc-scroller" onKeyDown={onKeyDown}>
        {docs && docs.length === 0 && <p className="empty">No documents. Use Import or Reset demo data.</p>}
        <ul className="doc-list" aria-busy={docs !== undefined && total !== undefined && docs.length < total} style={{ height: virtualizer.getTotalSize() }}>
          {docs &&
            items.map((item, k) => {
              const doc = docs[item.index];
              return (
                <li
                  key={item.key}
                  className="doc-li"
                  aria-setsize={docs.length}
                  aria-posinset={item.index + 1}
                  style={{ transform: `translateY(${item.start}px)`, height: item.size }}
                >
                  <DocumentListItem
                    doc={doc}
                    selected={doc.id === documentId}
                    tabStop={doc.id === documentId || (!selectedRendered && k === 0)}
                    onSelect={selectDocument}
                  />
                </li>
              );
            })}
        </ul>
      </div>
    </nav>
  );
}
