import type { Finding } from '../../core/model';

/** One finding: severity, MQM category, the flagged text, message, suggestion, "Show". */
export function FindingItem({ f, onShow }: { f: Finding; onShow: (f: Finding) => void }) {
  const span = f.target ?? f.source;
  return (
    <>
      <div className="finding-head">
        <span className={`chip chip-sev-${f.severity}`}>{f.severity}</span>
        <span className="finding-mqm">{f.mqm}</span>
        {f.confidence === 'suspect' && <span className="finding-mqm">suspect</span>}
      </div>
      {span && span.text.length <= 60 && (
        <p className="finding-span" lang={f.target ? 'zh-Hans' : 'en'}>
          {span.text}
        </p>
      )}
      <p className="finding-message">{f.message}</p>
      {f.suggestion !== undefined && (
        <p className="finding-suggestion">
          Suggestion: <span lang="zh-Hans">{f.suggestion}</span>
        </p>
      )}
      <div className="finding-actions">
        <button type="button" onClick={() => onShow(f)}>
          Show
          {span && <span className="visually-hidden"> {span.text.slice(0, 40)} in the text</span>}
        </button>
      </div>
    </>
  );
}
