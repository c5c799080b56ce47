export { TermsPanel } from './TermsPanel';
export { insertAtCursor } from './insertAtCursor';
