import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { DocumentScoreTable } from '../../worker/glossaryProtocol';
import { FALLBACK_RECT, observeRectWithFallback } from '../common/observeRectWithFallback';
import { measureOrEstimate } from '../glossary';

const COLUMNS = '2.4fr 0.8fr 1.2fr 1.4fr';
const ROW = 36;

function cell(score: number, pass: boolean) {
  if (Number.isNaN(score)) return <span className="muted">no English words</span>;
  return (
    <>
      {score.toFixed(1)} <span className={pass ? 'chip chip-ok' : 'chip chip-warn'}>{pass ? 'pass' : 'fail'}</span>
    </>
  );
}

/**
 * MQM quality score per document with pass/fail: from the reviewers' annotations, and
 * estimated from the findings. A virtualized ARIA table: 10,000 documents keep a few dozen
 * rows in the page (aria-rowcount/aria-rowindex tell assistive technology the real size).
 */
export function DocumentScores({ table: t }: { table: DocumentScoreTable }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: t.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    measureElement: measureOrEstimate(() => ROW),
    overscan: 10,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRectWithFallback,
    getItemKey: (i) => t.ids[i] ?? i,
  });
  return (
    <div className="vt" role="table" aria-label="MQM score per document" aria-rowcount={t.count + 1}>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="vt-head" style={{ gridTemplateColumns: COLUMNS }}>
          <span role="columnheader">Document</span>
          <span role="columnheader">Words</span>
          <span role="columnheader">MQM (annotations)</span>
          <span role="columnheader">MQM estimated from findings</span>
        </div>
      </div>
      <div ref={scrollRef} className="vt-scroll" role="rowgroup" data-testid="document-scores-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const i = item.index;
            const title = t.titles.slice(i > 0 ? t.titleEnds[i - 1] : 0, t.titleEnds[i]);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className="vt-row"
                ref={virtualizer.measureElement}
                data-index={item.index}
                style={{ transform: `translateY(${item.start}px)`, gridTemplateColumns: COLUMNS }}
              >
                <span role="rowheader" title={title}>
                  {title.length > 40 ? `${title.slice(0, 40)}…` : title}
                </span>
                <span role="cell">{t.words[i].toLocaleString('en')}</span>
                <span role="cell">{cell(t.reviewed[i], t.reviewedPass[i] === 1)}</span>
                <span role="cell">{cell(t.estimated[i], t.estimatedPass[i] === 1)}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
