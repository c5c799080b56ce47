import { useStore } from '../../store';
import type { ReviewRow } from './buildRows';

/** Opens "Edit translation" for one sentence row (`whole` = the whole unit). */
export function openTranslationEditor(row: ReviewRow, whole: boolean): void {
  const base = row.cu.target;
  const start = whole ? 0 : row.targetStart;
  const end = whole ? base.length : row.targetStart + row.targetText.length;
  useStore.getState().openEditor(row.cu.unit.id, 'target', base.slice(start, end), {
    row: whole ? null : row.rowInUnit,
    start,
    end,
    base,
    baseRevisionId: row.cu.targetRevision?.id ?? 0,
  });
}
