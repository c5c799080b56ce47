import { ImportError } from '../../model/ImportError';
import type { ParsedFile } from '../../model/Unit';
import { readTu, isChinese } from '../tmx/readTu';
import { readTransUnit } from '../xliff12/readTransUnit';
import { XLIFF11_NS, XLIFF12_NS } from '../xliff12/xliff12Dialect';
import { readUnit2 } from '../xliff2/readUnit2';
import type { XmlReaderHandler } from '../xml/SafeXmlReader';
import type { XmlNode } from '../xml/XmlNode';
import { UnitCollector } from './UnitCollector';

type Kind = 'xliff12' | 'xliff2' | 'tmx';

const TEXT = new Set(['source', 'target', 'seg-source', 'seg', 'note', 'prop', 'data']);

/**
 * Streams XLIFF 1.2/1.1, XLIFF 2.0/2.1/2.2 or TMX: the root element decides. Each unit is
 * converted as soon as it closes and then dropped from the tree.
 */
export class BilingualXmlHandler implements XmlReaderHandler {
  readonly textElements = TEXT;
  kind: Kind | undefined;
  private readonly out: UnitCollector;
  private unitIndex = 0;
  private tmxSrcLang = '';
  private tmxLangs = new Set<string>();
  private tmxZhUnits = 0;
  private tmxEnUnits = 0;
  private tmxTus = 0;
  private ns: Record<string, string> = {};
  /** XLIFF/TMX version from the root element, kept in each document's extra. */
  version = '';

  constructor(private readonly fileName: string, private readonly expect?: Kind) {
    this.out = new UnitCollector('xml', fileName);
  }

  open(n: XmlNode, stack: readonly XmlNode[]): void {
    if (stack.length === 1) return this.root(n);
    const f = this.out.file;
    if (this.kind === 'xliff12' && n.local === 'file') {
      const a = n.attrs;
      f.sourceLang ||= a['source-language'] ?? '';
      f.targetLang ||= a['target-language'] ?? '';
      this.out.startDocument(a.original ?? `file ${f.documents.length + 1}`, { fileAttrs: { ...a }, namespaces: this.ns, version: this.version });
      this.unitIndex = 0;
    } else if (this.kind === 'xliff2' && n.local === 'file') {
      this.out.startDocument(n.attrs.original ?? n.attrs.id ?? `file ${f.documents.length + 1}`, { fileAttrs: { ...n.attrs }, namespaces: this.ns, version: this.version });
      this.unitIndex = 0;
    } else if (this.kind === 'tmx' && n.local === 'body' && !this.out.current) {
      this.out.startDocument(this.fileName.replace(/\.[^.]+$/, ''));
    }
  }

  close(n: XmlNode, stack: readonly XmlNode[]): boolean {
    if (this.kind === 'xliff12') {
      if (n.local === 'trans-unit') {
        this.unitIndex++;
        for (const u of readTransUnit(n, `u${this.unitIndex}`)) this.out.add(u, n.line, 'trans-unit');
        return true;
      }
      if (n.local === 'bin-unit') return true;
      if (n.local === 'file') return true;
      return n.local === 'header' && stack.length === 3;
    }
    if (this.kind === 'xliff2') {
      if (n.local === 'unit') {
        this.unitIndex++;
        for (const u of readUnit2(n, `u${this.unitIndex}`)) this.out.add(u, n.line, 'unit');
        return true;
      }
      return n.local === 'file';
    }
    if (this.kind === 'tmx') {
      if (n.local === 'header') {
        this.tmxSrcLang = n.attrs.srclang ?? '';
        return true;
      }
      if (n.local === 'tu') {
        this.tmxTus++;
        const r = readTu(n, this.tmxTus, this.tmxSrcLang);
        for (const l of r.langs) this.tmxLangs.add(l);
        if (r.hasZh) this.tmxZhUnits++;
        if (r.hasEn) this.tmxEnUnits++;
        if (!this.out.file.targetLang && r.hasZh) {
          this.out.file.targetLang = (r.unit.extra?.targetLang as string) ?? '';
          this.out.file.sourceLang = (r.unit.extra?.sourceLang as string) ?? '';
        }
        const docName = r.unit.extra?.document as string | undefined;
        if (docName !== undefined) {
          if (this.out.current && this.out.current.units.length === 0 && this.out.file.documents.length === 1) this.out.file.documents.pop();
          this.out.switchDocument(docName);
        }
        this.out.add(r.unit, n.line, 'tu');
        return true;
      }
    }
    return false;
  }

