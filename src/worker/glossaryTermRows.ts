import type { TermStatus } from '../core/glossary';
import type { DuizhaoDB } from '../db';
import { loadTermbaseStamp, type GlossaryRow } from '../db/glossary';
import { filterRows } from '../db/glossary/glossaryRows';
import { loadGlossaryRows } from '../db/glossary/loadGlossaryRows';
import type { TermRowsPage } from './glossaryProtocol';

export interface TermRowFilter {
  query: string;
  status: TermStatus | '';
  origin: string;
}

/** Every row of the last project asked about (by termbase stamp), and the last filtered list. */
let all: { key: string; rows: Promise<GlossaryRow[]> } | null = null;
let filtered: { key: string; rows: GlossaryRow[] } | null = null;

/**
 * One page of the Glossary screen's entries (project, imported, built-in; search and
 * filters applied here): the page holds `limit` rows from `offset`, with the filtered and
 * total counts. The entries are read once per termbase stamp, filtered once per filter.
 */
export async function glossaryTermRows(db: DuizhaoDB, projectId: number, filter: TermRowFilter, offset: number, limit: number): Promise<TermRowsPage> {
  const key = `${db.name}|${projectId}|${await loadTermbaseStamp(db, projectId)}`;
  if (all?.key !== key) {
    const rows = loadGlossaryRows(db, projectId);
    all = { key, rows };
    filtered = null;
    rows.catch(() => {
      if (all?.rows === rows) all = null;
    });
  }
  const rows = await all.rows;
  const fkey = `${key}|${filter.query}|${filter.status}|${filter.origin}`;
  if (filtered?.key !== fkey) filtered = { key: fkey, rows: filter.query.trim() || filter.status || filter.origin ? filterRows(rows, filter.query, filter.status, filter.origin) : rows };
  return { total: rows.length, count: filtered.rows.length, offset, rows: filtered.rows.slice(offset, offset + limit) };
}
