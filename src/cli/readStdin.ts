/** Reads all of standard input as bytes. */
export async function readStdin(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stdin as AsyncIterable<Buffer | string>) chunks.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : c);
  const all = Buffer.concat(chunks);
  // a plain Uint8Array over the joined bytes, not a second copy of them
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}

/**
 * A file name for bytes read from standard input, so the format can be picked by its
 * extension: XML by its root (TMX, else XLIFF), PO by msgid, JSON lines by `{`, a table by
 * a tab or comma in the header line, else the dump.
 */
export function stdinFileName(bytes: Uint8Array): string {
  let head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  if (bytes[0] === 0xff || bytes[0] === 0xfe) head = new TextDecoder('utf-16le').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const trimmed = head.trimStart();
  if (trimmed.startsWith('<')) return /<tmx[\s>]/.test(head) ? 'stdin.tmx' : 'stdin.xlf';
  if (/^(msgid|msgctxt)\s/m.test(head)) return 'stdin.po';
  if (trimmed.startsWith('{')) return 'stdin.jsonl';
  const first = trimmed.split(/\r?\n/, 1)[0] ?? '';
  if (first.includes('\t')) return 'stdin.tsv';
  if (/^"?id"?,/i.test(first)) return 'stdin.csv';
  return 'stdin.txt';
}
