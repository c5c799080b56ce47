import { useRef, useState } from 'react';
import type { Finding } from '../../core/model';
import { useStore } from '../../store';
import { Modal } from '../common/Modal';
import type { FindingActions } from './useFindingActions';

/** "Dismiss" a finding as a false positive, with an optional reason. */
export function DismissDialog({ finding, actions }: { finding: Finding; actions: FindingActions }) {
  const [reason, setReason] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const close = () => useStore.getState().openDialog(null);
  const dismiss = async () => {
    close();
    await actions.dismiss(finding, reason);
  };
  const span = finding.target ?? finding.source;
  return (
    <Modal
      title="Dismiss finding"
      onClose={close}
      initialFocus={inputRef}
      actions={
        <>
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="button" className="btn-primary" onClick={() => void dismiss()}>
            Dismiss
          </button>
        </>
      }
    >
      <p>
        {finding.message}
        {span && (
          <>
            {' '}
            (<span lang="zh-Hans">{span.text}</span>)
          </>
        )}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void dismiss();
        }}
      >
        <label className="field">
          Reason (optional)
          <input ref={inputRef} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="e.g. correct in this context" />
        </label>
      </form>
      <p className="muted">It stays hidden after re-checking; “Show dismissed” lists it again.</p>
    </Modal>
  );
}
