const UNESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', '?': '?', "'": "'" };

/** The content of one quoted PO string line (without the quotes), unescaped. */
export function unescapePo(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_m, c: string) => {
    if (c[0] === 'x') return String.fromCharCode(parseInt(c.slice(1), 16));
    if (/^[0-7]/.test(c)) return String.fromCharCode(parseInt(c, 8));
    return UNESC[c] ?? c;
  });
}

export function escapePo(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

/** `keyword "…"` with gettext's multi-line layout when the text has newlines. */
export function poField(keyword: string, value: string): string {
  if (!value.includes('\n') || value.indexOf('\n') === value.length - 1 && value.length < 70) return `${keyword} "${escapePo(value)}"\n`;
  const parts = value.split(/(?<=\n)/);
  return `${keyword} ""\n${parts.map((p) => `"${escapePo(p)}"\n`).join('')}`;
}

/** FNV-1a, 32 bit, as 8 hex digits: a stable id from msgctxt + msgid. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
