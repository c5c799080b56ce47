import { useState } from 'react';
import { setSetting } from '../../db';
import { useStore } from '../../store';
import { Modal } from '../common/Modal';
import { useDb } from '../shell/DbContext';
import { describeStorageError } from '../shell/describeStorageError';
import { REVIEWER_SETTING } from './reviewSettings';

/** Asked once, before the first change is stored: who is reviewing (kept with every revision). */
export function ReviewerDialog() {
  const db = useDb();
  const prompt = useStore((s) => s.reviewerPrompt);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!prompt) return null;
  const save = async () => {
    try {
      await setSetting(db, REVIEWER_SETTING, name.trim());
      prompt(name.trim());
    } catch (err) {
      setError(describeStorageError(err));
    }
  };
  return (
    <Modal
      title="Who is reviewing?"
      onClose={() => prompt(null)}
      actions={
        <>
          <button type="button" onClick={() => prompt(null)}>
            Cancel
          </button>
          <button type="button" className="btn-primary" onClick={() => void save()}>
            Continue
          </button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p>Your name is stored with each correction and decision (you can change it later in Settings). Leave it empty to stay anonymous.</p>
        <label className="field">
          Reviewer name
          <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
        </label>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
      </form>
    </Modal>
  );
}
