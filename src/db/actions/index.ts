export type { ReviewOp, TextOp, DecisionOp, AnnotationOp, AnnotationData, DecisionState } from './ReviewOp';
export { applyOps, type ApplyContext } from './applyOps';
export { performAction, actionTables, type ActionInput } from './performAction';
export { undoEvent, redoEvent, type ReplayOptions } from './undoEvent';
export { currentDecisions } from './currentDecisions';
