export { createCheckContext, type CheckContextOptions, type EngineContext } from './createCheckContext';
export { checkUnit } from './checkUnit';
export { checkDocument } from './checkDocument';
export { checkProject, type ProjectDocument, type ProjectOptions, type ProjectProgress } from './checkProject';
export { orderFindings } from './orderFindings';
export { toCheckUnit } from './toCheckUnit';
