import type { Concept, EnTerm } from '../../glossary/Termbase';
import { ImportError } from '../../model/ImportError';
import { IMPORTED_TERMBASE_PRIORITY, type ParsedTermbase } from '../tbx/parseTbx';

const HAN = /\p{Script=Han}/u;

/** Split at the first full-width comma, else a tab, else the ASCII comma after the Chinese, else ` - `. */
function splitPair(line: string): string[] {
  for (const sep of ['，', '\t']) {
    const i = line.indexOf(sep);
    if (i >= 0) return [line.slice(0, i).trim(), line.slice(i + 1).trim()].filter(Boolean);
  }
  const m = /^([^,]*\p{Script=Han}[^,]*),\s*(.+)$/u.exec(line) ?? /^(.+?),\s*([^,]*\p{Script=Han}[^,]*)$/u.exec(line) ?? /^(.+?)\s+-\s+(.+)$/.exec(line);
  return m ? [m[1].trim(), m[2].trim()] : [line];
}

/**
 * The "one pair per line" lists people keep, e.g. `中文，english` (full-width comma; an ASCII
 * comma, a tab or ` - ` work too), Chinese first or English first. Markdown headings, list
 * markers and blank lines are ignored; `english (ACR)` gives the acronym. Lines that are not a
 * pair are reported (first five) as warnings.
 */
export function parseTermPairs(text: string, fileName: string): ParsedTermbase {
  const concepts: Concept[] = [];
  const byEn = new Map<string, Concept>();
  const warnings: string[] = [];
  let bad = 0;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim();
    if (!line || line.startsWith('#') || line.startsWith('```') || /^\|?\s*-{3,}/.test(line)) return;
    const parts = splitPair(line);
    if (parts.length !== 2) { if (++bad <= 5) warnings.push(`${fileName}, line ${i + 1}: not a "中文，english" pair; skipped.`); return; }
    let [zh, en] = parts;
    if (!HAN.test(zh) && HAN.test(en)) [zh, en] = [en, zh];
    if (!HAN.test(zh) || !/[A-Za-z]/.test(en)) { if (++bad <= 5) warnings.push(`${fileName}, line ${i + 1}: expected one Chinese and one English term; skipped.`); return; }
    const m = /^(.*?)\s*[(（]\s*([A-Za-z][A-Za-z0-9-]*s?)\s*[)）]$/.exec(en);
    const term: EnTerm = m ? { text: m[1], acronym: m[2] } : { text: en };
    const k = term.text.toLowerCase();
    let c = byEn.get(k);
    if (!c) {
      c = { id: `pair-${concepts.length + 1}`, en: [term], zh: [], provenance: { origin: `imported:${fileName}` } };
      byEn.set(k, c);
      concepts.push(c);
    }
    if (!c.zh.some((z) => z.text === zh)) c.zh.push({ text: zh, status: 'preferred' });
  });
  if (bad > 5) warnings.push(`${fileName}: ${bad - 5} more lines were not pairs.`);
  if (concepts.length === 0) throw new ImportError(fileName, 'no "中文，english" pairs found; write one pair per line, Chinese, a full-width comma, then English');
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return { termbase: { id: `imported:${fileName}`, name, priority: IMPORTED_TERMBASE_PRIORITY, concepts }, warnings };
}
