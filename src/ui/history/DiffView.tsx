import { useMemo } from 'react';
import { diffText } from '../../core/diff';

/**
 * The current text against an earlier one (the machine translation by default): inserted
 * runs in `<ins>`, deleted runs in `<del>`, each with a text alternative for screen readers.
 */
export function DiffView({ before, after, label }: { before: string; after: string; label?: string }) {
  const parts = useMemo(() => diffText(before, after), [before, after]);
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
