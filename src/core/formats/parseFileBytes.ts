import type { ParsedFile } from '../model/Unit';
import { decodeText } from './decodeText';
import { detectFormat, fileExtension } from './detectFormat';
import { FORMATS } from './formatRegistry';

/**
 * Bytes of a file the user chose → parsed units: decode (UTF-8/UTF-16/GB18030), pick the
 * format by extension (and content when several share it), parse. A format with
 * `parseBytes` that is the only one for its extension gets the bytes undecoded.
 * Throws `ImportError` (file, line, problem); never returns a partial result.
 */
export function parseFileBytes(bytes: Uint8Array, fileName: string): ParsedFile {
  const ext = fileExtension(fileName);
  const byExt = FORMATS.filter((f) => f.extensions.includes(ext));
  if (byExt.length === 1 && byExt[0].parseBytes) return byExt[0].parseBytes(bytes, fileName);
  const text = decodeText(bytes, fileName);
  const format = detectFormat(fileName, text);
  return format.parseBytes ? format.parseBytes(bytes, fileName) : format.parse(text, fileName);
}
