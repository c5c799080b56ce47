import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../shell/DbContext';
import { MQM_SETTING, REVIEWER_SETTING, type ReviewSettings } from './reviewSettings';

/** Reviewer name and MQM scoring configuration, live (another tab's change shows at once). */
export function useReviewSettings(): ReviewSettings | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [name, mqm] = await Promise.all([db.settings.get(REVIEWER_SETTING), db.settings.get(MQM_SETTING)]);
    return { reviewerName: name?.value as string | undefined, mqm: (mqm?.value as ReviewSettings['mqm'] | undefined) ?? {} };
  }, [db]);
}
