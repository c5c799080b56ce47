export type { FormatParser } from './FormatParser';
export { FORMATS, registerFormat, supportedExtensions } from './formatRegistry';
export { BUILTIN_FORMATS } from './builtinFormats';
export { detectFormat, fileExtension } from './detectFormat';
export { decodeText } from './decodeText';
export { parseFileBytes } from './parseFileBytes';
export { parseDump, dumpMarkerEngine } from './parseDump';
export { splitLines } from './splitLines';
