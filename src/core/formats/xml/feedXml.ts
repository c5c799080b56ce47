import type { SafeXmlReader } from './SafeXmlReader';
import type { XmlNode } from './XmlNode';

export interface StreamOptions {
  /** Called after each chunk with characters done and total (total = 0 when unknown). */
  onProgress?: (done: number, total: number) => void;
  /** Abort between chunks; the parse rejects with the signal's reason (an AbortError). */
  signal?: AbortSignal;
  /** Characters per chunk when feeding a whole string (default 1 MiB). */
  chunkSize?: number;
}

const DEFAULT_CHUNK = 1 << 20;

/** Feed a whole string in chunks, synchronously (progress is reported, abort checked between chunks). */
export function feedXmlText(reader: SafeXmlReader, text: string, opts: StreamOptions = {}): XmlNode {
  const size = opts.chunkSize ?? DEFAULT_CHUNK;
  for (let i = 0; i < text.length; i += size) {
    opts.signal?.throwIfAborted();
    let end = Math.min(text.length, i + size);
    // never split a surrogate pair between chunks
    if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end++;
    reader.write(text.slice(i, end));
    opts.onProgress?.(end, text.length);
    i = end - size;
  }
  const root = reader.close();
  if (text.length === 0) opts.onProgress?.(0, 0);
  return root;
}

/**
 * Feed chunks as they arrive (a worker reading a File with `stream()` + TextDecoderStream).
 * Yields to the event loop between chunks so an abort can arrive.
 */
export async function feedXmlChunks(
  reader: SafeXmlReader,
  chunks: AsyncIterable<string> | Iterable<string>,
  totalChars: number,
  opts: StreamOptions = {},
): Promise<XmlNode> {
  let done = 0;
  for await (const chunk of chunks) {
    opts.signal?.throwIfAborted();
    reader.write(chunk);
    done += chunk.length;
    opts.onProgress?.(done, totalChars);
    await new Promise<void>((r) => setTimeout(r, 0));
  }
  opts.signal?.throwIfAborted();
  return reader.close();
}
