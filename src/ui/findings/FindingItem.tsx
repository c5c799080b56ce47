import type { Finding } from '../../core/model';
import type { DecisionRecord } from '../../db';
import { useStore } from '../../store';
import type { FindingActions } from './useFindingActions';

interface Props {
  f: Finding;
  decision: DecisionRecord | undefined;
  actions: FindingActions;
  onShow: (f: Finding) => void;
}

const DECIDED: Record<string, string> = { dismissed: 'dismissed', confirmed: 'confirmed', applied: 'applied' };

/**
 * One finding: severity, MQM category, the flagged text, message, suggestion, and its
 * actions: Apply suggestion, Apply to all, Confirm, Dismiss (or Reopen when decided), Show.
 */
export function FindingItem({ f, decision, actions, onShow }: Props) {
  const openDialog = useStore((s) => s.openDialog);
  const span = f.target ?? f.source;
  const decided = decision?.action ? DECIDED[decision.action] : undefined;
  const canApply = f.suggestion !== undefined && !!f.target;
  return (
    <>
      <div className="finding-head">
        <span className={`chip chip-sev-${f.severity}`}>{f.severity}</span>
        <span className="finding-mqm">{f.mqm}</span>
        {f.confidence === 'suspect' && <span className="finding-mqm">suspect</span>}
        {decided && <span className="chip chip-decided">{decided}</span>}
      </div>
      {span && span.text.length <= 60 && (
        <p className="finding-span" lang={f.target ? 'zh-Hans' : 'en'}>
          {span.text}
        </p>
      )}
      <p className="finding-message">{f.message}</p>
      {f.suggestion !== undefined && (
        <p className="finding-suggestion">
          Suggestion: <span lang="zh-Hans">{f.suggestion === '' ? '(delete)' : f.suggestion}</span>
        </p>
      )}
      {decision?.action === 'dismissed' && decision.reason && <p className="muted">Reason: {decision.reason}</p>}
      <div className="finding-actions">
        {canApply && !decided && (
          <>
            <button type="button" className="btn-primary" onClick={() => void actions.apply(f)}>
              Apply suggestion
            </button>
            <button type="button" onClick={() => openDialog({ kind: 'applyAll', finding: f })}>
              Apply to all
            </button>
          </>
        )}
        {!decided && (
          <>
            <button type="button" onClick={() => void actions.confirm(f)}>
              Confirm
            </button>
            <button type="button" onClick={() => openDialog({ kind: 'dismiss', finding: f })}>
              Dismiss
            </button>
          </>
        )}
        {decided === 'dismissed' && (
          <button type="button" onClick={() => void actions.reopen(f)}>
            Reopen
          </button>
        )}
        <button type="button" onClick={() => onShow(f)}>
          Show
          {span && <span className="visually-hidden"> {span.text.slice(0, 40)} in the text</span>}
        </button>
      </div>
    </>
  );
}
