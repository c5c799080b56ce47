import { lazy, Suspense } from 'react';
import type { View } from '../../store';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { loadConcordanceScreen } from '../concordance';
import { loadDashboardScreen } from '../dashboard';
import { loadGlossaryScreen } from '../glossary';
import { loadSpotCheckScreen } from '../spotcheck';

const SCREENS = {
  glossary: lazy(loadGlossaryScreen),
  terms: lazy(loadConcordanceScreen),
  spotcheck: lazy(loadSpotCheckScreen),
  dashboard: lazy(loadDashboardScreen),
};

/** The screen of a tab other than Review (each loaded on first use). */
export function ViewOutlet({ view }: { view: Exclude<View, 'review'> }) {
  const Screen = SCREENS[view];
  return (
    <ErrorBoundary what="this screen" resetKey={view}>
      <Suspense fallback={<p role="status" className="empty">Loading…</p>}>
        <Screen />
      </Suspense>
    </ErrorBoundary>
  );
}
