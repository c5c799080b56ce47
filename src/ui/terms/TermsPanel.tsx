import { useId } from 'react';
import type { CurrentUnit } from '../../db';
import { useStore } from '../../store';
import { useGlossaryCompile } from '../glossary';
import { insertAtCursor } from './insertAtCursor';
import { useSourceTerms } from './useSourceTerms';

/** The open translation textbox (the editor's textarea for the target side). */
function translationBox(): HTMLTextAreaElement | null {
  return document.querySelector<HTMLTextAreaElement>('textarea[lang="zh-Hans"]');
}

/**
 * "Terms" in review: the termbase terms recognised in the selected unit's English source
 * with their approved Chinese. While a translation is being written, clicking one inserts
 * it at the cursor.
 */
export function TermsPanel({ units, unitIdAtRow }: { units: CurrentUnit[] | undefined; unitIdAtRow?: (row: number) => number | undefined }) {
  const editor = useStore((s) => s.editor);
  const activeRow = useStore((s) => s.activeRow);
  const setDraft = useStore((s) => s.setDraft);
  const headingId = useId();
  const unitId = editor?.unitId ?? unitIdAtRow?.(activeRow) ?? units?.[0]?.unit.id;
  const cu = units?.find((u) => u.unit.id === unitId);
  const terms = useSourceTerms(cu?.source.trim() ? cu.source : undefined);
  const compile = useGlossaryCompile();
  const writing = !!editor && editor.side === 'target' && editor.unitId === unitId;
  if (!cu || !cu.source.trim()) return null;

  const insert = (text: string) => {
    const box = translationBox();
    const next = insertAtCursor(editor?.draft ?? '', text, box);
    setDraft(next.draft);
    requestAnimationFrame(() => {
      const b = translationBox();
      if (b) {
        b.focus();
        b.setSelectionRange(next.cursor, next.cursor);
      }
    });
  };

  return (
    // Focusable so its list scrolls from the keyboard even when it holds no button.
    <section className="terms-panel" aria-labelledby={headingId} tabIndex={0}>
      <h3 id={headingId} className="pane-title">
        Terms
      </h3>
      {!terms ? (
        <p className="muted" role="status">
          {compile.error ? `The termbase could not be compiled (${compile.error}). Reload the page to try again.` : compile.compiling ? 'Compiling termbase…' : 'Looking up terms…'}
        </p>
      ) : terms.length === 0 ? (
        <p className="muted">No termbase term in this unit's source.</p>
      ) : (
        <>
          <p className="muted">{writing ? 'Click a term to insert it at the cursor.' : 'Approved Chinese for the terms of this source (open the translation editor to insert them).'}</p>
          <ul aria-label="Terms in the source">
            {terms.map((t) => {
              const zh = t.preferred ?? t.approved[0] ?? t.en;
              return (
                <li key={t.conceptId}>
                  {writing ? (
                    // The name holds the visible text ("Insert graph neural network → 图神经网络",
                    // WCAG 2.5.3): speech users say what they see.
                    <button type="button" onClick={() => insert(zh)} title={t.note}>
                      <span className="visually-hidden">Insert</span> {t.text} → <span lang="zh-Hans">{zh}</span>
                    </button>
                  ) : (
                    <span className="chip" title={t.note}>
                      {t.text} → <span lang="zh-Hans">{zh}</span>
                      {t.approved.length > 1 && <span className="muted"> ({t.approved.slice(1).join('、')})</span>}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
