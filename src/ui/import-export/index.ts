export { ImportButton } from './ImportButton';
export { ImportStatus } from './ImportStatus';
export { DropZone } from './DropZone';
export { importFile, cancelImport, IMPORT_ACCEPT } from './importFile';
export { parseOffThread, ParseFailed } from './parseOffThread';
export { ExportButton } from './ExportButton';
