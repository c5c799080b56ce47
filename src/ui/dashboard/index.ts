/** The "Dashboard" screen, loaded on demand. */
export const loadDashboardScreen = () => import('./DashboardScreen').then((m) => ({ default: m.DashboardScreen }));
