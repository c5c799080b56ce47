import { useEffect, useState } from 'react';
import type { DuizhaoDB } from '../../db';

/**
 * Another tab upgraded or deleted the database: Dexie closes this tab's connection, so
 * say what happened and what to do instead of failing on the next save.
 */
export function useVersionChange(db: DuizhaoDB): string | null {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const onChange = (e: IDBVersionChangeEvent) => {
      setMessage(
        e.newVersion === null
          ? 'The duizhao database was deleted in another tab, so this tab can no longer save. Reload the page.'
          : 'A newer version of duizhao was opened in another tab, so this tab can no longer save. Reload the page to continue; your saved work is kept.',
      );
    };
    // This tab upgrades the database, but a tab still running an older duizhao holds it open.
    const onBlocked = () =>
      setMessage(
        'duizhao is waiting for another tab that still runs an older version to let go of the database. Close or reload the other duizhao tabs; this tab continues by itself.',
      );
    db.on('versionchange', onChange);
    db.on('blocked', onBlocked);
    return () => {
      db.on('versionchange').unsubscribe(onChange);
      db.on('blocked').unsubscribe(onBlocked);
    };
  }, [db]);
  return message;
}
