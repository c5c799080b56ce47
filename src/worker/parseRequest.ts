import { parseFileBytes } from '../core/formats';
import type { ParseRequest, ParseResponse } from './importProtocol';
import { toParseFailure } from './toParseFailure';

/** Handles one parse request (in the worker, or in-process when there is no Worker). */
export function parseRequest(req: ParseRequest): ParseResponse {
  try {
    return { id: req.id, ok: true, parsed: parseFileBytes(req.bytes, req.fileName) };
  } catch (err) {
    return { id: req.id, ok: false, error: toParseFailure(err, req.fileName) };
  }
}
