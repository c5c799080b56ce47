export { SHORTCUTS } from './SHORTCUTS';
export { ShortcutsDialog } from './ShortcutsDialog';
export { useReviewShortcuts, type ShortcutHandlers } from './useReviewShortcuts';
export { isTypingTarget } from './isTypingTarget';
