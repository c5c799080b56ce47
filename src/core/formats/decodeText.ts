import { ImportError } from '../model/ImportError';

const SAMPLE = 64 * 1024;
const TEXT_FILES = 'choose a text file (a dump .txt, .tsv, .csv, .jsonl, …) saved as UTF-8';

/**
 * Turn a file's bytes into text:
 * - UTF-8 with or without BOM; UTF-16 LE/BE with BOM (or, without BOM, when every other
 *   byte of the start is zero); the BOM is not part of the text.
 * - GB18030 (a superset of GBK/GB2312) when the bytes are not valid UTF-8 and decode as
 *   GB18030 into mostly Chinese.
 * - ImportError for an empty file, a binary file (NUL bytes, many control characters,
 *   ZIP/PDF/image signatures) and bytes that are neither, naming the first bad line.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) throw new ImportError(fileName, `the file is empty (0 bytes): ${TEXT_FILES}.`);

  const b0 = bytes[0];
  const b1 = bytes[1];
  let text: string;
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) text = decodeStrict('utf-8', bytes.subarray(3), fileName);
  else if (b0 === 0xff && b1 === 0xfe) text = decodeStrict('utf-16le', bytes.subarray(2), fileName);
  else if (b0 === 0xfe && b1 === 0xff) text = decodeStrict('utf-16be', bytes.subarray(2), fileName);
  else {
    rejectKnownBinary(bytes, fileName);
    const utf16 = guessBomlessUtf16(bytes);
    if (utf16) text = decodeStrict(utf16, bytes, fileName);
    else {
      rejectBinaryBytes(bytes, fileName);
      text = decodeUtf8OrGb18030(bytes, fileName);
    }
  }
  if (text.length === 0) throw new ImportError(fileName, `the file is empty (it holds only a byte order mark): ${TEXT_FILES}.`);
  rejectBinaryText(text, fileName);
  return text;
}

function decodeStrict(encoding: string, bytes: Uint8Array, fileName: string): string {
  try {
    // ignoreBOM: the BOM was already removed; a second one would be content.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ImportError(
      fileName,
      `the file starts like ${encoding.toUpperCase()} text but contains invalid ${encoding.toUpperCase()} data: save it again as UTF-8 and re-import.`,
    );
  }
}

/** UTF-16 without BOM: in the first KB, zero bytes at all odd (LE) or all even (BE) positions. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.02) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.02) return 'utf-16be';
  return null;
}

const SIGNATURES: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive, e.g. .xlsx/.docx: export it as CSV or text first'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document: copy its text into a .txt file first'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x1f, 0x8b], 'a gzip archive: unpack it first'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document (.xls/.doc): export it as CSV or text first'],
];

function binaryError(fileName: string, why: string): ImportError {
  return new ImportError(fileName, `looks like a binary file, not text (${why}): ${TEXT_FILES}.`);
}

function rejectKnownBinary(bytes: Uint8Array, fileName: string): void {
  for (const [sig, what] of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b)) throw binaryError(fileName, what);
  }
}

function rejectBinaryBytes(bytes: Uint8Array, fileName: string): void {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) throw binaryError(fileName, `it contains a NUL byte at byte ${i + 1}`);
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > n * 0.05) throw binaryError(fileName, `${Math.round((100 * control) / n)}% control characters`);
}

function rejectBinaryText(text: string, fileName: string): void {
  const n = Math.min(text.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw binaryError(fileName, `it contains a NUL character at position ${i + 1}`);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  if (control > n * 0.05) throw binaryError(fileName, `${Math.round((100 * control) / n)}% control characters`);
}

function decodeUtf8OrGb18030(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: try the Chinese national encoding before giving up
  }
  let gb: string | null = null;
  try {
    gb = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    gb = null;
  }
  if (gb !== null && mostlyChinese(gb)) return gb;
  const bad = firstInvalidUtf8(bytes);
  const { line, column } = lineAndColumn(bytes, bad);
  throw new ImportError(
    fileName,
    `the text is not valid UTF-8 (invalid byte 0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')}) ` +
      'and does not read as GB18030/GBK Chinese either: save the file as UTF-8 and import it again.',
    line,
    column,
  );
}

/** GB18030 decodes many byte soups; accept it only when its non-ASCII text is mostly Chinese. */
function mostlyChinese(text: string): boolean {
  let nonAscii = 0;
  let cjk = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) cjk++;
  }
  return nonAscii > 0 && cjk >= nonAscii * 0.8;
}

/** Index of the first byte that breaks UTF-8 (bytes are known to be invalid somewhere). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need = 0;
    if (c < 0x80) need = 0;
    else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, b.length - 1);
}

/** 1-based line and column (in bytes) of a byte offset. */
function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
