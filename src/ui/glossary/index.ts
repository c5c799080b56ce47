export { useProjectTermbases } from './useProjectTermbases';
export { useProjectUnits, unitLabel, type ProjectUnits } from './useProjectUnits';
export { checkOffThreadForProject } from './checkForProject';
export { measureOrEstimate } from './measureOrEstimate';
export { glossaryOffThread, type GlossaryProgress } from './glossaryOffThread';
export { useGlossaryQuery, type GlossaryQuery } from './useGlossaryQuery';
export { useTermbaseStamp } from './useTermbaseStamp';
export { useGlossaryCompile, type GlossaryCompileState } from './useGlossaryCompile';
/** The Glossary screen, loaded on demand (keeps it out of the first page load). */
export const loadGlossaryScreen = () => import('./GlossaryScreen').then((m) => ({ default: m.GlossaryScreen }));
