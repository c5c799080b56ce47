import { useId } from 'react';
import { MQM_CATEGORIES, MQM_SEVERITIES } from '../../core/score';
import { useStore } from '../../store';
import { useRunAction } from '../review';
import { changeAnnotationOp } from './annotationOps';
import { useDocumentAnnotations } from './useDocumentAnnotations';

const label = (id: string | undefined) => {
  const c = MQM_CATEGORIES.find((x) => x.id === id);
  return c ? (c.parent ? `${c.parent} › ${c.label}` : c.label) : (id ?? 'Other');
};
const sevLabel = (id: string | undefined) => MQM_SEVERITIES.find((s) => s.id === id)?.label ?? id ?? '';

/** The region "Annotations": the document's MQM errors (marked or confirmed), each editable and deletable. */
export function AnnotationsPanel({ documentId }: { documentId: number }) {
  const run = useRunAction();
  const openDialog = useStore((s) => s.openDialog);
  const headingId = useId();
  const list = useDocumentAnnotations(documentId);
  return (
    <section className="annotations-panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="pane-title">
        Annotations
      </h3>
      {list && list.length === 0 && <p className="muted">No errors marked. Select text and press “Mark error” (m), or confirm a finding.</p>}
      {list && list.length > 0 && (
        <ul className="annotation-list">
          {list.map((a) => (
            <li key={a.id} className={`annotation sev-${a.severity}`}>
              <div className="finding-head">
                <span className={`chip chip-sev-${a.severity === 'neutral' ? 'info' : a.severity}`}>{sevLabel(a.severity)}</span>
                <span className="finding-mqm">{label(a.category)}</span>
                <span className="finding-mqm">{a.side}</span>
              </div>
              <p className="finding-span" lang={a.side === 'source' ? 'en' : 'zh-Hans'}>
                {a.text}
              </p>
              {a.note && <p className="finding-message">{a.note}</p>}
              <div className="finding-actions">
                <button
                  type="button"
                  onClick={() =>
                    openDialog({
                      kind: 'mark',
                      target: { unitId: a.unitId, side: a.side ?? 'target', start: a.start ?? 0, end: a.end ?? 0, text: a.text ?? '', annotationId: a.id },
                    })
                  }
                >
                  Edit<span className="visually-hidden"> annotation {a.text}</span>
                </button>
                <button type="button" onClick={() => void run(`Delete annotation “${a.text ?? ''}”`, [changeAnnotationOp(a, null)])}>
                  Delete<span className="visually-hidden"> annotation {a.text}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
