export { BACKUP_FORMAT, BackupError, type WorkspaceBackup } from './WorkspaceBackup';
export { exportWorkspace } from './exportWorkspace';
export { parseWorkspaceBackup } from './parseWorkspaceBackup';
export { restoreWorkspace, type RestoreMode } from './restoreWorkspace';
