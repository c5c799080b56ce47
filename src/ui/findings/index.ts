export { FindingsPanel, visibleFindings, type FindingsView } from './FindingsPanel';
export { useDecisions } from './useDecisions';
export { useFindingActions, type FindingActions } from './useFindingActions';
export { DismissDialog } from './DismissDialog';
export { ApplyAllDialog } from './ApplyAllDialog';
export { planApplyAll, applyAllOps, type ApplyAllChange } from './planApplyAll';
export { suggestionTextOp, confirmAnnotationOp, decisionOp } from './findingOps';
export { decisionLookup, looseKey, type DecisionLookup } from './decisionLookup';
