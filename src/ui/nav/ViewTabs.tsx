import './screens.css';
import { useEffect } from 'react';
import { useStore, VIEWS, type View } from '../../store';

export const VIEW_LABEL: Record<View, string> = {
  review: 'Review',
  glossary: 'Glossary',
  terms: 'Terms',
  spotcheck: 'Spot-check',
  dashboard: 'Dashboard',
};

function viewFromHash(hash: string): View | null {
  const v = hash.replace(/^#\/?/, '');
  return (VIEWS as readonly string[]).includes(v) ? (v as View) : null;
}

/**
 * The app's screens as a navigation bar (links to #/glossary …, the current one marked
 * aria-current="page"). The URL hash follows the screen, so a reload stays on it.
 */
export function ViewTabs() {
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);

  useEffect(() => {
    const fromHash = () => {
      const v = viewFromHash(window.location.hash);
      if (v && v !== useStore.getState().view) setView(v);
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [setView]);

  useEffect(() => {
    const want = view === 'review' ? '' : `#/${view}`;
    if (window.location.hash !== want && !(want === '' && window.location.hash === '')) {
      window.history.replaceState(null, '', want || window.location.pathname + window.location.search);
    }
  }, [view]);

  return (
    <nav className="view-tabs" aria-label="Screens">
      <ul>
        {VIEWS.map((v) => (
          <li key={v}>
            <a
              href={v === 'review' ? '#/' : `#/${v}`}
              aria-current={v === view ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                setView(v);
              }}
            >
              {VIEW_LABEL[v]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
