/** Split text into lines on CRLF, LF or a lone CR; the terminators are not kept. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}
