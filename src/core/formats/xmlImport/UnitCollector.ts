import type { ParsedDocument, ParsedFile, ParsedUnit } from '../../model/Unit';

/**
 * Collects documents and units while a file streams by. Duplicate unit ids inside one document
 * are de-duplicated (the later unit gets `<id>_2`, `<id>_3`…) with a warning naming both lines,
 * so a file with a tool's duplicate ids still imports and every id shown is unique.
 */
export class UnitCollector {
  readonly file: ParsedFile;
  private doc: ParsedDocument | undefined;
  private ids = new Map<string, number>();
  private readonly idsByDoc = new Map<ParsedDocument, Map<string, number>>();
  private dupCount = 0;

  constructor(format: string, fileName: string) {
    this.file = { format, fileName, sourceLang: '', targetLang: '', documents: [], warnings: [] };
  }

  get current(): ParsedDocument | undefined {
    return this.doc;
  }

  startDocument(name: string, extra?: Record<string, unknown>): ParsedDocument {
    this.doc = { name, units: [] };
    if (extra && Object.keys(extra).length) this.doc.extra = extra;
    this.file.documents.push(this.doc);
    this.ids = new Map();
    this.idsByDoc.set(this.doc, this.ids);
    return this.doc;
  }

  /** Continue the document with this name, or start it. */
  switchDocument(name: string): void {
    if (this.doc?.name === name) return;
    const d = this.file.documents.find((x) => x.name === name);
    if (!d) { this.startDocument(name); return; }
    this.doc = d;
    this.ids = this.idsByDoc.get(d) ?? new Map();
  }

  /** Adds a unit, renaming it when its id is already used in this document. */
  add(unit: ParsedUnit, line: number, what = 'unit'): void {
    const doc = this.doc ?? this.startDocument(this.file.fileName);
    const firstLine = this.ids.get(unit.id);
    if (firstLine !== undefined) {
      let n = 2;
      while (this.ids.has(`${unit.id}_${n}`)) n++;
      const renamed = `${unit.id}_${n}`;
      this.dupCount++;
      if (this.dupCount <= 20) {
        this.file.warnings.push(`${this.file.fileName}: ${what} id "${unit.id}" is used twice (lines ${firstLine} and ${line}); the second was imported as "${renamed}".`);
      }
      unit.id = renamed;
    }
    this.ids.set(unit.id, line);
    doc.units.push(unit);
  }

  finish(): ParsedFile {
    if (this.dupCount > 20) this.file.warnings.push(`${this.file.fileName}: ${this.dupCount - 20} more duplicate ids were renamed the same way.`);
    this.file.documents = this.file.documents.filter((d) => d.units.length > 0 || this.file.documents.length === 1);
    return this.file;
  }
}
