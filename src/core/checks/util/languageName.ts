/** English name of a franc ISO 639-3 code, for messages ("detected: English, confidence 0.93"). */
const NAMES: Record<string, string> = {
  eng: 'English',
  cmn: 'Chinese',
  jpn: 'Japanese',
  kor: 'Korean',
  deu: 'German',
  fra: 'French',
  spa: 'Spanish',
  rus: 'Russian',
  und: 'an undetermined language',
};

export function languageName(code: string): string {
  return NAMES[code] ?? code;
}
