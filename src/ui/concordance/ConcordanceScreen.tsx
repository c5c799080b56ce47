import { useDeferredValue, useMemo, useState } from 'react';
import type { ConcordanceGroup, RenderingFix } from '../../core/concordance';
import { useStore } from '../../store';
import { glossaryOffThread, useGlossaryCompile, useGlossaryQuery, useTermbaseStamp } from '../glossary';
import { useRunAction, useUndoRedo } from '../review';
import { ReviewerDialog } from '../settings';
import { useDb } from '../shell/DbContext';
import { ConsistencyReport } from './ConsistencyReport';
import { FixAllDialog } from './FixAllDialog';
import { KwicList, type KwicItem } from './KwicList';
import { useConcordanceVersion } from './useConcordanceVersion';

const EMPTY: never[] = [];

const STATUS_LABEL: Record<string, string> = { preferred: 'preferred', admitted: 'admitted', forbidden: 'forbidden', other: 'not in the termbase', missing: 'no rendering found' };

/**
 * The "Terms" screen: a concordance of a term across the project (English with stemming,
 * or Chinese), KWIC lines grouped by rendering with counts; "Fix all" per group with a
 * preview, as one undoable step; and the Consistency report. The search and the report run
 * in the glossary worker (termbase compiled there, the project's texts read there).
 */
export function ConcordanceScreen() {
  const db = useDb();
  const compile = useGlossaryCompile();
  const tb = useTermbaseStamp();
  const ver = useConcordanceVersion();
  const runAction = useRunAction();
  const { undo } = useUndoRedo();
  const undoTop = useStore((s) => s.undoStack[s.undoStack.length - 1]);
  const [query, setQuery] = useState('');
  const q = useDeferredValue(query);
  const [fixing, setFixing] = useState<ConcordanceGroup | null>(null);
  const [done, setDone] = useState<{ label: string; eventId: number } | null>(null);

  const key = tb && ver && tb.projectId === ver.projectId && q.trim() ? `${tb.projectId}|${tb.stamp}|${ver.version}|${q}` : null;
  const search = useGlossaryQuery(key, () => glossaryOffThread(db, 'concordance', { projectId: ver!.projectId, version: ver!.version, query: q }));
  const answer = key !== null && search.valueKey === key ? search.value : undefined;
  const result = answer?.result ?? null;
  const units = answer?.units ?? EMPTY;
  const items = useMemo(() => {
    const out: KwicItem[] = [];
    result?.groups.forEach((g, index) => {
      out.push({ kind: 'group', group: g, index });
      for (const l of g.lines) out.push({ kind: 'line', line: l, documentId: Number(l.documentId) });
    });
    return out;
  }, [result]);
  const preferred = answer?.preferred ?? '';

  const apply = async (fixes: RenderingFix[], from: string, to: string) => {
    setFixing(null);
    const label = `Fix all: ${from} → ${to} in ${fixes.length} ${fixes.length === 1 ? 'unit' : 'units'}`;
    const eventId = await runAction(
      label,
      fixes.map((f) => ({ type: 'text' as const, unitId: Number(f.unitId), side: 'target' as const, before: f.before, after: f.after, reason: 'fix-all' })),
    );
    if (eventId !== null) setDone({ label, eventId });
  };

  const renderGroup = (g: ConcordanceGroup) => (
    <div style={{ display: 'flex', gap: 12, alignItems: 'baseline', flexWrap: 'wrap' }}>
      <strong lang={result?.lang === 'en' ? 'zh-Hans' : 'en'} className={g.status === 'forbidden' ? 'term-forbidden' : undefined}>
        {g.rendering || (result?.lang === 'en' ? '(no rendering found)' : '(no English term found)')}
      </strong>
      {g.rendering && <span className="chip">{STATUS_LABEL[g.status] ?? g.status}</span>}
      <span>
        {g.count} {g.count === 1 ? 'occurrence' : 'occurrences'}
      </span>
      {(result?.lang === 'zh' || g.rendering) && (
        <button type="button" onClick={() => setFixing(g)} aria-label={`Fix all ${result?.lang === 'en' ? g.rendering : g.lines[0]?.match}${result?.lang === 'zh' ? ` (${g.rendering || 'no English'})` : ''}`}>
          Fix all…
        </button>
      )}
    </div>
  );

  return (
    <main className="screen" aria-labelledby="terms-heading">
      <h2 id="terms-heading">Terms</h2>
      <ReviewerDialog />
      <form className="toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          Search a term (English or Chinese)
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="policy, 策略…" />
        </label>
        {compile.compiling ? (
          <span role="status">Compiling termbase…</span>
        ) : key !== null && !answer && !search.error ? (
          <span role="status">Searching…</span>
        ) : null}
      </form>
      {done && (
        <div role="status" className="notice">
          {done.label}.{' '}
          {undoTop?.eventId === done.eventId && (
            <button type="button" onClick={() => void undo().then(() => setDone(null))}>
              Undo
            </button>
          )}
        </div>
      )}
      {search.error && (
        <p role="alert" className="form-error">
          The search failed ({search.error}). Reload the page to try again; your work is not affected.
        </p>
      )}
      {result && (
        <section aria-label="Concordance">
          <p aria-live="polite">
            {result.total === 0
              ? `“${result.query}” does not occur in this project.`
              : `${result.total} ${result.total === 1 ? 'occurrence' : 'occurrences'} of “${result.query}” in ${result.groups.length} ${result.groups.length === 1 ? 'rendering' : 'renderings'}${result.groupedBy === 'spotting' ? ' (renderings guessed from co-occurrence: the term is not in the termbase)' : ''}.`}
          </p>
          {items.length > 0 && <KwicList items={items} renderGroup={renderGroup} />}
        </section>
      )}
      {fixing && result && (
        <FixAllDialog group={fixing} lang={result.lang} units={units} suggested={result.lang === 'en' ? preferred : ''} onApply={(f, a, b) => void apply(f, a, b)} onClose={() => setFixing(null)} />
      )}
      {tb && ver && tb.projectId === ver.projectId && <ConsistencyReport projectId={ver.projectId} version={`${tb.stamp}|${ver.version}`} dataVersion={ver.version} unitCount={ver.units} onSearch={setQuery} />}
    </main>
  );
}
