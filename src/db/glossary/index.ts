export {
  PROJECT_TERMBASE_PRIORITY,
  IMPORTED_TERMBASE_PRIORITY,
  type ProjectGlossary,
  type TermEntry,
  type CandidateDecision,
} from './GlossaryEntities';
export { validateConcept, TermValidationError } from './validateConcept';
export { ensureProjectGlossary, projectGlossaries } from './projectGlossary';
export { loadProjectTermbases, type ProjectTermbases } from './loadProjectTermbases';
export { saveTerm, deleteTerm, type SaveTermOptions } from './saveTerm';
export { candidateKey } from './candidateKey';
export { approveCandidate, rejectCandidate } from './decideCandidate';
export { projectCurrentUnits, revisedCurrentUnits, correctionsOf } from './projectCorrections';
export { bumpGlossaryVersion } from './bumpGlossaryVersion';
export { termbaseStamp, loadTermbaseStamp } from './termbaseStamp';
export { planTermbaseImport, englishKey, type ImportPlan, type ImportClash, type MergeChoice } from './planTermbaseImport';
export { importTermbase, removeImportedTermbase, type ImportTermbaseResult } from './importTermbase';
export type { SpotCheck, SpotItem, SpotStratify } from './SpotCheck';
export { createSpotCheck, markSpotItem, deleteSpotCheck } from './spotChecks';
export { unitLabel } from './unitLabel';
// Types only: the code (glossaryRows, loadGlossaryRows, buildGlossaryExport, writeGlossaryCsv)
// runs in the glossary worker, which imports those files directly; exporting it here would
// pull the built-in termbase, the format writers and franc into the first page's JavaScript.
export type { GlossaryRow, RowSource } from './glossaryRows';
export type { ExportScope } from './buildGlossaryExport';
