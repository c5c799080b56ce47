export { parseDump, dumpMarkerEngine } from './parseDump';
