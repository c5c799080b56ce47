import type { ConcordanceGroup, KwicLine } from '../../core/concordance';
import { useStore } from '../../store';
import { VirtualList } from '../common/VirtualList';

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
  const estimate = (i: number) => (items[i]?.kind === 'group' ? 48 : 64);
  return (
    <VirtualList
      label="Occurrences"
      count={items.length}
      estimateSize={estimate}
      className="vt"
      maxHeight="60vh"
      rowClassName="vt-row"
      rowStyle={{ display: 'block', padding: '4px 8px' }}
      renderItem={(i) => {
        const it = items[i];
        if (it.kind === 'group') return renderGroup(it.group, it.index);
        return (
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
        );
      }}
    />
  );
}
