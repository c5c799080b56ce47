import type { InlineTag } from '../../model/Unit';
import { codeText } from '../export/codeText';
import type { PartToken } from '../placeholders/planParts';
import { pairKey } from '../placeholders/pairKey';
import { escapeXmlAttr, escapeXmlText } from '../xml/escapeXml';

const NATIVE = new Set(['g', 'mrk', 'x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it']);
const MTYPES = new Set(('abbrev abbreviated-form abbreviation acronym appellation collocation common-name datetime equation expanded-form formula head-term initialism international-scientific-term internationalism logical-expression materials-management-unit name near-synonym part-number phrase phraseological-unit protected romanized-form seg set-phrase short-form sku standard-text symbol synonym synonymous-phrase term transcribed-form transliterated-form truncated-term variant').split(' '));

function attrs(a: Record<string, string | undefined>, keep: (k: string) => boolean = () => true): string {
  let s = '';
  for (const [k, v] of Object.entries(a)) if (v !== undefined && keep(k)) s += ` ${k}="${escapeXmlAttr(v)}"`;
  return s;
}

/** Stable id for a tag converted from another format: its pairing key, else its position. */
function idOf(t: InlineTag): string {
  return (pairKey(t) ?? String(t.id.charCodeAt(0) - 0xe000 + 1)).replace(/\s/g, '_');
}

/** Content for a 1.2 native code converted from another format: the text it stands for, escaped. */
function nativeContent(t: InlineTag, tagFormat: unknown): string {
  return escapeXmlText(codeText(t, tagFormat));
}

/**
 * Write tokens as XLIFF 1.2 inline markup. `native` = the tags were read from XLIFF 1.2, so their
 * elements and attributes are written back as they were; otherwise they are mapped by kind.
 * `keepAttr` filters attributes whose namespace prefix is not declared in the output.
 */
export function renderXliff12Inline(tokens: readonly PartToken[], native: boolean, keepAttr: (k: string) => boolean, tagFormat?: unknown): string {
  let s = '';
  for (const tok of tokens) {
    if (tok.type === 'text') { s += escapeXmlText(tok.text); continue; }
    if (tok.type === 'segStart') { s += `<mrk mtype="seg" mid="${escapeXmlAttr(tok.mid)}">`; continue; }
    if (tok.type === 'segEnd') { s += '</mrk>'; continue; }
    const t = tok.tag;
    let a = t.attrs ?? {};
    if (native && NATIVE.has(t.element)) {
      if (a.id === undefined && t.element !== 'mrk') a = { id: idOf(t), ...a };
      if (t.element === 'mrk' && a.mtype !== undefined && !MTYPES.has(a.mtype) && !a.mtype.startsWith('x-')) a = { ...a, mtype: `x-${a.mtype}` };
      if (t.element === 'mrk' && a.mtype === undefined) a = { ...a, mtype: 'x-duizhao' };
      if (t.element === 'it' && (a.pos === 'begin' || a.pos === 'end')) a = { ...a, pos: a.pos === 'begin' ? 'open' : 'close' };
      if (t.element === 'g' || t.element === 'mrk') {
        if (tok.paired) s += t.kind === 'open' ? `<${t.element}${attrs(a, keepAttr)}>` : `</${t.element}>`;
        else if (t.element === 'g') s += t.kind === 'open' ? `<bx id="${escapeXmlAttr(a.id ?? idOf(t))}"${a.ctype ? ` ctype="${escapeXmlAttr(a.ctype)}"` : ''}/>` : `<ex id="${escapeXmlAttr(a.id ?? idOf(t))}"/>`;
        continue;
      }
      if (t.element === 'x' || t.element === 'bx' || t.element === 'ex') { s += `<${t.element}${attrs(a, keepAttr)}/>`; continue; }
      s += `<${t.element}${attrs(a, keepAttr)}>${t.content ?? ''}</${t.element}>`;
      continue;
    }
    // mapped from TMX / XLIFF 2 / unknown elements
    const id = escapeXmlAttr(idOf(t));
    const content = nativeContent(t, tagFormat);
    const container = t.element === 'pc' || t.element === 'hi' || t.element === 'g';
    const data = !!content || !!(tok.partner && nativeContent(tok.partner, tagFormat));
    if (t.kind === 'open') {
      if (tok.paired && container && !data) s += `<g id="${id}">`;
      else if (tok.paired && t.element === 'mrk') s += `<mrk mtype="${a.type === 'term' ? 'term' : 'x-duizhao'}">`;
      else s += content || (tok.paired && container) ? `<bpt id="${id}">${content}</bpt>` : `<bx id="${id}"/>`;
    } else if (t.kind === 'close') {
      if (tok.paired && container && !data) s += '</g>';
      else if (tok.paired && t.element === 'mrk') s += '</mrk>';
      else s += content || (tok.paired && container) ? `<ept id="${id}">${content}</ept>` : `<ex id="${id}"/>`;
    } else {
      s += content ? `<ph id="${id}">${content}</ph>` : `<x id="${id}"/>`;
    }
  }
  return s;
}
