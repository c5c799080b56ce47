import type { EditorSlice } from './editorSlice';
import type { FindingsSlice } from './findingsSlice';
import type { ImportSlice } from './importSlice';
import type { ReviewSlice } from './reviewSlice';
import type { SelectionSlice } from './selectionSlice';
import type { ViewSlice } from './viewSlice';

/** The one UI store: short-lived state only. Persisted data lives in Dexie. */
export type Store = SelectionSlice & EditorSlice & ImportSlice & FindingsSlice & ViewSlice & ReviewSlice;
