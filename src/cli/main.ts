export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  cwd: string;
}
export async function main(argv: string[], io: CliIO): Promise<number> {
  io.stderr.write(`duizhao: unknown command ${argv[0] ?? ''}\n`);
  return 2;
}
