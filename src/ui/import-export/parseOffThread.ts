import type { ParsedFile } from '../../core/model';
import type { ParseFailure, ParseRequest, ParseResponse } from '../../worker/importProtocol';

/** Rejection of `parseOffThread` when the file is bad: carries the file/line/problem. */
export class ParseFailed extends Error {
  readonly failure: ParseFailure;
  constructor(failure: ParseFailure) {
    super(`${failure.fileName}${failure.line ? `, line ${failure.line}` : ''}: ${failure.problem}`);
    this.name = 'ParseFailed';
    this.failure = failure;
  }
}

let nextId = 1;

function abortError(): DOMException {
  return new DOMException('The import was cancelled; nothing was stored.', 'AbortError');
}

/**
 * Parses file bytes in a module Web Worker (in-process when `Worker` is undefined, e.g. jsdom).
 * Rejects with `ParseFailed` for a bad file and with an AbortError when `signal` fires.
 */
export async function parseOffThread(bytes: Uint8Array, fileName: string, signal?: AbortSignal): Promise<ParsedFile> {
  if (signal?.aborted) throw abortError();
  const req: ParseRequest = { id: nextId++, bytes, fileName };
  if (typeof Worker === 'undefined') {
    const { parseRequest } = await import('../../worker/parseRequest');
    const res = parseRequest(req);
    if (signal?.aborted) throw abortError();
    if (!res.ok) throw new ParseFailed(res.error);
    return res.parsed;
  }
  const worker = new Worker(new URL('../../worker/importWorker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ParsedFile>((resolve, reject) => {
      const onAbort = () => reject(abortError());
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.onmessage = (e: MessageEvent<ParseResponse>) => {
        signal?.removeEventListener('abort', onAbort);
        if (e.data.ok) resolve(e.data.parsed);
        else reject(new ParseFailed(e.data.error));
      };
      worker.onerror = (e: ErrorEvent) => {
        signal?.removeEventListener('abort', onAbort);
        reject(new ParseFailed({ fileName, problem: `the import worker failed (${e.message || 'unknown error'}). Reload the page and try again.` }));
      };
      worker.postMessage(req, [bytes.buffer]);
    });
  } finally {
    worker.terminate();
  }
}
