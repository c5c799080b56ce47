export { useStore, resetStore } from './useStore';
export type { Store } from './Store';
export type { SelectionSlice } from './selectionSlice';
export type { EditorSlice, OpenEditor, EditScope } from './editorSlice';
export type { ImportSlice, ImportState, ImportFailure, ImportPhase } from './importSlice';
export { IDLE_IMPORT } from './importSlice';
export type { FindingsSlice, RevealRequest } from './findingsSlice';
export { VIEWS, type View, type ViewSlice } from './viewSlice';
export type { ReviewSlice, UndoEntry, MarkTarget, ReviewDialog } from './reviewSlice';
