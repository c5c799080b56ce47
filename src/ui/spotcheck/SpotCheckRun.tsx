import { useId, useState } from 'react';
import { spotCheckEstimate } from '../../core/stats';
import { markSpotItem, type SpotCheck } from '../../db/glossary';
import { downloadText } from '../common/downloadText';
import { useDb } from '../shell/DbContext';
import { describeStorageError } from '../shell/describeStorageError';
import { spotCheckCsv } from './spotCheckCsv';
import { SpotItemView } from './SpotItemView';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A spot-check in progress: the estimate so far, the items to judge, CSV export and print. */
export function SpotCheckRun({ sc, projectName }: { sc: SpotCheck; projectName: string }) {
  const db = useDb();
  const [margin, setMargin] = useState(5);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const est = spotCheckEstimate(
    sc.items.map((i) => (i.verdict ? { pass: i.verdict === 'pass', ...(i.category ? { category: i.category } : {}) } : null)),
    { targetMargin: margin > 0 && margin < 100 ? margin / 100 : 0.05, population: sc.population },
  );
  const mark = (index: number, patch: Parameters<typeof markSpotItem>[3]) =>
    markSpotItem(db, sc.id, index, patch).catch((err: unknown) => setError(describeStorageError(err)));
  const date = new Date(sc.createdAt).toISOString().slice(0, 10);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{sc.name}</h3>
      <p className="muted">
        Drawn {date} from {sc.population.toLocaleString('en')} sentence pairs ·{' '}
        {sc.stratify === 'none' ? 'simple random sample' : sc.stratify === 'document' ? 'stratified by document' : 'stratified flagged / unflagged'}
      </p>
      <div role="status" aria-label="Estimate" className="notice">
        Judged {est.n} of {sc.items.length} · {est.failures} failed
        {est.n > 0 && (
          <>
            {' '}
            · estimated error rate {pct(est.errorRate.estimate)} (95% Wilson interval {pct(est.errorRate.lower)}–{pct(est.errorRate.upper)}, ±
            {pct(est.margin)})
          </>
        )}
        {est.byCategory.filter((c) => c.category).length > 0 &&
          ` · ${est.byCategory.filter((c) => c.category).map((c) => `${c.category}: ${c.failures}`).join(', ')}`}
      </div>
      <div className="toolbar no-print">
        <label>
          Margin wanted (±%)
          <input type="number" min={1} max={50} value={Number.isNaN(margin) ? '' : margin} onChange={(e) => setMargin(e.target.valueAsNumber)} />
        </label>
        <span className="muted">A ±{margin}% estimate needs {est.neededForTarget.toLocaleString('en')} judged pairs.</span>
        <button type="button" onClick={() => downloadText(spotCheckCsv(sc), `duizhao-spotcheck-${projectName.replace(/[\\/:*?"<>|\s]+/g, '-')}-${date}.csv`, 'text/csv')}>
          Export CSV
        </button>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <ol className="candidate-list" aria-label="Sampled pairs">
        {sc.items.map((item, i) => (
          <SpotItemView key={`${item.unitId}.${item.sentence}`} item={item} index={i} onMark={(p) => void mark(i, p)} />
        ))}
      </ol>
    </section>
  );
}
