/** The "Terms" screen, loaded on demand. */
export const loadConcordanceScreen = () => import('./ConcordanceScreen').then((m) => ({ default: m.ConcordanceScreen }));
