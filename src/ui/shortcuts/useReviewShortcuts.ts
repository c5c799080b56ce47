import { useEffect, useRef } from 'react';
import { findingKey, type Finding } from '../../core/model';
import { useStore } from '../../store';
import { isTypingTarget } from './isTypingTarget';

export interface ShortcutHandlers {
  /** Number of sentence rows. */
  rowCount: number;
  /** Findings in list order (as filtered). */
  findings: Finding[];
  editRow: (index: number) => void;
  historyRow: (index: number) => void;
  markError: () => void;
  apply: (f: Finding) => void;
  confirm: (f: Finding) => void;
  undo: () => void;
  redo: () => void;
}

/**
 * Keyboard for the review screen (see SHORTCUTS). Listens on the document, so it works
 * wherever focus is — except in textboxes and selects, inside an open dialog, or when
 * another handler already used the key.
 */
export function useReviewShortcuts(h: ShortcutHandlers): void {
  const ref = useRef(h);
  ref.current = h;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target)) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const s = useStore.getState();
      if (s.dialog || s.reviewerPrompt) return;
      const { rowCount, findings } = ref.current;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey && (e.key === 'z' || e.key === 'Z' || e.key === 'y')) {
        e.preventDefault();
        if (e.key === 'y' || e.shiftKey) ref.current.redo();
        else ref.current.undo();
        return;
      }
      if (mod || e.altKey) return;
      const moveFinding = (delta: number) => {
        if (!findings.length) return;
        const at = s.activeFinding ? findings.findIndex((f) => findingKey(f) === s.activeFinding) : -1;
        const next = at < 0 ? (delta > 0 ? 0 : findings.length - 1) : Math.max(0, Math.min(findings.length - 1, at + delta));
        s.setActiveFinding(findingKey(findings[next]));
      };
      const active = s.activeFinding ? findings.find((f) => findingKey(f) === s.activeFinding) : undefined;
      const key = e.key;
      let handled = true;
      if (key === 'ArrowDown' || key === 'j') s.setActiveRow(Math.min(rowCount - 1, s.activeRow + 1), true);
      else if (key === 'ArrowUp' || key === 'k') s.setActiveRow(Math.max(0, s.activeRow - 1), true);
      else if (key === 'n') moveFinding(1);
      else if (key === 'p') moveFinding(-1);
      else if (key === 'e') ref.current.editRow(s.activeRow);
      else if (key === 'h') ref.current.historyRow(s.activeRow);
      else if (key === 'm') ref.current.markError();
      else if (key === 'a' && active) ref.current.apply(active);
      else if (key === 'c' && active) ref.current.confirm(active);
      else if (key === 'd' && active) s.openDialog({ kind: 'dismiss', finding: active });
      else if (key === '?') s.openDialog({ kind: 'shortcuts' });
      else handled = false;
      if (handled) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
