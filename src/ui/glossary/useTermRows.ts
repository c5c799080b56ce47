import { useCallback, useEffect, useRef, useState } from 'react';
import type { TermStatus } from '../../core/glossary';
import type { GlossaryRow } from '../../db/glossary';
import { useDb } from '../shell/DbContext';
import { glossaryOffThread } from './glossaryOffThread';
import { useTermbaseStamp } from './useTermbaseStamp';
import { useAlive } from '../common/useAlive';

/** Rows fetched per request. */
const PAGE = 200;

export interface TermRows {
  /** False until the first page arrives. */
  ready: boolean;
  /** Entries in use, and those matching the search and filters. */
  total: number;
  count: number;
  /** The row at index i of the filtered list, undefined while its page loads. */
  rowAt: (i: number) => GlossaryRow | undefined;
  /** Asks for the pages holding rows from..to (the visible ones). */
  want: (from: number, to: number) => void;
  error: string | null;
}

interface Loaded {
  base: string;
  total: number;
  count: number;
  pages: Map<number, GlossaryRow[]>;
}

/**
 * The Glossary screen's entries, searched, filtered and paged by the glossary worker: the
 * page holds only the pages of rows on screen (200 at a time), never all 10,000 entries.
 * Fetched again when the termbase (stamp) or the filters change; the previous rows stay
 * shown until the new first page arrives.
 */
export function useTermRows(query: string, status: TermStatus | '', origin: string): TermRows {
  const db = useDb();
  const tb = useTermbaseStamp();
  const projectId = tb?.projectId ?? null;
  const base = tb ? `${tb.projectId}|${tb.stamp}|${query}|${status}|${origin}` : null;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef<string | null>(null);
  const requested = useRef(new Set<number>());
  latest.current = base;
  const alive = useAlive();

  const fetchPage = useCallback(
    (page: number) => {
      if (projectId === null || base === null || requested.current.has(page)) return;
      requested.current.add(page);
      glossaryOffThread(db, 'termRows', { projectId, query, status, origin, offset: page * PAGE, limit: PAGE }).then(
        (res) => {
          if (!alive.current || latest.current !== base) return;
          setError(null);
          setLoaded((s) => {
            const pages = new Map(s && s.base === base ? s.pages : []);
            pages.set(page, res.rows);
            return { base, total: res.total, count: res.count, pages };
          });
        },
        (err: unknown) => {
          requested.current.delete(page);
          if (alive.current && latest.current === base) setError(err instanceof Error ? err.message : String(err));
        },
      );
    },
    [db, projectId, base, query, status, origin],
  );

  useEffect(() => {
    requested.current = new Set();
    fetchPage(0);
  }, [fetchPage]);

  const rowAt = useCallback((i: number) => loaded?.pages.get(Math.floor(i / PAGE))?.[i % PAGE], [loaded]);
  const want = useCallback(
    (from: number, to: number) => {
      for (let p = Math.floor(Math.max(0, from) / PAGE); p <= Math.floor(Math.max(0, to) / PAGE); p++) fetchPage(p);
    },
    [fetchPage],
  );
  return { ready: loaded !== null, total: loaded?.total ?? 0, count: loaded?.count ?? 0, rowAt, want, error };
}
