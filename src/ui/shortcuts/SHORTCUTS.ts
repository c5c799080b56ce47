/** The review screen's keys (shown by "?"). Single letters never act inside a textbox. */
export const SHORTCUTS: readonly { keys: string; what: string }[] = [
  { keys: '↓ or j', what: 'Next sentence row' },
  { keys: '↑ or k', what: 'Previous sentence row' },
  { keys: 'n', what: 'Next finding' },
  { keys: 'p', what: 'Previous finding' },
  { keys: 'e', what: 'Edit the translation of the current row' },
  { keys: 'a', what: 'Apply the suggestion of the current finding' },
  { keys: 'c', what: 'Confirm the current finding (becomes an MQM annotation)' },
  { keys: 'd', what: 'Dismiss the current finding' },
  { keys: 'm', what: 'Mark an error in the selected text (or the current row)' },
  { keys: 'h', what: 'History of the current row’s unit' },
  { keys: 'Ctrl+Z', what: 'Undo' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', what: 'Redo' },
  { keys: 'Ctrl+Enter / Esc', what: 'Save / cancel in the translation editor' },
  { keys: '?', what: 'This list' },
];
