import type { InlineTag } from '../../model/Unit';
import { codeText } from '../export/codeText';
import { pairKey } from '../placeholders/pairKey';
import type { InlineToken } from '../placeholders/planInline';
import { escapeXmlAttr, escapeXmlText } from '../xml/escapeXml';

const NATIVE = new Set(['pc', 'mrk', 'ph', 'sc', 'ec', 'sm', 'em', 'cp']);
const CLOSE_OF: Record<string, string> = { bpt: 'ept', bx: 'ex', sc: 'ec', sm: 'em', g: 'g', pc: 'pc', hi: 'hi', mrk: 'mrk', it: 'it' };

function attrs(a: Record<string, string | undefined>, keep: (k: string) => boolean): string {
  let s = '';
  for (const [k, v] of Object.entries(a)) if (v !== undefined && keep(k)) s += ` ${k}="${escapeXmlAttr(v)}"`;
  return s;
}

/** Shared state for one `<unit>`: ids, generated `<originalData>`, which tags occur anywhere in it. */
export class Xliff2UnitContext {
  readonly data = new Map<string, string>();
  private readonly present: Set<string>;
  constructor(readonly tags: readonly InlineTag[], texts: readonly string[], readonly native: boolean, readonly tagFormat: unknown, readonly keep: (k: string) => boolean, imported?: Record<string, string>) {
    this.present = new Set(texts.join(''));
    if (native && imported) for (const [k, v] of Object.entries(imported)) this.data.set(k, v);
  }
  id(t: InlineTag): string {
    return `t${t.id.charCodeAt(0) - 0xe000 + 1}`;
  }
  /** The opening tag a closing tag belongs to, when it is in this unit. */
  opener(close: InlineTag): InlineTag | undefined {
    const k = pairKey(close);
    return this.tags.find((o) => o.kind === 'open' && pairKey(o) === k && CLOSE_OF[o.element] === close.element && this.present.has(o.id));
  }
  closer(open: InlineTag): InlineTag | undefined {
    const k = pairKey(open);
    return this.tags.find((c) => c.kind === 'close' && pairKey(c) === k && CLOSE_OF[open.element] === c.element && this.present.has(c.id));
  }
  dataRef(t: InlineTag): string | undefined {
    const text = codeText(t, this.tagFormat);
    if (!text) return undefined;
    const ref = `d${t.id.charCodeAt(0) - 0xe000 + 1}`;
    this.data.set(ref, text);
    return ref;
  }
}

/** Write tokens as XLIFF 2 inline markup (native tags as they were; others mapped to pc/sc/ec/ph). */
export function renderXliff2Inline(tokens: readonly InlineToken[], ctx: Xliff2UnitContext): string {
  let s = '';
  for (const tok of tokens) {
    if (tok.type === 'text') { s += escapeXmlText(tok.text); continue; }
    const t = tok.tag;
    const a = t.attrs ?? {};
    if (ctx.native && NATIVE.has(t.element)) {
      if (t.element === 'pc' || t.element === 'mrk') {
        if (tok.paired) { s += t.kind === 'open' ? `<${t.element}${attrs(a, ctx.keep)}>` : `</${t.element}>`; continue; }
        const [o, c] = t.element === 'pc' ? ['sc', 'ec'] : ['sm', 'em'];
        if (t.kind === 'open') {
          const iso = ctx.closer(t) ? '' : t.element === 'pc' ? ' isolated="yes"' : '';
          s += `<${o} id="${escapeXmlAttr(a.id ?? ctx.id(t))}"${a.type ? ` type="${escapeXmlAttr(a.type)}"` : ''}${t.element === 'pc' && a.dataRefStart ? ` dataRef="${escapeXmlAttr(a.dataRefStart)}"` : ''}${iso}/>`;
        } else {
          const open = ctx.opener(t);
          s += open || t.element !== 'pc'
            ? `<${c} startRef="${escapeXmlAttr(a.id ?? ctx.id(t))}"${t.element === 'pc' && a.dataRefEnd ? ` dataRef="${escapeXmlAttr(a.dataRefEnd)}"` : ''}/>`
            : `<ec id="${escapeXmlAttr(a.id ?? ctx.id(t))}" isolated="yes"${a.dataRefEnd ? ` dataRef="${escapeXmlAttr(a.dataRefEnd)}"` : ''}/>`;
        }
        continue;
      }
      s += `<${t.element}${attrs(a, ctx.keep)}/>`;
      continue;
    }
    const ref = ctx.dataRef(t);
    const dr = (name: string) => (ref ? ` ${name}="${ref}"` : '');
    const container = t.element === 'g' || t.element === 'hi' || t.element === 'pc';
    if (t.kind === 'open') {
      if (tok.paired && container) {
        const endRef = tok.partner ? ctx.dataRef(tok.partner) : undefined;
        s += `<pc id="${ctx.id(t)}"${dr('dataRefStart')}${endRef ? ` dataRefEnd="${endRef}"` : ''}>`;
      } else if (tok.paired && t.element === 'mrk') s += `<mrk id="${ctx.id(t)}"${a.mtype === 'term' ? ' type="term"' : ''}>`;
      else s += `<sc id="${ctx.id(t)}"${dr('dataRef')}${ctx.closer(t) ? '' : ' isolated="yes"'}/>`;
    } else if (t.kind === 'close') {
      if (tok.paired && (container || t.element === 'mrk')) s += container ? '</pc>' : '</mrk>';
      else {
        const open = ctx.opener(t);
        s += open ? `<ec startRef="${ctx.id(open)}"${dr('dataRef')}/>` : `<ec id="${ctx.id(t)}" isolated="yes"${dr('dataRef')}/>`;
      }
    } else {
      s += `<ph id="${ctx.id(t)}"${dr('dataRef')}/>`;
    }
  }
  return s;
}
