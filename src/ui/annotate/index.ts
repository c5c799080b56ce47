export { selectionToSpan } from './selectionToSpan';
export { MarkErrorDialog } from './MarkErrorDialog';
export { AnnotationsPanel } from './AnnotationsPanel';
export { annotationData, changeAnnotationOp } from './annotationOps';
export { useDocumentAnnotations } from './useDocumentAnnotations';
