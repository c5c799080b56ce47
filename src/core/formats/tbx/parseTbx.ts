import { ImportError } from '../../model/ImportError';
import type { Concept, Termbase } from '../../glossary/Termbase';
import { feedXmlText, type StreamOptions } from '../xml/feedXml';
import { SafeXmlReader } from '../xml/SafeXmlReader';
import type { XmlNode } from '../xml/XmlNode';
import { readConceptEntry } from './readConceptEntry';

export interface ParsedTermbase {
  termbase: Termbase;
  warnings: string[];
}

/** Priority given to imported termbases (builtin < imported < project). */
export const IMPORTED_TERMBASE_PRIORITY = 50;

/**
 * TBX → Termbase: TBX v3 (ISO 30042:2019) TBX-Basic in DCA or DCT style, and TBX 2008 `<martif>`.
 * administrativeStatus: preferred/admitted → approved renderings, deprecated/superseded →
 * forbidden. Part of speech, definitions, notes, subject field and the first transaction
 * (author, date) are kept. An entry with no English term is skipped with a warning naming it.
 */
export function parseTbx(text: string, fileName: string, opts: StreamOptions = {}): ParsedTermbase {
  const concepts: Concept[] = [];
  const skipped: string[] = [];
  let withoutZh = 0;
  let index = 0;
  let rootSeen = false;
  const origin = `imported:${fileName}`;
  const reader = new SafeXmlReader(fileName, {
    textElements: new Set(['term', 'termNote', 'descrip', 'note', 'admin', 'transacNote', 'date', 'p']),
    open(n: XmlNode, stack) {
      if (stack.length !== 1) return;
      rootSeen = true;
      if (n.local !== 'tbx' && n.local !== 'martif') {
        throw new ImportError(fileName, `the root element is <${n.name}>, not <tbx> (TBX v3) or <martif> (TBX 2008); this is not a TBX termbase`, n.line, n.column);
      }
    },
    close(n: XmlNode) {
      if (n.local === 'conceptEntry' || n.local === 'termEntry') {
        index++;
        const r = readConceptEntry(n, index, origin);
        if (r.concept) {
          concepts.push(r.concept);
          if (!r.hasZh) withoutZh++;
        } else if (r.skipped) skipped.push(r.skipped);
        return true;
      }
      return n.local === 'tbxHeader' || n.local === 'martifHeader';
    },
  });
  feedXmlText(reader, text, opts);
  if (!rootSeen) throw new ImportError(fileName, 'no TBX content found');
  const warnings: string[] = [];
  for (const s of skipped.slice(0, 20)) warnings.push(`${fileName}: ${s}; it was skipped (duizhao matches English source terms).`);
  if (skipped.length > 20) warnings.push(`${fileName}: ${skipped.length - 20} more entries without an English term were skipped.`);
  if (withoutZh) warnings.push(`${fileName}: ${withoutZh} of ${concepts.length} entries have no Chinese (zh) term; they can only mark English terms, not check translations.`);
  if (concepts.length === 0) warnings.push(`${fileName}: no usable entries (each needs an English term).`);
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return { termbase: { id: origin, name, priority: IMPORTED_TERMBASE_PRIORITY, concepts }, warnings };
}
