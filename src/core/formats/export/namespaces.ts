import type { ExportDocument } from './ExportFile';

/** `xmlns:p` declarations the documents came with (kept so prefixed attributes can be written back). */
export function collectNamespaces(docs: readonly ExportDocument[], reserved: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of docs) {
    const ns = d.extra?.namespaces as Record<string, string> | undefined;
    if (!ns) continue;
    for (const [k, v] of Object.entries(ns)) if (!reserved.has(k) && !(k in out)) out[k] = v;
  }
  return out;
}

/** Keep an attribute when it has no prefix, is xml:*, or its prefix is declared. */
export function attrFilter(declared: Record<string, string>): (name: string) => boolean {
  return (name) => {
    const i = name.indexOf(':');
    if (i < 0) return name !== 'xmlns';
    const p = name.slice(0, i);
    return p === 'xml' || (p !== 'xmlns' && `xmlns:${p}` in declared);
  };
}
