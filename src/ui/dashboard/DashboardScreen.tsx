import { BarChart } from './BarChart';
import { DocumentScores } from './DocumentScores';
import { useDashboardStats, type PartialCheck } from './useDashboardStats';

const PHASE: Record<string, string> = { reading: 'Reading the stored findings', checking: 'Checking the documents changed since', counting: 'Counting source words' };

const STOPPED: Record<Exclude<PartialCheck['reason'], 'running'>, string> = { cancelled: 'was cancelled', failed: 'failed', interrupted: 'did not finish (the page was closed or reloaded)' };

/** Why the counts are not those of the whole project, and (unless a check is running) the way to a full one. */
function PartialNotice({ partial, checkAll }: { partial: PartialCheck; checkAll: () => void }) {
  const total = partial.total.toLocaleString('en');
  if (partial.reason === 'running') {
    return (
      <p role="status" className="muted">
        A check of the project is running: the counts below cover only the units checked so far and grow as it goes.
      </p>
    );
  }
  const where = partial.checked !== undefined ? ` after about ${partial.checked.toLocaleString('en')} of ${total} units` : '';
  return (
    <div role="status" className="banner">
      <p>
        Not fully checked: the last check of the project {STOPPED[partial.reason]}
        {where}. The counts below cover only the units it checked.
      </p>
      <button type="button" onClick={checkAll}>
        Check the whole project
      </button>
    </div>
  );
}

/**
 * The "Dashboard": findings by check and by MQM category, MQM per document with pass/fail,
 * the post-editing effort of corrected units, the most frequent wrong renderings and their
 * fixes. Charts are lean SVG with the same numbers as tables for screen readers. The
 * numbers come from the stored findings, aggregated in the glossary worker. When those are
 * not a complete check's (cancelled, failed, running) it says so and offers a full check.
 */
export function DashboardScreen() {
  const { stats, checking, reading, partial, checkAll, error } = useDashboardStats();
  return (
    // Charts and tables only (nothing focusable): the screen itself takes focus so it
    // scrolls from the keyboard.
    <main className="screen" aria-labelledby="dashboard-heading" tabIndex={0}>
      <h2 id="dashboard-heading">Dashboard</h2>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {partial && !checking && <PartialNotice partial={partial} checkAll={checkAll} />}
      {!stats ? (
        <p role="status">
          {checking
            ? `Checking the project… ${checking.done.toLocaleString('en')} of ${checking.total.toLocaleString('en')} units`
            : reading && reading.total
              ? `${PHASE[reading.phase] ?? 'Reading'}… ${reading.done.toLocaleString('en')} of ${reading.total.toLocaleString('en')}`
              : 'Reading the stored findings…'}
        </p>
      ) : (
        <>
          <p className="muted" role="status">
            {stats.findings.toLocaleString('en')} findings in {stats.units.toLocaleString('en')} units; {stats.editedUnits.toLocaleString('en')} corrected.
            {' '}
            {partial ? 'Findings stored so far (the project is not fully checked)' : 'Findings as stored by the last full check'}
            {stats.rechecked ? `, with the ${stats.rechecked.toLocaleString('en')} ${stats.rechecked === 1 ? 'document' : 'documents'} changed since checked again` : ''}; “Re-check project” refreshes them after a termbase change.
          </p>
          <div className="grid-2">
            <BarChart title="Findings by check" bars={stats.byCheck} columns={['Check', 'Findings']} />
            <BarChart title="Findings by MQM category" bars={stats.byCategory} columns={['MQM category', 'Findings']} />
            <BarChart
              title="Post-editing effort of corrected units (character edit rate)"
              bars={stats.effort}
              columns={['Edit rate', 'Units']}
            />
            <BarChart
              title="Most frequent wrong renderings and their fixes"
              bars={stats.wrongRenderings.map((b) => ({ ...b, label: b.detail ? `${b.label} → ${b.detail}` : b.label }))}
              columns={['Wrong rendering → fix', 'Occurrences', 'Fix']}
            />
          </div>
          <section aria-labelledby="doc-scores">
            <h3 id="doc-scores">MQM score per document</h3>
            <DocumentScores table={stats.documents} />
          </section>
        </>
      )}
    </main>
  );
}
