const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A short title for the document list: the first words of a text.
 * English: up to `maxWords` words; Chinese (no spaces): up to `maxChars` characters,
 * preferably ending at a clause break. Adds "…" when the text is longer.
 */
export function shortTitle(text: string, maxWords = 8, maxChars = 22): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return '';
  const head = clean.slice(0, 40);
  const cjkCount = [...head].filter((c) => CJK.test(c)).length;
  if (cjkCount > head.length / 3) {
    const chars = [...clean];
    if (chars.length <= maxChars) return clean;
    let cut = chars.slice(0, maxChars).join('');
    const brk = Math.max(cut.lastIndexOf('，'), cut.lastIndexOf('。'), cut.lastIndexOf(','));
    if (brk >= maxChars / 2) cut = cut.slice(0, brk);
    return `${cut}…`;
  }
  const words = clean.split(' ');
  if (words.length <= maxWords) return clean;
  return `${words.slice(0, maxWords).join(' ').replace(/[,;:.]$/, '')}…`;
}
