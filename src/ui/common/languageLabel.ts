/** "English · 0.97" for a detected language and its confidence (0..1). */
export function languageLabel(lang: string | undefined, confidence: number | undefined): string | null {
  if (!lang) return null;
  const name = lang === 'en' ? 'English' : lang === 'zh' ? 'Chinese' : 'Unknown language';
  return confidence === undefined ? name : `${name} · ${confidence.toFixed(2)}`;
}
