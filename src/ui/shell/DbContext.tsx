import { createContext, useContext, type ReactNode } from 'react';
import { DuizhaoDB } from '../../db';

const DbContext = createContext<DuizhaoDB | null>(null);

let defaultDb: DuizhaoDB | null = null;
/** The app's database ('duizhao'), created on first use. */
export function getDefaultDb(): DuizhaoDB {
  defaultDb ??= new DuizhaoDB();
  return defaultDb;
}

export function DbProvider({ db, children }: { db: DuizhaoDB; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

/** The database of the nearest DbProvider (tests pass their own). */
export function useDb(): DuizhaoDB {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb() outside <DbProvider>: render the component inside <App> or a DbProvider.');
  return db;
}
