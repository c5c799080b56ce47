/** A Latin word in (mostly Chinese) text: letters, digits, inner hyphens/dots (GPT-3, ImageNet-1K). */
export interface LatinToken {
  start: number;
  end: number;
  text: string;
}

const LATIN = /[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*/g;

export function latinTokens(text: string): LatinToken[] {
  const out: LatinToken[] = [];
  for (const m of text.matchAll(LATIN)) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  return out;
}
