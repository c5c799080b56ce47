import { useMemo } from 'react';
import { diffText } from '../../core/diff';
import { compactDiff } from './compactDiff';

/**
 * The current text against an earlier one (the machine translation by default): inserted
 * runs in `<ins>`, deleted runs in `<del>`, each with a text alternative for screen readers.
 * `compact` cuts long unchanged runs in the middle ("…"), keeping the changes in context.
 */
export function DiffView({ before, after, label, compact = false }: { before: string; after: string; label?: string; compact?: boolean }) {
  const parts = useMemo(() => (compact ? compactDiff(diffText(before, after)) : diffText(before, after)), [before, after, compact]);
  return (
    <p className="diff" lang="zh-Hans" aria-label={label}>
      {parts.map((p, i) =>
        p.op === 'equal' ? (
          <span key={i}>{p.text}</span>
        ) : p.op === 'insert' ? (
          <ins key={i}>
            <span className="visually-hidden">[inserted: </span>
            {p.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={i}>
            <span className="visually-hidden">[deleted: </span>
            {p.text}
            <span className="visually-hidden">]</span>
          </del>
        ),
      )}
    </p>
  );
}
