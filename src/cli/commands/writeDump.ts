import type { ExportFile } from '../../core/formats';
import { finalTarget, tagsToText } from '../../core/formats';

/** The seed dump layout: each unit's text (target, else source) on one block, then `translated by ENGINE`. */
export function writeDump(f: ExportFile): string {
  let s = '';
  for (const d of f.documents) {
    for (const u of d.units) {
      const text = tagsToText(finalTarget(u) || u.source, u.tags, u.extra?.tagFormat).replace(/\r?\n/g, ' ');
      s += `${text}\ntranslated by ${u.engine ?? 'duizhao'}\n`;
    }
  }
  return s;
}
