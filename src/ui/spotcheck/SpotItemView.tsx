import { MQM_CATEGORIES } from '../../core/score';
import type { SpotItem } from '../../db/glossary';

interface Props {
  item: SpotItem;
  index: number;
  onMark: (patch: Pick<SpotItem, 'verdict' | 'category'>) => void;
}

/** One sampled pair: source | target, Pass / Fail (pressed state), MQM category for a failure. */
export function SpotItemView({ item, index, onMark }: Props) {
  const name = `Pair ${index + 1}`;
  return (
    <li className="spot-item" data-verdict={item.verdict} aria-label={name}>
      <div className="muted">
        {name} · unit {item.extId}
        {item.docTitle ? ` · ${item.docTitle.slice(0, 30)}` : ''} · sentence {item.sentence + 1}
        {item.flagged !== undefined && ` · ${item.flagged ? 'flagged' : 'not flagged'}`}
      </div>
      <div className="spot-pair">
        <p lang="en">{item.source || <em className="muted">(no English source)</em>}</p>
        <p lang="zh-Hans" className="zh">
          {item.target}
        </p>
      </div>
      <div className="spot-actions">
        <button type="button" aria-pressed={item.verdict === 'pass'} onClick={() => onMark({ verdict: item.verdict === 'pass' ? undefined : 'pass' })}>
          Pass
        </button>
        <button type="button" aria-pressed={item.verdict === 'fail'} onClick={() => onMark({ verdict: item.verdict === 'fail' ? undefined : 'fail', category: item.category })}>
          Fail
        </button>
        {item.verdict === 'fail' && (
          <label>
            MQM category{' '}
            <select value={item.category ?? ''} onChange={(e) => onMark({ verdict: 'fail', category: e.target.value || undefined })}>
              <option value="">(none)</option>
              {MQM_CATEGORIES.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.parent ? `${c.parent} › ${c.label}` : c.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="print-only" aria-hidden="true">
          Verdict: {item.verdict ?? '—'}
          {item.verdict === 'fail' && item.category ? ` (${item.category})` : ''}
        </span>
        <span className="visually-hidden" aria-live="polite">
          {item.verdict ? `${name}: ${item.verdict}` : ''}
        </span>
      </div>
    </li>
  );
}
