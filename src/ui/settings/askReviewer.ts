import { getSetting, type DuizhaoDB } from '../../db';
import { useStore } from '../../store';
import { REVIEWER_SETTING } from './reviewSettings';

/**
 * The reviewer's name for a new revision or decision. Asked once (ReviewerDialog), then
 * read from settings. Resolves null when the reviewer closed the question with Cancel.
 */
export async function askReviewer(db: DuizhaoDB): Promise<string | null> {
  const stored = await getSetting<string>(db, REVIEWER_SETTING);
  if (stored !== undefined) return stored;
  return new Promise<string | null>((resolve) => {
    useStore.getState().setReviewerPrompt((name) => {
      useStore.getState().setReviewerPrompt(null);
      resolve(name);
    });
  });
}
