import type { MqmScore } from '../../core/score';
import type { DocumentScoreRow } from './dashboardStats';

function cell(s: MqmScore) {
  if (s.qualityScore === null) return <span className="muted">no English words</span>;
  return (
    <>
      {s.qualityScore.toFixed(1)} <span className={s.pass ? 'chip chip-ok' : 'chip chip-warn'}>{s.pass ? 'pass' : 'fail'}</span>
    </>
  );
}

/** MQM quality score per document with pass/fail: from the reviewers' annotations, and estimated from the findings. */
export function DocumentScores({ rows }: { rows: DocumentScoreRow[] }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">MQM score per document</caption>
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col">Words</th>
          <th scope="col">MQM (annotations)</th>
          <th scope="col">MQM estimated from findings</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.documentId}>
            <th scope="row" style={{ fontWeight: 'normal' }}>
              {r.title.length > 40 ? `${r.title.slice(0, 40)}…` : r.title}
            </th>
            <td>{r.words.toLocaleString('en')}</td>
            <td>{cell(r.reviewed)}</td>
            <td>{cell(r.estimated)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
