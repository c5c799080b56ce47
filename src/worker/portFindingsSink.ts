import type { FindingChunkRecord } from '../db';
import type { WriteAck, WriteBatch } from './findingsWriterProtocol';

/** Writes one batch of finding chunks; resolves once it is committed. */
export type FindingsSink = (chunks: FindingChunkRecord[]) => Promise<void>;

/**
 * A sink that hands each batch to the findings writer worker over `port` (one structured
 * clone of the whole batch, instead of one IndexedDB request per record on this thread) and
 * resolves when the writer reports the batch committed.
 */
export function portFindingsSink(port: MessagePort): FindingsSink {
  let seq = 0;
  const waiting = new Map<number, { resolve: () => void; reject: (err: Error) => void }>();
  port.onmessage = (e: MessageEvent<WriteAck>) => {
    const w = waiting.get(e.data.seq);
    if (!w) return;
    waiting.delete(e.data.seq);
    if (e.data.ok) w.resolve();
    else w.reject(new Error(`the findings could not be saved (${e.data.message})`));
  };
  return (chunks) =>
    new Promise<void>((resolve, reject) => {
      const batch: WriteBatch = { seq: ++seq, chunks };
      waiting.set(batch.seq, { resolve, reject });
      port.postMessage(batch);
    });
}
