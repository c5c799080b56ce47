import type { FormatParser } from '../FormatParser';
import type { ParsedFile } from '../../model/Unit';
import { parseBilingualXml } from '../xmlImport/parseBilingualXml';
import { decodeXmlBytes } from '../xml/decodeXmlBytes';
import { parsePo } from '../po/parsePo';
import { decodePoBytes } from './decodePoBytes';

function withWarnings(f: ParsedFile, warnings: string[]): ParsedFile {
  if (warnings.length) f.warnings.unshift(...warnings);
  return f;
}

/** XML bytes: the BOM and the declared encoding are honoured by `decodeXmlBytes`. */
function xmlBytes(bytes: Uint8Array, fileName: string): ParsedFile {
  const d = decodeXmlBytes(bytes, fileName);
  return withWarnings(parseBilingualXml(d.text, fileName), d.warnings);
}

export const XLIFF_FORMAT: FormatParser = {
  id: 'xliff',
  label: 'XLIFF 1.2 / 2.x (CAT tools: Trados, memoQ, MateCat, Phrase, OmegaT…)',
  extensions: ['xlf', 'xliff', 'sdlxliff', 'mxliff', 'mqxliff'],
  sniff: (text) => /<xliff[\s>]/.test(text.slice(0, 4096)),
  parse: (text, fileName) => parseBilingualXml(text, fileName),
  parseBytes: xmlBytes,
};

export const TMX_FORMAT: FormatParser = {
  id: 'tmx',
  label: 'TMX 1.4b translation memory (English and Chinese variants)',
  extensions: ['tmx'],
  sniff: (text) => /<tmx[\s>]/.test(text.slice(0, 4096)),
  parse: (text, fileName) => parseBilingualXml(text, fileName),
  parseBytes: xmlBytes,
};

export const PO_FORMAT: FormatParser = {
  id: 'po',
  label: 'gettext PO (msgid = English, msgstr = Chinese)',
  extensions: ['po', 'pot'],
  sniff: (text) => /^\s*msgid\s+"/m.test(text.slice(0, 8192)),
  parse: parsePo,
  parseBytes: (bytes, fileName) => {
    const d = decodePoBytes(bytes, fileName);
    return withWarnings(parsePo(d.text, fileName), d.warnings);
  },
};

export const BILINGUAL_INTERCHANGE_FORMATS = [XLIFF_FORMAT, TMX_FORMAT, PO_FORMAT];
