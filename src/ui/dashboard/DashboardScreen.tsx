import { BarChart } from './BarChart';
import { DocumentScores } from './DocumentScores';
import { useDashboardStats } from './useDashboardStats';

const PHASE: Record<string, string> = { reading: 'Reading the stored findings', checking: 'Checking the documents changed since', counting: 'Counting source words' };

/**
 * The "Dashboard": findings by check and by MQM category, MQM per document with pass/fail,
 * the post-editing effort of corrected units, the most frequent wrong renderings and their
 * fixes. Charts are lean SVG with the same numbers as tables for screen readers. The
 * numbers come from the stored findings, aggregated in the glossary worker.
 */
export function DashboardScreen() {
  const { stats, checking, reading, error } = useDashboardStats();
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
            {' '}Findings as stored by the last full check{stats.rechecked ? `, with the ${stats.rechecked.toLocaleString('en')} ${stats.rechecked === 1 ? 'document' : 'documents'} changed since checked again` : ''}; “Re-check project” refreshes them after a termbase change.
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
