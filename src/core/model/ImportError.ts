/**
 * A problem with a file the user gave. The message names the file, the line (1-based,
 * when known) and the problem, and says what to do. Importers throw it; nothing is stored.
 */
export class ImportError extends Error {
  readonly fileName: string;
  readonly line?: number;
  readonly column?: number;
  readonly problem: string;

  constructor(fileName: string, problem: string, line?: number, column?: number) {
    const where = line !== undefined ? `, line ${line}${column !== undefined ? `, column ${column}` : ''}` : '';
    super(`${fileName}${where}: ${problem}`);
    this.name = 'ImportError';
    this.fileName = fileName;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }
}
