export { DocumentList } from './DocumentList';
export { ReviewPane } from './ReviewPane';
export { buildRows, type ReviewRow, type Aligner } from './buildRows';
export { loadAligner } from './useAligner';
