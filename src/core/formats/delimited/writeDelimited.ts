import Papa from 'papaparse';
import { finalTarget, type ExportFile } from '../export/ExportFile';
import { placeholderLabel } from '../placeholders/placeholderLabel';
import type { InlineTag } from '../../model/Unit';
import { csvSafe } from './csvSafe';

export interface DelimitedOptions {
  /** ',' (CSV, default) or '\t' (TSV). */
  delimiter?: ',' | '\t';
}

/** Placeholders become their labels (`<g1>`), the only way a spreadsheet can show them. */
export function labelTags(text: string, tags: readonly InlineTag[] | undefined): string {
  if (!tags?.length || !/[\uE000-\uF8FF]/.test(text)) return text;
  const byId = new Map(tags.map((t) => [t.id, t]));
  return text.replace(/[\uE000-\uF8FF]/g, (c) => {
    const t = byId.get(c);
    return t ? placeholderLabel(t) : '';
  });
}

/**
 * CSV/TSV (RFC 4180: quoted fields, doubled quotes, CRLF): document, id, source,
 * machine translation, target (= the corrected translation), state, reviewer, MQM score, then
 * one column per finding count key. Every cell is formula-neutralised (`csvSafe`). The
 * id/source/target/document columns are the ones duizhao's own CSV/TSV import reads back.
 */
export function writeDelimited(f: ExportFile, opts: DelimitedOptions = {}): string {
  const countKeys: string[] = [];
  for (const d of f.documents) for (const u of d.units) for (const k of Object.keys(u.findingCounts ?? {})) if (!countKeys.includes(k)) countKeys.push(k);
  const header = ['document', 'id', 'source', 'machine translation', 'target', 'state', 'reviewer', 'MQM score', ...countKeys.map((k) => `findings ${k}`)];
  const rows: string[][] = [header];
  for (const d of f.documents) {
    for (const u of d.units) {
      const mt = u.mt ?? (u.corrected !== undefined ? u.target : ((u.extra?.mt as string | undefined) ?? ''));
      rows.push([
        d.name,
        u.id,
        labelTags(u.source, u.tags),
        labelTags(mt, u.tags),
        labelTags(finalTarget(u), u.tags),
        u.reviewState ?? u.state ?? '',
        u.reviewer ?? '',
        u.mqmScore === undefined ? '' : String(u.mqmScore),
        ...countKeys.map((k) => String(u.findingCounts?.[k] ?? 0)),
      ].map(csvSafe));
    }
  }
  return Papa.unparse(rows, { delimiter: opts.delimiter ?? ',', newline: '\r\n', quotes: false, escapeFormulae: false }) + '\r\n';
}
