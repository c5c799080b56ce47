/**
 * A sentence inside a text: UTF-16 offsets [start, end) into that text, and
 * `text === original.slice(start, end)`, already trimmed of surrounding whitespace.
 */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}
