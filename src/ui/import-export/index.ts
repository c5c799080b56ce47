export { ImportButton } from './ImportButton';
export { ImportStatus } from './ImportStatus';
export { DropZone } from './DropZone';
export { importFile, cancelImport, IMPORT_ACCEPT } from './importFile';
export { importOffThread, type ImportOutcome } from './importOffThread';
export { checkStorageRoom } from './checkStorageRoom';
export { ExportButton } from './ExportButton';
export { RecheckButton } from './RecheckButton';
export { recheckProject, type RecheckOutcome } from './recheckProject';
