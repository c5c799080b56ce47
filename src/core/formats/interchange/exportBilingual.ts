import type { ExportFile } from '../export/ExportFile';
import { writeDelimited } from '../delimited/writeDelimited';
import { writeJsonl } from '../delimited/writeJsonl';
import { writePo } from '../po/writePo';
import { writeTmx } from '../tmx/writeTmx';
import { writeXliff12 } from '../xliff12/writeXliff12';
import { writeXliff2 } from '../xliff2/writeXliff2';

export type ExportFormat = 'xliff12' | 'xliff20' | 'xliff21' | 'tmx' | 'po' | 'csv' | 'tsv' | 'jsonl';

export interface ExportFormatInfo {
  id: ExportFormat;
  label: string;
  extension: string;
  mime: string;
  /** Carries per-unit finding counts from the project's findings cache (columns / fields). */
  findingCounts?: boolean;
}

export const EXPORT_FORMATS: ExportFormatInfo[] = [
  { id: 'xliff12', label: 'XLIFF 1.2', extension: 'xlf', mime: 'application/xliff+xml' },
  { id: 'xliff21', label: 'XLIFF 2.1', extension: 'xlf', mime: 'application/xliff+xml' },
  { id: 'xliff20', label: 'XLIFF 2.0', extension: 'xlf', mime: 'application/xliff+xml' },
  { id: 'tmx', label: 'TMX 1.4b', extension: 'tmx', mime: 'application/x-tmx+xml' },
  { id: 'po', label: 'gettext PO', extension: 'po', mime: 'text/x-gettext-translation' },
  { id: 'csv', label: 'CSV (spreadsheet)', extension: 'csv', mime: 'text/csv', findingCounts: true },
  { id: 'tsv', label: 'TSV (tab-separated)', extension: 'tsv', mime: 'text/tab-separated-values', findingCounts: true },
  { id: 'jsonl', label: 'JSON Lines', extension: 'jsonl', mime: 'application/jsonl', findingCounts: true },
];

/** Write a document or a whole project in one of the export formats. */
export function exportBilingual(format: ExportFormat, f: ExportFile): string {
  switch (format) {
    case 'xliff12': return writeXliff12(f);
    case 'xliff20': return writeXliff2(f, { version: '2.0' });
    case 'xliff21': return writeXliff2(f, { version: '2.1' });
    case 'tmx': return writeTmx(f);
    case 'po': return writePo(f);
    case 'csv': return writeDelimited(f, { delimiter: ',' });
    case 'tsv': return writeDelimited(f, { delimiter: '\t' });
    case 'jsonl': return writeJsonl(f);
  }
}

/** A sensible file name: the document (or project) name made safe, `.zh-CN`, the extension. */
export function exportFileName(name: string, format: ExportFormat, targetLang = 'zh-CN'): string {
  const info = EXPORT_FORMATS.find((x) => x.id === format);
  const base = name.replace(/\.[A-Za-z0-9]{1,8}$/, '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, 80) || 'duizhao-export';
  return `${base}.${targetLang}.${info?.extension ?? 'txt'}`;
}
