import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ConcordanceGroup, KwicLine } from '../../core/concordance';
import { useStore } from '../../store';
import { FALLBACK_RECT, observeRectWithFallback } from '../common/observeRectWithFallback';
import { measureOrEstimate } from '../glossary';

export type KwicItem = { kind: 'group'; group: ConcordanceGroup; index: number } | { kind: 'line'; line: KwicLine; documentId: number };

/** The other side's aligned sentence with the rendering (or the English term) emphasised. */
function Aligned({ l }: { l: KwicLine }) {
  const other = l.side === 'source' ? l.targetSentence : l.sourceSentence;
  const span = l.side === 'source' ? l.renderingSpan : undefined;
  if (!span || span.start < other.start || span.end > other.end) return <>{other.text}</>;
  const a = span.start - other.start;
  const b = span.end - other.start;
  return (
    <>
      {other.text.slice(0, a)}
      <mark>{other.text.slice(a, b)}</mark>
      {other.text.slice(b)}
    </>
  );
}

/**
 * KWIC lines grouped by rendering, as one virtualized list (group headings and lines), so
 * a term used 10,000 times keeps a small DOM. Each line: left context, the match, right
 * context, and the aligned sentence of the other language below.
 */
export function KwicList({ items, renderGroup }: { items: KwicItem[]; renderGroup: (g: ConcordanceGroup, index: number) => React.ReactNode }) {
  const showUnit = useStore((s) => s.showUnit);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (items[i]?.kind === 'group' ? 48 : 64),
    measureElement: measureOrEstimate((i) => (items[i]?.kind === 'group' ? 48 : 64)),
    overscan: 10,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRectWithFallback,
  });
  return (
    <div ref={scrollRef} className="vt-scroll vt" style={{ maxHeight: '60vh' }}>
      <ul aria-label="Occurrences" style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}>
        {virtualizer.getVirtualItems().map((v) => {
          const it = items[v.index];
          return (
            <li
              key={v.key}
              ref={virtualizer.measureElement}
              data-index={v.index}
              aria-setsize={items.length}
              aria-posinset={v.index + 1}
              className="vt-row"
              style={{ transform: `translateY(${v.start}px)`, display: 'block', padding: '4px 8px' }}
            >
              {it.kind === 'group' ? (
                renderGroup(it.group, it.index)
              ) : (
                <div className="kwic">
                  <div style={{ display: 'grid', gridTemplateColumns: '1fr auto 1fr auto', gap: 6, alignItems: 'baseline' }}>
                    <span className="kwic-left" lang={it.line.side === 'source' ? 'en' : 'zh-Hans'}>
                      {it.line.left}
                    </span>
                    <span className="kwic-match">{it.line.match}</span>
                    <span className="kwic-right" lang={it.line.side === 'source' ? 'en' : 'zh-Hans'}>
                      {it.line.right}
                    </span>
                    <button type="button" className="link-button" onClick={() => showUnit(it.documentId, Number(it.line.unitId))}>
                      Open
                    </button>
                  </div>
                  <div className="muted" lang={it.line.side === 'source' ? 'zh-Hans' : 'en'}>
                    <Aligned l={it.line} />
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
