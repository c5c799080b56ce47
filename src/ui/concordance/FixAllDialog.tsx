import { useMemo, useState } from 'react';
import { planRenderingFix, type ConcordanceGroup, type ConcordanceUnit, type KwicLine } from '../../core/concordance';
import { Modal } from '../common/Modal';

/** Lines of a group as fixable spans: an English query fixes the rendering, a Chinese one the match itself. */
export function fixableLines(group: ConcordanceGroup, lang: 'en' | 'zh'): KwicLine[] {
  return lang === 'en' ? group.lines : group.lines.map((l) => ({ ...l, rendering: l.match, renderingSpan: { start: l.start, end: l.end } }));
}

interface Props {
  group: ConcordanceGroup;
  lang: 'en' | 'zh';
  units: readonly ConcordanceUnit[];
  suggested: string;
  onApply: (fixes: ReturnType<typeof planRenderingFix>, from: string, to: string) => void;
  onClose: () => void;
}

/** "Fix all": the replacement, a preview of every unit it changes, and one Apply (one undoable step). */
export function FixAllDialog({ group, lang, units, suggested, onApply, onClose }: Props) {
  const [to, setTo] = useState(suggested);
  const from = lang === 'en' ? group.rendering : group.lines[0]?.match ?? '';
  const fixes = useMemo(() => (to.trim() ? planRenderingFix(units, fixableLines(group, lang), to.trim()) : []), [units, group, lang, to]);
  const refused = to.trim() !== '' && !/[\p{L}\p{N}]/u.test(to);
  return (
    <Modal
      title={`Fix all “${from}”`}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn-primary" disabled={fixes.length === 0 || refused} onClick={() => onApply(fixes, from, to.trim())}>
            Apply to {fixes.length} {fixes.length === 1 ? 'unit' : 'units'}
          </button>
        </>
      }
    >
      <label className="field">
        Replace with
        <input lang="zh-Hans" value={to} onChange={(e) => setTo(e.target.value)} />
      </label>
      {refused && (
        <p role="alert" className="form-error">
          “{to}” is only punctuation or spaces; type the Chinese term.
        </p>
      )}
      <p className="muted">
        {fixes.length === 0 ? 'Nothing would change.' : `Preview: ${fixes.reduce((n, f) => n + f.changes.length, 0)} replacements in ${fixes.length} units. One step: Undo reverts all of them.`}
      </p>
      <ul aria-label="Preview" style={{ maxHeight: '40vh', overflow: 'auto' }}>
        {fixes.slice(0, 200).map((f) => (
          <li key={f.unitId} lang="zh-Hans">
            {f.changes.map((c, i) => {
              const left = f.before.slice(Math.max(0, c.start - 12), c.start);
              const right = f.before.slice(c.end, c.end + 12);
              return (
                <div key={i}>
                  …{left}
                  <del>{c.from}</del>
                  <ins>{c.to}</ins>
                  {right}…
                </div>
              );
            })}
          </li>
        ))}
        {fixes.length > 200 && <li>… and {fixes.length - 200} more units</li>}
      </ul>
    </Modal>
  );
}
