import { ImportError } from '../model/ImportError';
import type { FormatParser } from './FormatParser';
import { FORMATS, supportedExtensions } from './formatRegistry';

/** The extension of a file name, lower case, without the dot ('' when none). */
export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * Choose the format for a file: the formats accepting its extension, then among several
 * the first (in registry order) whose `sniff` accepts the text, else the one for which the
 * extension is its first (primary) one, else the first of them — its parser then explains
 * what is wrong. An unknown extension is an ImportError listing the supported ones.
 */
export function detectFormat(fileName: string, text: string): FormatParser {
  const ext = fileExtension(fileName);
  const candidates = FORMATS.filter((f) => f.extensions.includes(ext));
  if (candidates.length === 0) {
    const what = ext ? `files ending in .${ext} are not supported` : 'the file name has no extension';
    throw new ImportError(
      fileName,
      `${what}. duizhao imports ${supportedExtensions().join(', ')}: rename the file if it is one of these, or convert it.`,
    );
  }
  if (candidates.length === 1) return candidates[0];
  return (
    candidates.find((f) => f.sniff?.(text)) ??
    candidates.find((f) => f.extensions[0] === ext) ??
    candidates[0]
  );
}
