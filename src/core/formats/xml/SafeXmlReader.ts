import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ImportError } from '../../model/ImportError';
import type { XmlNode } from './XmlNode';

export interface XmlReaderHandler {
  /** An element opened; `stack` holds its ancestors and, last, the node itself. */
  open?(node: XmlNode, stack: readonly XmlNode[]): void;
  /**
   * An element closed. Return true when the handler consumed it: it is then not kept in its
   * parent, so memory stays at one unit however large the file.
   */
  close?(node: XmlNode, stack: readonly XmlNode[]): boolean | void;
  /** Local names whose text (and all text below them) matters. Whitespace-only text elsewhere is dropped. */
  textElements?: ReadonlySet<string>;
}

/** Deeper nesting than this is refused (protects the recursive helpers from stack exhaustion). */
export const MAX_XML_DEPTH = 512;

const ENTITY_DECL = /<!ENTITY/i;

/**
 * Streaming, safe XML reading over saxes: external entities are never resolved, the DTD is
 * never processed, entity declarations are refused, and every error becomes an ImportError
 * with line and column. Feed text with `write()` in chunks of any size, then `close()`.
 */
export class SafeXmlReader {
  readonly fileName: string;
  /** The DOCTYPE text when the file had one (ignored, reported as a warning by callers if wanted). */
  doctype: string | undefined;
  private readonly parser: SaxesParser<{ xmlns: true; position: true }>;
  private readonly stack: XmlNode[] = [];
  private root: XmlNode | undefined;
  private textDepth = 0;
  private started = false;
  private failure: ImportError | undefined;

  constructor(fileName: string, private readonly handler: XmlReaderHandler = {}) {
    this.fileName = fileName;
    this.parser = new SaxesParser({ xmlns: true, position: true });
    const p = this.parser;
    p.on('error', (e) => this.fail(e.message));
    p.on('doctype', (d) => {
      this.doctype = d;
      if (ENTITY_DECL.test(d)) {
        this.fail('entity declarations are not supported (possible entity-expansion attack); the DOCTYPE declares entities. Remove the <!DOCTYPE …> internal subset and import again', true);
      }
    });
    p.on('opentag', (t) => this.onOpen(t));
    p.on('closetag', () => this.onClose());
    p.on('text', (t) => this.onText(t));
    p.on('cdata', (t) => this.onText(t, true));
  }

  get line(): number {
    return this.parser.line;
  }

  /** Feed the next piece of text. Throws ImportError on the first problem. */
  write(chunk: string): void {
    this.check();
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.parser.write(chunk);
    this.check();
  }

  /** Finish; returns the root element (with whatever children the handler did not consume). */
  close(): XmlNode {
    this.check();
    this.parser.close();
    this.check();
    if (!this.root) throw new ImportError(this.fileName, 'the file has no XML root element; is it empty or not XML?');
    return this.root;
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  private fail(message: string, exact = false): void {
    if (this.failure) return;
    const problem = exact ? message : describeSaxesError(message);
    this.failure = new ImportError(this.fileName, problem, this.parser.line, this.parser.column);
    throw this.failure;
  }

  private onOpen(t: SaxesTagNS): void {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(t.attributes)) attrs[a.name] = a.value;
    const node: XmlNode = {
      name: t.name,
      local: t.local,
      uri: t.uri,
      attrs,
      children: [],
      line: this.parser.line,
      column: this.parser.column,
    };
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(node);
    else this.root = node;
    this.stack.push(node);
    if (this.stack.length > MAX_XML_DEPTH) {
      this.fail(`elements are nested more than ${MAX_XML_DEPTH} levels deep; this is not a translation file duizhao can read`, true);
    }
    if (this.textDepth > 0 || this.handler.textElements?.has(t.local)) this.textDepth++;
    this.handler.open?.(node, this.stack);
  }

  private onClose(): void {
    const node = this.stack[this.stack.length - 1];
    if (!node) return;
    const consumed = this.handler.close?.(node, this.stack) === true;
    this.stack.pop();
    if (this.textDepth > 0) this.textDepth--;
    if (consumed) {
      const parent = this.stack[this.stack.length - 1];
      if (parent && parent.children[parent.children.length - 1] === node) parent.children.pop();
    }
  }

  private onText(t: string, cdata = false): void {
    const node = this.stack[this.stack.length - 1];
    if (!node) return; // whitespace outside the root (saxes rejects anything else)
    if (this.textDepth === 0 && !cdata && /^\s*$/.test(t)) return;
    const last = node.children[node.children.length - 1];
    if (typeof last === 'string') node.children[node.children.length - 1] = last + t;
    else node.children.push(t);
  }
}

function describeSaxesError(message: string): string {
  const m = message.replace(/^[^:]*:\d+:\d+: /, '').replace(/\.$/, '');
  if (/must contain a root element/.test(m)) {
    return 'the file is empty or has no XML root element; is it really an XLIFF, TMX or TBX file?';
  }
  if (/undefined entity/.test(m)) {
    return 'undefined entity reference (DTDs are not processed, so only &amp; &lt; &gt; &quot; &apos; and numeric character references are allowed). Replace the entity with the character itself and import again';
  }
  return `the file is not well-formed XML (${m}). Open it in the tool that made it or a text editor, fix it there and import again`;
}
