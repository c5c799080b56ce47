import { codeText } from '../export/codeText';
import { pairKey } from '../placeholders/pairKey';
import type { InlineToken } from '../placeholders/planInline';
import { escapeXmlAttr, escapeXmlText } from '../xml/escapeXml';

const NATIVE = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'hi']);
const ATTRS: Record<string, string[]> = { bpt: ['i', 'x', 'type'], ept: ['i'], ph: ['x', 'assoc', 'type'], it: ['pos', 'x', 'type'], ut: ['x'], hi: ['x', 'type'] };

function attrs(el: string, a: Record<string, string>): string {
  let s = '';
  for (const k of ATTRS[el] ?? []) if (a[k] !== undefined) s += ` ${k}="${escapeXmlAttr(a[k])}"`;
  return s;
}

/** Numbers the `i` attribute of converted paired codes (same pairing key → same number). */
export class TmxPairNumbers {
  private readonly map = new Map<string, number>();
  get(key: string | undefined): string {
    const k = key ?? '';
    let n = this.map.get(k);
    if (n === undefined) { n = this.map.size + 1; this.map.set(k, n); }
    return String(n);
  }
}

/** Write tokens as TMX 1.4b `<seg>` content. `tagFormat` says where the tags were read. */
export function renderTmxInline(tokens: readonly InlineToken[], tagFormat: string | undefined, pairs: TmxPairNumbers): string {
  let s = '';
  const native = tagFormat === 'tmx';
  for (const tok of tokens) {
    if (tok.type === 'text') { s += escapeXmlText(tok.text); continue; }
    const t = tok.tag;
    const a = t.attrs ?? {};
    if (native && NATIVE.has(t.element)) {
      if (t.element === 'hi') {
        if (tok.paired) s += t.kind === 'open' ? `<hi${attrs('hi', a)}>` : '</hi>';
        else s += t.kind === 'open' ? `<bpt i="${pairs.get(`hi:${a.x ?? ''}`)}"/>` : `<ept i="${pairs.get(`hi:${a.x ?? ''}`)}"/>`;
        continue;
      }
      s += `<${t.element}${attrs(t.element, a)}>${t.content ?? ''}</${t.element}>`;
      continue;
    }
    const text = codeText(t, tagFormat);
    const content = escapeXmlText(text);
    const i = pairs.get(pairKey(t));
    if (t.kind === 'open') s += `<bpt i="${i}">${content}</bpt>`;
    else if (t.kind === 'close') s += `<ept i="${i}">${content}</ept>`;
    else s += `<ph>${content}</ph>`;
  }
  return s;
}
