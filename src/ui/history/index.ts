export { DiffView } from './DiffView';
export { HistoryDialog } from './HistoryDialog';
export { compactDiff, type ShownPart } from './compactDiff';
