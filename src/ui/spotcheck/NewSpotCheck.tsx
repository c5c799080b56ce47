import { useId, useMemo, useState } from 'react';
import { seededSample, sampleSizeForMargin } from '../../core/stats';
import { createSpotCheck, loadTermbaseStamp, type SpotStratify } from '../../db/glossary';
import { checkOffThreadForProject, type ProjectUnits } from '../glossary';
import { storedTermbases } from '../review';
import { useDb } from '../shell/DbContext';
import { describeStorageError } from '../shell/describeStorageError';
import { spotPopulation } from './spotPopulation';

const randomSeed = () => Math.random().toString(36).slice(2, 8);

/** Draw a new reproducible sample: size, seed, stratification; shows the size a margin needs. */
export function NewSpotCheck({ data, onCreated }: { data: ProjectUnits; onCreated: (id: number) => void }) {
  const db = useDb();
  const [size, setSize] = useState(20);
  const [seed, setSeed] = useState(randomSeed);
  const [stratify, setStratify] = useState<SpotStratify>('none');
  const [margin, setMargin] = useState(5);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const pairs = useMemo(() => spotPopulation(data.units, data.documents), [data]);
  const population = pairs.length;
  const needed = margin > 0 && margin < 100 && population > 0 ? sampleSizeForMargin(margin / 100, 0.5, 1.96, population) : null;

  const draw = async () => {
    setError(null);
    if (!Number.isInteger(size) || size < 1) {
      setError('The sample size must be a whole number of at least 1.');
      return;
    }
    if (!seed.trim()) {
      setError('Type a seed (any word): the same seed draws the same sample again.');
      return;
    }
    try {
      let findings;
      if (stratify === 'flagged') {
        setBusy('Checking the project to tell flagged from unflagged sentences…');
        // The termbases by reference: the check engine reads their entries, not this page.
        findings = await checkOffThreadForProject(data.units, storedTermbases(db, data.projectId, await loadTermbaseStamp(db, data.projectId)));
      }
      const items = findings ? spotPopulation(data.units, data.documents, findings) : pairs;
      const strata = stratify === 'document' ? (i: (typeof items)[number]) => String(i.documentId) : stratify === 'flagged' ? (i: (typeof items)[number]) => (i.flagged ? 'flagged' : 'unflagged') : undefined;
      const sample = seededSample(items, size, seed.trim(), strata ? { stratifyBy: strata } : {});
      setBusy('Saving…');
      const now = Date.now();
      const id = await createSpotCheck(db, {
        projectId: data.projectId,
        name: `Spot-check of ${sample.length} sentence pairs (seed ${seed.trim()})`,
        seed: seed.trim(),
        size: sample.length,
        stratify,
        population: items.length,
        createdAt: now,
        updatedAt: now,
        items: sample,
      });
      onCreated(id);
    } catch (err) {
      setError(describeStorageError(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby={headingId} className="no-print">
      <h3 id={headingId}>New spot-check</h3>
      <p className="muted">
        {population.toLocaleString('en')} translated sentence pairs in this project.
        {needed !== null && ` For ±${margin}% at 95% confidence you need ${needed.toLocaleString('en')} of them.`}
      </p>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void draw();
        }}
      >
        <label>
          Sample size
          <input type="number" min={1} value={Number.isNaN(size) ? '' : size} onChange={(e) => setSize(e.target.valueAsNumber)} />
        </label>
        <label>
          Seed
          <input value={seed} onChange={(e) => setSeed(e.target.value)} />
        </label>
        <label>
          Stratify
          <select value={stratify} onChange={(e) => setStratify(e.target.value as SpotStratify)}>
            <option value="none">No (simple random sample)</option>
            <option value="document">By document</option>
            <option value="flagged">Flagged vs unflagged</option>
          </select>
        </label>
        <label>
          Margin wanted (±%)
          <input type="number" min={1} max={50} value={Number.isNaN(margin) ? '' : margin} onChange={(e) => setMargin(e.target.valueAsNumber)} />
        </label>
        <button type="submit" className="btn-primary" disabled={!!busy || population === 0}>
          Draw sample
        </button>
      </form>
      {busy && <p role="status">{busy}</p>}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
