import { useEffect } from 'react';
import { setSetting, type DuizhaoDB } from '../../db';
import { useStore } from '../../store';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { DropZone, ImportStatus } from '../import-export';
import { ViewOutlet, ViewTabs } from '../nav';
import { DocumentList, loadAligner, ReviewPane } from '../review';
import { DbProvider, getDefaultDb } from './DbContext';
import { Header } from './Header';
import { LAST_PROJECT_SETTING, useBootstrap } from './useBootstrap';
import { useVersionChange } from './useVersionChange';

/** The review app. `db` defaults to the browser's 'duizhao' database (tests pass their own). */
export function App({ db = getDefaultDb() }: { db?: DuizhaoDB }) {
  const boot = useBootstrap(db);
  const versionMessage = useVersionChange(db);
  useEffect(() => {
    void loadAligner().catch(() => {}); // fetch the aligner chunk while the seed loads
  }, []);
  const projectId = useStore((s) => s.projectId);
  const documentId = useStore((s) => s.documentId);
  const view = useStore((s) => s.view);

  useEffect(() => {
    if (boot.ready && !boot.error && projectId !== null) void setSetting(db, LAST_PROJECT_SETTING, projectId).catch(() => {});
  }, [db, boot.ready, boot.error, projectId]);

  return (
    <DbProvider db={db}>
      <div className="app">
        <Header />
        <ViewTabs />
        <ImportStatus />
        {versionMessage && (
          <div role="alert" className="banner banner-error">
            <p>{versionMessage}</p>
            <button type="button" onClick={() => window.location.reload()}>
              Reload
            </button>
          </div>
        )}
        {boot.error ? (
          <div role="alert" className="banner banner-error">
            <p>{boot.error}</p>
          </div>
        ) : !boot.ready ? (
          <p role="status" className="empty">Opening your projects…</p>
        ) : view !== 'review' ? (
          <ViewOutlet view={view} />
        ) : (
          <div className="workspace">
            <DocumentList />
            <ErrorBoundary what="this document" resetKey={documentId}>
              <ReviewPane />
            </ErrorBoundary>
          </div>
        )}
        <DropZone />
      </div>
    </DbProvider>
  );
}
