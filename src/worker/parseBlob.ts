import { fileExtension, parseBilingualXmlByteChunks, parseFileBytes } from '../core/formats';
import type { ParsedFile } from '../core/model';

const STREAMED = new Set(['xlf', 'xliff', 'tmx']);

async function* blobChunks(blob: Blob): AsyncIterable<Uint8Array> {
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * Parses a file the user chose. XLIFF and TMX are streamed (decoded and parsed chunk by
 * chunk, progress in bytes, abort between chunks) so a 100 MB file never sits in memory
 * twice; other formats are read whole and parsed by `parseFileBytes`.
 * Throws ImportError (file, line, problem) for a bad file, the signal's reason on abort.
 */
export async function parseBlob(
  blob: Blob,
  fileName: string,
  opts: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<ParsedFile> {
  opts.signal?.throwIfAborted();
  if (STREAMED.has(fileExtension(fileName)) && typeof blob.stream === 'function') {
    return parseBilingualXmlByteChunks(blobChunks(blob), fileName, blob.size, opts);
  }
  const bytes = new Uint8Array(await blob.arrayBuffer());
  opts.signal?.throwIfAborted();
  const parsed = parseFileBytes(bytes, fileName);
  opts.onProgress?.(blob.size, blob.size);
  return parsed;
}
