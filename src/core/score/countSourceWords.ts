import { countWords } from '../text/countWords';

const HAN = /\p{Script=Han}/u;

/**
 * Word count used to normalise MQM penalties: `countWords` of src/core/text (English:
 * runs of letters/digits with inner ' - . joined, so state-of-the-art is one word).
 * A source with Chinese characters is counted the Chinese way (one per character, plus
 * each Latin word), so a Chinese source is counted sensibly too.
 */
export function countSourceWords(text: string): number {
  return countWords(text, HAN.test(text) ? 'zh' : 'en');
}
