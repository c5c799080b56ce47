import { registerFormat } from '../formatRegistry';
import { BILINGUAL_INTERCHANGE_FORMATS } from './bilingualFormats';

// XLIFF, TMX and PO join the import registry as soon as the formats folder is loaded.
for (const f of BILINGUAL_INTERCHANGE_FORMATS) registerFormat(f);

export { XLIFF_FORMAT, TMX_FORMAT, PO_FORMAT, BILINGUAL_INTERCHANGE_FORMATS } from './bilingualFormats';
export { exportBilingual, exportFileName, EXPORT_FORMATS, type ExportFormat, type ExportFormatInfo } from './exportBilingual';
export { parseTermbaseFile, parseTermbaseBytes, exportTermbase, TERMBASE_IMPORT_EXTENSIONS, TERMBASE_EXPORT_EXTENSIONS } from './termbaseFiles';
export { decodePoBytes } from './decodePoBytes';
export type { ExportFile, ExportDocument, ExportUnit } from '../export/ExportFile';
export { toExportFile, finalTarget } from '../export/ExportFile';
export { tagsToText } from '../export/tagsToText';
export { parseBilingualXml, parseBilingualXmlChunks, parseBilingualXmlByteChunks } from '../xmlImport/parseBilingualXml';
export { decodeXmlBytes, type DecodedXml } from '../xml/decodeXmlBytes';
export type { StreamOptions } from '../xml/feedXml';
export { SafeXmlReader } from '../xml/SafeXmlReader';
export { parsePo } from '../po/parsePo';
export { writePo } from '../po/writePo';
export { writeXliff12 } from '../xliff12/writeXliff12';
export { writeXliff2 } from '../xliff2/writeXliff2';
export { writeTmx } from '../tmx/writeTmx';
export { writeDelimited, labelTags } from '../delimited/writeDelimited';
export { writeJsonl } from '../delimited/writeJsonl';
export { csvSafe } from '../delimited/csvSafe';
export { parseTbx, type ParsedTermbase } from '../tbx/parseTbx';
export { writeTbx } from '../tbx/writeTbx';
export { parseTermbaseCsv } from '../termbase/parseTermbaseCsv';
export { writeTermbaseCsv } from '../termbase/writeTermbaseCsv';
export { parseTermPairs } from '../termbase/parseTermPairs';
export { parseTermbaseJson } from '../termbase/parseTermbaseJson';
export { placeholderLabel, isPlaceholder, stripPlaceholders, placeholdersIn, PLACEHOLDER_RE } from '../placeholders';
