export { useProjectTermbases } from './useProjectTermbases';
/** The Glossary screen, loaded on demand (keeps it out of the first page load). */
export const loadGlossaryScreen = () => import('./GlossaryScreen').then((m) => ({ default: m.GlossaryScreen }));
