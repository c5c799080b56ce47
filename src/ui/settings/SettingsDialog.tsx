import { useState } from 'react';
import { DEFAULT_MQM_CONFIG, type MqmConfig } from '../../core/score';
import { setSetting } from '../../db';
import { useStore } from '../../store';
import { Modal } from '../common/Modal';
import { useDb } from '../shell/DbContext';
import { describeStorageError } from '../shell/describeStorageError';
import { MQM_SETTING, REVIEWER_SETTING } from './reviewSettings';
import { useReviewSettings } from './useReviewSettings';

type WeightKey = 'minor' | 'major' | 'critical';
const WEIGHTS: { key: WeightKey; label: string }[] = [
  { key: 'minor', label: 'Minor weight' },
  { key: 'major', label: 'Major weight' },
  { key: 'critical', label: 'Critical weight' },
];

/** "Settings": reviewer name, MQM pass threshold and severity weights. */
export function SettingsDialog() {
  const settings = useReviewSettings();
  return settings ? <SettingsForm initialName={settings.reviewerName ?? ''} initialMqm={settings.mqm} /> : null;
}

function SettingsForm({ initialName, initialMqm }: { initialName: string; initialMqm: MqmConfig }) {
  const db = useDb();
  const close = () => useStore.getState().openDialog(null);
  const [name, setName] = useState(initialName);
  const [threshold, setThreshold] = useState(String(initialMqm.passThreshold ?? DEFAULT_MQM_CONFIG.passThreshold));
  const [weights, setWeights] = useState<Record<WeightKey, string>>({
    minor: String(initialMqm.weights?.minor ?? DEFAULT_MQM_CONFIG.weights.minor),
    major: String(initialMqm.weights?.major ?? DEFAULT_MQM_CONFIG.weights.major),
    critical: String(initialMqm.weights?.critical ?? DEFAULT_MQM_CONFIG.weights.critical),
  });
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    const t = Number(threshold);
    if (!Number.isFinite(t) || t > 100) {
      setError('The pass threshold must be a number up to 100 (e.g. 95). Nothing was saved.');
      return;
    }
    const w: Partial<Record<WeightKey, number>> = {};
    for (const { key, label } of WEIGHTS) {
      const v = Number(weights[key]);
      if (!Number.isFinite(v) || v < 0 || weights[key].trim() === '') {
        setError(`${label} must be a number of 0 or more. Nothing was saved.`);
        return;
      }
      w[key] = v;
    }
    try {
      await db.transaction('rw', db.settings, async () => {
        await setSetting(db, REVIEWER_SETTING, name.trim());
        await setSetting(db, MQM_SETTING, { ...initialMqm, passThreshold: t, weights: { ...initialMqm.weights, ...w } });
      });
      close();
    } catch (err) {
      setError(describeStorageError(err));
    }
  };

  return (
    <Modal
      title="Settings"
      onClose={close}
      actions={
        <>
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="button" className="btn-primary" onClick={() => void save()}>
            Save settings
          </button>
        </>
      }
    >
      <div className="settings-grid">
        <label className="field">
          Reviewer name
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          MQM pass threshold (quality score)
          <input inputMode="decimal" value={threshold} onChange={(e) => setThreshold(e.target.value)} />
        </label>
        {WEIGHTS.map(({ key, label }) => (
          <label key={key} className="field">
            {label}
            <input inputMode="decimal" value={weights[key]} onChange={(e) => setWeights((s) => ({ ...s, [key]: e.target.value }))} />
          </label>
        ))}
        <p className="muted">Any critical error fails. A minor punctuation error weighs 0.1.</p>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </Modal>
  );
}
