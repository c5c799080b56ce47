import type { DocumentEffort, MqmScore } from '../../core/score';
import { useStore } from '../../store';
import { useScores } from './useScores';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function Mqm({ label, s }: { label: string; s: MqmScore }) {
  const verdict = s.pass ? 'pass' : 'fail';
  return (
    <span className="score" title={s.failReasons.join(' ') || `Pass threshold ${s.passThreshold}`}>
      <strong>{label} MQM</strong>{' '}
      {s.qualityScore === null ? 'no source words' : s.qualityScore.toFixed(1)} ·{' '}
      <span className={`chip ${s.pass ? 'chip-ok' : 'chip-fail'}`}>{verdict}</span> · APT {s.apt} ·{' '}
      {s.penaltyPer1000 === null ? '–' : s.penaltyPer1000.toFixed(1)} per 1,000 words
    </span>
  );
}

function Effort({ label, e }: { label: string; e: DocumentEffort }) {
  return (
    <span className="score">
      <strong>{label} effort</strong> edit rate {pct(e.charEditRate)} · chrF {e.chrF.toFixed(1)} · TER {pct(e.ter)} · {e.editedUnits}/{e.units} units edited
    </span>
  );
}

/** The compact score bar: document and project MQM (pass/fail) and post-editing effort. */
export function ScoreBar() {
  const projectId = useStore((s) => s.projectId);
  const documentId = useStore((s) => s.documentId);
  const scores = useScores(projectId, documentId);
  if (!scores) return <div className="score-bar" aria-label="Scores" role="group" />;
  return (
    <div className="score-bar" role="group" aria-label="Scores">
      <Mqm label="Document" s={scores.document} />
      {scores.project ? (
        <Mqm label="Project" s={scores.project} />
      ) : (
        <span className="score">
          <strong>Project MQM</strong> on the Dashboard (large project)
        </span>
      )}
      <Effort label="Document" e={scores.effort} />
    </div>
  );
}
