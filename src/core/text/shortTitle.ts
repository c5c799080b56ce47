import { isHanCode } from './scriptCounts';

/**
 * A short title for a document list: the first words of the text.
 * English: up to `maxWords` words (default 8) and at most `maxChars` characters (default 60).
 * Chinese (the text starts with Han): up to 20 characters, stopping at the first 。！？；
 * Cut text ends with "…". Whitespace (incl. newlines) collapses to single spaces.
 */
export function shortTitle(text: string, maxWords = 8, maxChars = 60): string {
  const flat = text.slice(0, 400).replace(/\s+/g, ' ').trim();
  if (!flat) return '';
  const cjk = isHanCode(flat.charCodeAt(0)) || /^[\p{P}\s]*\p{Script=Han}/u.test(flat.slice(0, 4));
  if (cjk) {
    const stop = flat.search(/[。！？；]/);
    const limit = 20;
    if (stop >= 0 && stop <= limit) return flat.slice(0, stop);
    return flat.length > limit ? `${[...flat].slice(0, limit).join('')}…` : flat;
  }
  const words = flat.split(' ');
  let out = '';
  let i = 0;
  for (; i < words.length && i < maxWords; i++) {
    const next = out ? `${out} ${words[i]}` : words[i];
    if (next.length > maxChars) break;
    out = next;
  }
  if (!out) out = flat.slice(0, maxChars);
  if (out.length >= flat.length) return flat;
  return `${out.replace(/[\s,;:.]+$/, '')}…`;
}