  private root(n: XmlNode): void {
    let kind: Kind | undefined;
    for (const [k, v] of Object.entries(n.attrs)) if (k.startsWith('xmlns:')) this.ns[k] = v;
    if (n.local === 'xliff') {
      const v = n.attrs.version ?? '';
      if (n.uri.startsWith('urn:oasis:names:tc:xliff:document:2.') || v.startsWith('2.')) kind = 'xliff2';
      else if (n.uri === XLIFF12_NS || n.uri === XLIFF11_NS || n.uri === '' || v.startsWith('1.')) kind = 'xliff12';
      else throw new ImportError(this.fileName, `unsupported XLIFF namespace ${n.uri}; duizhao reads XLIFF 1.1, 1.2, 2.0, 2.1 and 2.2`, n.line, n.column);
      if (kind === 'xliff2') {
        this.out.file.sourceLang = n.attrs.srcLang ?? '';
        this.out.file.targetLang = n.attrs.trgLang ?? '';
        if (n.uri.endsWith(':2.2') || v === '2.2') {
          this.out.file.warnings.push(`${this.fileName}: XLIFF 2.2 file: the core (units, segments, inline codes, states, notes) was imported; 2.2-only module data such as plural/gender/select cases is kept for display but exports are written as XLIFF 2.1.`);
        }
      }
    } else if (n.local === 'tmx') {
      kind = 'tmx';
    } else {
      throw new ImportError(this.fileName, `the root element is <${n.name}>, not <xliff> or <tmx>; this is not a bilingual XLIFF or TMX file`, n.line, n.column);
    }
    if (this.expect && this.expect !== kind && !(this.expect === 'xliff12' && kind === 'xliff2') && !(this.expect === 'xliff2' && kind === 'xliff12')) {
      throw new ImportError(this.fileName, `expected ${this.expect.toUpperCase()} but the root element is <${n.name}>`, n.line, n.column);
    }
    this.kind = kind;
    this.out.file.format = kind === 'tmx' ? 'tmx' : 'xliff';
    this.version = kind === 'tmx' ? (n.attrs.version ?? '') : (n.attrs.version ?? (kind === 'xliff2' ? '2.0' : '1.2'));
  }

  finish(): ParsedFile {
    const f = this.out.finish();
    if (!this.kind) throw new ImportError(this.fileName, 'no XLIFF or TMX content found');
    if (this.kind === 'tmx') {
      const langs = [...this.tmxLangs].join(', ') || 'none';
      if (this.tmxTus > 0 && this.tmxZhUnits === 0) {
        throw new ImportError(this.fileName, `no Chinese (zh-*) variant found in any <tu>; languages present: ${langs}. duizhao reviews English→Chinese translation; export the memory with a Chinese target language`);
      }
      if (this.tmxTus > 0 && this.tmxEnUnits === 0) {
        throw new ImportError(this.fileName, `no English (en-*) variant found in any <tu>; languages present: ${langs}. duizhao reviews English→Chinese translation; this memory translates between other languages`);
      }
      if (this.tmxZhUnits < this.tmxTus) f.warnings.push(`${this.fileName}: ${this.tmxTus - this.tmxZhUnits} of ${this.tmxTus} <tu> have no Chinese variant; they were imported with an empty target.`);
    } else if (f.targetLang && !isChinese(f.targetLang)) {
      f.warnings.push(`${this.fileName}: the target language is ${f.targetLang}, not Chinese; checks written for Chinese will not be meaningful for these units.`);
    }
    const n = f.documents.reduce((s, d) => s + d.units.length, 0);
    if (n === 0) f.warnings.push(`${this.fileName}: the file contains no translation units.`);
    return f;
  }
}
