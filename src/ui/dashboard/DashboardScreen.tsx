import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { AnnotationRecord } from '../../db';
import { useStore } from '../../store';
import { useProjectTermbases, useProjectUnits } from '../glossary';
import { useReviewSettings } from '../settings';
import { useDb } from '../shell/DbContext';
import { BarChart } from './BarChart';
import { dashboardStats } from './dashboardStats';
import { DocumentScores } from './DocumentScores';
import { useProjectFindings } from './useProjectFindings';

/**
 * The "Dashboard": findings by check and by MQM category, MQM per document with pass/fail,
 * the post-editing effort of corrected units, the most frequent wrong renderings and their
 * fixes. Charts are lean SVG with the same numbers as tables for screen readers.
 */
export function DashboardScreen() {
  const db = useDb();
  const projectId = useStore((s) => s.projectId);
  const data = useProjectUnits();
  const termbases = useProjectTermbases();
  const settings = useReviewSettings();
  const checked = useProjectFindings(data, termbases);
  const annotations = useLiveQuery(
    async () => (projectId === null ? [] : ((await db.annotations.where('projectId').equals(projectId).toArray()) as AnnotationRecord[])),
    [db, projectId],
  );
  const stats = useMemo(
    () => (data && checked.findings && annotations ? dashboardStats(data.units, data.documents, checked.findings, annotations, settings?.mqm) : null),
    [data, checked.findings, annotations, settings?.mqm],
  );
  return (
    <main className="screen" aria-labelledby="dashboard-heading">
      <h2 id="dashboard-heading">Dashboard</h2>
      {checked.error && (
        <p role="alert" className="form-error">
          {checked.error}
        </p>
      )}
      {!stats ? (
        <p role="status">
          Checking the project… {checked.done.toLocaleString('en')} of {checked.total.toLocaleString('en')} units
        </p>
      ) : (
        <>
          <p className="muted" role="status">
            {checked.findings!.length.toLocaleString('en')} findings in {data!.units.length.toLocaleString('en')} units; {stats.editedUnits.toLocaleString('en')}{' '}
            corrected.
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
            <DocumentScores rows={stats.documents} />
          </section>
        </>
      )}
    </main>
  );
}
