import type { ParseFailure } from './importProtocol';

/** Turns anything thrown by a parser into the plain failure shown to the user. */
export function toParseFailure(err: unknown, fileName: string): ParseFailure {
  const e = err as { fileName?: unknown; problem?: unknown; line?: unknown; column?: unknown; message?: unknown };
  if (e && typeof e.problem === 'string') {
    return {
      fileName: typeof e.fileName === 'string' ? e.fileName : fileName,
      problem: e.problem,
      ...(typeof e.line === 'number' ? { line: e.line } : {}),
      ...(typeof e.column === 'number' ? { column: e.column } : {}),
    };
  }
  const msg = e && typeof e.message === 'string' ? e.message : String(err);
  return {
    fileName,
    problem: `the file could not be read (${msg}). Check that it is a dump (.txt), TSV, CSV or JSONL file.`,
  };
}
