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
    db.on('versionchange', onChange);
    return () => db.on('versionchange').unsubscribe(onChange);
  }, [db]);
  return message;
}
