import type { ParsedFile } from '../../model/Unit';
import { feedXmlChunks, feedXmlText, type StreamOptions } from '../xml/feedXml';
import { SafeXmlReader } from '../xml/SafeXmlReader';
import { BilingualXmlHandler } from './BilingualXmlHandler';

/** Parse an XLIFF 1.1/1.2/2.x or TMX file held as text (chunked, with progress and abort). */
export function parseBilingualXml(text: string, fileName: string, opts: StreamOptions = {}): ParsedFile {
  const h = new BilingualXmlHandler(fileName);
  const reader = new SafeXmlReader(fileName, h);
  feedXmlText(reader, text, opts);
  return h.finish();
}

/** Same, from chunks as they arrive (a worker streaming a 100 MB file). */
export async function parseBilingualXmlChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
  fileName: string,
  totalChars: number,
  opts: StreamOptions = {},
): Promise<ParsedFile> {
  const h = new BilingualXmlHandler(fileName);
  const reader = new SafeXmlReader(fileName, h);
  await feedXmlChunks(reader, chunks, totalChars, opts);
  return h.finish();
}
