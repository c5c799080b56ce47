/**
 * Inline tags become single private-use characters (U+E000 + n) in unit text: one UTF-16 code
 * unit per tag, so offsets stay simple and term matching never sees tag text.
 */
export const PLACEHOLDER_BASE = 0xe000;
export const PLACEHOLDER_MAX = 0xf8ff;
export const PLACEHOLDER_RE = /[\uE000-\uF8FF]/g;

export function placeholderChar(n: number): string {
  return String.fromCharCode(PLACEHOLDER_BASE + n);
}

export function isPlaceholder(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && c >= PLACEHOLDER_BASE && c <= PLACEHOLDER_MAX;
}

/** The placeholders in a text, in order. */
export function placeholdersIn(text: string): string[] {
  return text.match(PLACEHOLDER_RE) ?? [];
}

/** Text with the placeholders removed (for exports that cannot carry markup, e.g. PO). */
export function stripPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER_RE, '');
}
