import Papa from 'papaparse';
import type { Concept, EnTerm, Termbase, ZhTerm } from '../../glossary/Termbase';
import { ImportError } from '../../model/ImportError';
import { IMPORTED_TERMBASE_PRIORITY, type ParsedTermbase } from '../tbx/parseTbx';
import { parseTermStatus } from './termStatus';

type Field = 'id' | 'en' | 'zh' | 'status' | 'note' | 'domain' | 'definition' | 'forbidden' | 'pos' | 'dnt' | 'acronym' | 'variants';

/** Header names people use, lower-cased with spaces/underscores/hyphens removed. */
const HEADERS: Record<string, Field> = {};
const add = (f: Field, names: string[]) => { for (const n of names) HEADERS[n] = f; };
add('id', ['id', 'concept', 'conceptid', 'entry', 'entryid']);
add('en', ['en', 'english', 'source', 'term', 'enterm', 'englishterm', 'sourceterm', 'enus', 'engb', 'sourcelanguage', '英文', '英语', '原文']);
add('zh', ['zh', 'chinese', 'target', 'zhcn', 'zhhans', 'zhterm', 'chineseterm', 'targetterm', 'translation', 'approved', '中文', '译文', '译名', '中文术语', '术语']);
add('status', ['status', 'zhstatus', 'administrativestatus', 'termstatus', '状态']);
add('note', ['note', 'notes', 'comment', 'comments', 'remark', '备注', '说明']);
add('domain', ['domain', 'subject', 'subjectfield', 'field', 'category', '领域', '分类']);
add('definition', ['definition', 'def', '定义']);
add('forbidden', ['forbidden', 'donotuse', 'deprecated', 'wrong', 'avoid', '禁用', '禁用译名', '错误译名']);
add('pos', ['pos', 'partofspeech', '词性']);
add('dnt', ['dnt', 'donottranslate', 'keep', '不译']);
add('acronym', ['acronym', 'abbreviation', 'abbr', '缩写']);
add('variants', ['variants', 'envariants', 'variant', 'synonyms', '变体']);

const key = (h: string) => h.trim().toLowerCase().replace(/[\s_\-()（）]/g, '');
const split = (s: string) => s.split(/[;；|]/).map((x) => x.trim()).filter(Boolean);
const unformula = (s: string) => s.replace(/^'(?=[=+\-@\t\r])/, '');
const truthy = (s: string) => /^(1|y|yes|true|x|是|✓)$/i.test(s.trim());

/**
 * CSV/TSV termbase with a header row. Columns are matched by common names (en/english/source,
 * zh/chinese/target/中文, status, note, domain, definition, forbidden, pos, dnt, acronym,
 * variants, id). Rows with the same id — or without an id, the same English term — are one
 * concept; a zh cell may list several renderings separated by `;`.
 */
export function parseTermbaseCsv(text: string, fileName: string, delimiter?: string): ParsedTermbase {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const res = Papa.parse<string[]>(text.trimEnd(), { delimiter: delimiter ?? '', skipEmptyLines: 'greedy' });
  const rows = res.data;
  const bad = res.errors.find((e) => e.type === 'Quotes');
  if (bad) throw new ImportError(fileName, `unbalanced quotes (${bad.message}); close the quoted field and import again`, (bad.row ?? 0) + 1);
  if (rows.length === 0) throw new ImportError(fileName, 'the file is empty: a termbase table needs a header row (en, zh, …) and one row per term');
  const header = rows[0].map(key);
  const col: Partial<Record<Field, number>> = {};
  header.forEach((h, i) => { const f = HEADERS[h]; if (f && col[f] === undefined) col[f] = i; });
  if (col.en === undefined) {
    throw new ImportError(fileName, `no English column in the header (${rows[0].join(', ')}); name one column "en" (or english/source) and one "zh" (or chinese/target)`, 1);
  }
  const warnings: string[] = [];
  const concepts: Concept[] = [];
  const byKey = new Map<string, Concept>();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r].map(unformula);
    const get = (f: Field) => (col[f] !== undefined ? (row[col[f] as number] ?? '').trim() : '');
    const en = get('en');
    if (!en) { warnings.push(`${fileName}, row ${r + 1}: no English term; the row was skipped.`); continue; }
    const id = get('id');
    const k = id || en.toLowerCase();
    let c = byKey.get(k);
    if (!c) {
      c = { id: id || `csv-${concepts.length + 1}`, en: [], zh: [], provenance: { origin: `imported:${fileName}` } };
      byKey.set(k, c);
      concepts.push(c);
    }
    if (!c.en.some((e) => e.text === en)) {
      const e: EnTerm = { text: en };
      const v = split(get('variants'));
      if (v.length) e.variants = v;
      if (get('acronym')) e.acronym = get('acronym');
      if (get('pos')) e.partOfSpeech = get('pos');
      c.en.push(e);
    }
    const status = parseTermStatus(get('status'));
    if (get('status') && !status) warnings.push(`${fileName}, row ${r + 1}: unknown status "${get('status')}" (use preferred, admitted or forbidden); read as preferred.`);
    const note = get('note');
    for (const z of split(get('zh'))) {
      if (c.zh.some((x) => x.text === z)) continue;
      const t: ZhTerm = { text: z, status: status ?? 'preferred' };
      if (note && col.zh !== undefined) t.note = note;
      c.zh.push(t);
    }
    for (const z of split(get('forbidden'))) if (!c.zh.some((x) => x.text === z)) c.zh.push({ text: z, status: 'forbidden' });
    if (get('domain')) c.domain ??= get('domain');
    if (get('definition')) c.definition ??= get('definition');
    if (note && !split(get('zh')).length) c.note = c.note ? `${c.note}\n${note}` : note;
    if (truthy(get('dnt'))) c.dnt = true;
  }
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const termbase: Termbase = { id: `imported:${fileName}`, name, priority: IMPORTED_TERMBASE_PRIORITY, concepts };
  return { termbase, warnings };
}
