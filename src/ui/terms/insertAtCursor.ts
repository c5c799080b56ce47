/**
 * Inserts `text` into the open translation textbox at its cursor (replacing a selection)
 * and returns the new draft; the cursor moves after the insertion. Without the textbox,
 * the text is appended.
 */
export function insertAtCursor(draft: string, text: string, box: HTMLTextAreaElement | null): { draft: string; cursor: number } {
  if (!box) return { draft: draft + text, cursor: draft.length + text.length };
  const start = Math.min(box.selectionStart ?? draft.length, draft.length);
  const end = Math.min(box.selectionEnd ?? start, draft.length);
  return { draft: draft.slice(0, start) + text + draft.slice(end), cursor: start + text.length };
}
