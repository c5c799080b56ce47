import { useDeferredValue, useMemo, useState } from 'react';
import { concordance, type ConcordanceGroup, type ConcordanceUnit, type RenderingFix } from '../../core/concordance';
import { useStore } from '../../store';
import { useCompiledGlossary, useProjectTermbases, useProjectUnits } from '../glossary';
import { useRunAction, useUndoRedo } from '../review';
import { ReviewerDialog } from '../settings';
import { ConsistencyReport } from './ConsistencyReport';
import { FixAllDialog } from './FixAllDialog';
import { KwicList, type KwicItem } from './KwicList';

const STATUS_LABEL: Record<string, string> = { preferred: 'preferred', admitted: 'admitted', forbidden: 'forbidden', other: 'not in the termbase', missing: 'no rendering found' };

/**
 * The "Terms" screen: a concordance of a term across the project (English with stemming,
 * or Chinese), KWIC lines grouped by rendering with counts; "Fix all" per group with a
 * preview, as one undoable step; and the Consistency report.
 */
export function ConcordanceScreen() {
  const data = useProjectUnits();
  const termbases = useProjectTermbases();
  const glossary = useCompiledGlossary(termbases);
  const runAction = useRunAction();
  const { undo } = useUndoRedo();
  const undoTop = useStore((s) => s.undoStack[s.undoStack.length - 1]);
  const [query, setQuery] = useState('');
  const q = useDeferredValue(query);
  const [fixing, setFixing] = useState<ConcordanceGroup | null>(null);
  const [done, setDone] = useState<{ label: string; eventId: number } | null>(null);

  const units: ConcordanceUnit[] = useMemo(
    () => (data ? data.units.map((cu) => ({ id: String(cu.unit.id), source: cu.source, target: cu.target, documentId: String(cu.unit.documentId) })) : []),
    [data],
  );
  const result = useMemo(() => (glossary && q.trim() ? concordance(units, q, glossary) : null), [units, q, glossary]);
  const items = useMemo(() => {
    const out: KwicItem[] = [];
    result?.groups.forEach((g, index) => {
      out.push({ kind: 'group', group: g, index });
      for (const l of g.lines) out.push({ kind: 'line', line: l, documentId: Number(l.documentId) });
    });
    return out;
  }, [result]);
  const preferred = result?.conceptIds.map((id) => glossary?.concepts.get(id)?.preferred).find(Boolean) ?? '';

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
        {!glossary && <span role="status">Preparing the termbase…</span>}
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
      {glossary && <ConsistencyReport units={units} glossary={glossary} onSearch={setQuery} />}
    </main>
  );
}
