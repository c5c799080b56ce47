import { downloadText } from '../common/downloadText';

/** Offers `text` as a JSON download named `fileName`. */
export function downloadJson(text: string, fileName: string): void {
  downloadText(text, fileName, 'application/json');
}
