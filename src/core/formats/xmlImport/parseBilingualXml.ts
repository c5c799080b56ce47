import type { ParsedFile } from '../../model/Unit';
import { feedXmlChunks, feedXmlText, type StreamOptions } from '../xml/feedXml';
import { SafeXmlReader } from '../xml/SafeXmlReader';
import { streamDecoderFor } from '../xml/streamDecoder';
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

/**
 * For a worker reading a large File: raw byte chunks (`file.stream()`), decoded as they come
 * (BOM / UTF-8 / declared GB encodings), parsed incrementally. Progress is in bytes.
 */
export async function parseBilingualXmlByteChunks(
  chunks: AsyncIterable<Uint8Array>,
  fileName: string,
  totalBytes: number,
  opts: StreamOptions = {},
): Promise<ParsedFile> {
  const h = new BilingualXmlHandler(fileName);
  const reader = new SafeXmlReader(fileName, h);
  let decoder: TextDecoder | undefined;
  let warnings: string[] = [];
  let done = 0;
  let probe: Uint8Array[] = [];
  let probed = 0;
  const PROBE = 64 * 1024;
  const start = () => {
    const head = new Uint8Array(probed);
    let o = 0;
    for (const p of probe) { head.set(p, o); o += p.length; }
    ({ decoder, warnings } = streamDecoderFor(head, fileName));
    probe = [];
    reader.write((decoder as TextDecoder).decode(head, { stream: true }));
  };
  for await (const bytes of chunks) {
    opts.signal?.throwIfAborted();
    if (decoder) reader.write(decoder.decode(bytes, { stream: true }));
    else {
      probe.push(bytes);
      probed += bytes.length;
      if (probed >= PROBE) start();
    }
    done += bytes.length;
    opts.onProgress?.(done, totalBytes);
    await new Promise<void>((r) => setTimeout(r, 0));
  }
  opts.signal?.throwIfAborted();
  if (!decoder) start();
  reader.write((decoder as unknown as TextDecoder).decode());
  reader.close();
  const f = h.finish();
  f.warnings.unshift(...warnings);
  return f;
}
