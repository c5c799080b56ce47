export { App } from './App';
export { DbProvider, useDb, getDefaultDb } from './DbContext';
export { ConfirmDialog } from '../common/ConfirmDialog';
