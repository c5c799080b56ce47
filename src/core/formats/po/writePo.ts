import { finalTarget, keptMt, DEFAULT_TOOL, type ExportFile } from '../export/ExportFile';
import { commonState, isFuzzyState } from '../export/exportState';
import { tagsToText } from '../export/tagsToText';
import type { PoUnitExtra } from './parsePo';
import { poField } from './poString';

/**
 * gettext PO (UTF-8). Inline tags cannot be carried: codes that stand for text become that text
 * (`{envName}`, `<b>`), empty ones are left out. Fuzzy when the state
 * says so; units from other formats keep their id in `#. duizhao-id:`; duplicates of the same
 * msgid get a msgctxt so `msgfmt -c` accepts the file.
 */
export function writePo(f: ExportFile): string {
  const tool = f.tool ?? DEFAULT_TOOL;
  const lang = (f.targetLang || 'zh-CN').replace('-', '_');
  const first = f.documents[0];
  let header = first?.extra?.poHeader as string | undefined;
  if (!header) {
    header = `Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nLanguage: ${lang}\nPlural-Forms: nplurals=1; plural=0;\nX-Generator: ${tool.name} ${tool.version}\n`;
  } else if (!/^Content-Type:/m.test(header)) header = `Content-Type: text/plain; charset=UTF-8\n${header}`;
  else header = header.replace(/charset=[^\s;]+/, 'charset=UTF-8');
  let s = '';
  for (const c of (first?.extra?.poHeaderComments as string[] | undefined) ?? []) s += `#${c ? ` ${c}` : ''}\n`;
  s += 'msgid ""\n' + poField('msgstr', header).replace(/^msgstr "(.+)"\n$/, 'msgstr ""\n"$1"\n') + '\n';
  const seen = new Set<string>();
  const several = f.documents.length > 1;
  for (const d of f.documents) {
    for (const u of d.units) {
      const x = (u.extra?.tagFormat === 'po' ? u.extra : {}) as Partial<PoUnitExtra>;
      const c = x.comments ?? {};
      const fromPo = u.extra?.tagFormat === 'po';
      let ctx = x.msgctxt;
      if (several) ctx = ctx === undefined ? d.name : `${d.name}|${ctx}`;
      const plain = (t: string) => tagsToText(t, u.tags, u.extra?.tagFormat);
      const source = plain(u.source);
      let key = `${ctx ?? ''}\u0004${source}`;
      for (let n = 2; seen.has(key); n++) { ctx = `${x.msgctxt ?? u.id} #${n}`; key = `${ctx}\u0004${source}`; }
      seen.add(key);
      if (fromPo) for (const t of c.translator ?? []) s += `#${t ? ` ${t}` : ''}\n`;
      else for (const n of u.notes ?? []) s += `# ${n.replace(/\n/g, ' ')}\n`;
      if (u.reviewer) s += `# reviewed by ${u.reviewer}\n`;
      const mt = keptMt(u);
      if (mt !== undefined) s += `# machine translation: ${plain(mt).replace(/\n/g, ' ')}\n`;
      for (const t of c.extracted ?? []) s += `#. ${t}\n`;
      if (!fromPo || several) s += `#. duizhao-id: ${u.id}\n`;
      for (const t of c.references ?? []) s += `#: ${t}\n`;
      const state = u.reviewState ?? u.state;
      const fuzzy = !u.reviewState && (isFuzzyState(state) || (commonState(state) === 'initial' && finalTarget(u) !== ''));
      const flags = [...(fuzzy ? ['fuzzy'] : []), ...(c.flags ?? [])];
      if (flags.length) s += `#, ${flags.join(', ')}\n`;
      for (const t of c.previous ?? []) s += `#| ${t}\n`;
      if (ctx !== undefined) s += poField('msgctxt', ctx);
      s += poField('msgid', source);
      const target = plain(finalTarget(u));
      if (x.msgidPlural !== undefined) {
        s += poField('msgid_plural', x.msgidPlural);
        s += poField('msgstr[0]', target);
        (x.msgstrPlural ?? []).forEach((p, i) => { s += poField(`msgstr[${i + 1}]`, p); });
      } else s += poField('msgstr', target);
      s += '\n';
    }
  }
  return s;
}
