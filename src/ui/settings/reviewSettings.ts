import type { MqmConfig } from '../../core/score';

/** Settings keys (Dexie `settings` table). */
export const REVIEWER_SETTING = 'reviewerName';
export const MQM_SETTING = 'mqmConfig';

export interface ReviewSettings {
  /** undefined = never asked; '' = the reviewer chose not to give a name. */
  reviewerName: string | undefined;
  mqm: MqmConfig;
}
