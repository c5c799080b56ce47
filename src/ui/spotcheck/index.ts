/** The "Spot-check" screen, loaded on demand. */
export const loadSpotCheckScreen = () => import('./SpotCheckScreen').then((m) => ({ default: m.SpotCheckScreen }));
