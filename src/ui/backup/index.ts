export { WorkspaceMenu } from './WorkspaceMenu';
export { RestoreDialog } from './RestoreDialog';
export { backupFileName } from './backupFileName';
