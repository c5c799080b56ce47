export { askReviewer } from './askReviewer';
export { ReviewerDialog } from './ReviewerDialog';
export { SettingsDialog } from './SettingsDialog';
export { useReviewSettings } from './useReviewSettings';
export { REVIEWER_SETTING, MQM_SETTING, type ReviewSettings } from './reviewSettings';
