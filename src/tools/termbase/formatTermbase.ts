import type { Termbase } from '../../core/glossary/Termbase';

/** Compact JSON with a space after ":" and ",", keys in their given order: {"a": 1, "b": [2, 3]}. */
function compact(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(compact).join(', ') + ']';
  if (v !== null && typeof v === 'object') {
    const parts = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${JSON.stringify(k)}: ${compact(x)}`);
    return '{' + parts.join(', ') + '}';
  }
  return JSON.stringify(v);
}

/** Concept fields in file order; unknown fields follow in their own order. */
const CONCEPT_KEYS = ['id', 'domain', 'definition', 'en', 'zh', 'dnt', 'generic', 'note', 'provenance'];

function ordered(c: object): Record<string, unknown> {
  const src = c as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of CONCEPT_KEYS) if (k in src) out[k] = src[k];
  for (const k of Object.keys(src)) if (!(k in out)) out[k] = src[k];
  return out;
}

/**
 * The canonical text of a termbase file such as `seeds/termbase-ml.json`: the header fields
 * one per line, then one concept per line, so that a diff shows one changed concept as one
 * changed line. Parsing the result gives back the same termbase.
 */
export function formatTermbase(tb: Termbase): string {
  const { concepts, ...head } = tb;
  const lines = ['{'];
  for (const [k, v] of Object.entries(head)) lines.push(`  ${JSON.stringify(k)}: ${compact(v)},`);
  lines.push('  "concepts": [');
  lines.push(concepts.map((c) => '    ' + compact(ordered(c))).join(',\n'));
  lines.push('  ]', '}');
  return lines.join('\n') + '\n';
}
