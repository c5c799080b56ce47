export { DiffView } from './DiffView';
export { HistoryDialog } from './HistoryDialog';
