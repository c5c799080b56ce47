export { DocumentList } from './DocumentList';
export { ReviewPane } from './ReviewPane';
export { buildRows, type ReviewRow, type Aligner } from './buildRows';
export { loadAligner } from './useAligner';
export { checkOffThread, storedTermbases, type CheckTermbases, type StoredTermbases } from './checkOffThread';
export { useRunAction } from './useRunAction';
export { useUndoRedo } from './useUndoRedo';
export { TAB_ID } from './tabId';
