import { declaredXmlEncoding } from './decodeXmlBytes';

const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030', 'gb_2312-80', 'x-gbk', 'cp936', 'euc-cn']);

/**
 * Pick the encoding of an XML byte stream from its first bytes (give it up to 64 KiB): BOM, else UTF-8 when the first
 * chunk is valid UTF-8 (a wrong GB2312 declaration is then reported), else the declared
 * encoding (GB2312/GBK → GB18030). Returns a streaming TextDecoder and any warning.
 */
export function streamDecoderFor(first: Uint8Array, fileName: string): { decoder: TextDecoder; warnings: string[] } {
  const warnings: string[] = [];
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return { decoder: new TextDecoder('utf-8'), warnings };
  if (first[0] === 0xff && first[1] === 0xfe) return { decoder: new TextDecoder('utf-16le'), warnings };
  if (first[0] === 0xfe && first[1] === 0xff) return { decoder: new TextDecoder('utf-16be'), warnings };
  const declared = declaredXmlEncoding(first);
  const decl = declared?.toLowerCase();
  // ignore a character cut at the end of the chunk
  let validUtf8 = true;
  try { new TextDecoder('utf-8', { fatal: true }).decode(first.subarray(0, Math.max(0, first.length - 4))); } catch { validUtf8 = false; }
  const nonAscii = first.some((b) => b > 0x7f);
  if (validUtf8 && !nonAscii && decl && GB_FAMILY.has(decl)) return { decoder: new TextDecoder('gb18030'), warnings };
  if (validUtf8) {
    if (decl && decl !== 'utf-8' && decl !== 'utf8' && decl !== 'us-ascii' && nonAscii) {
      warnings.push(`${fileName}: declared ${declared} but the bytes are UTF-8; it was read as UTF-8. Check the Chinese text, and fix the declaration in the tool that wrote it.`);
    }
    return { decoder: new TextDecoder('utf-8'), warnings };
  }
  const label = decl && GB_FAMILY.has(decl) ? 'gb18030' : decl && decl !== 'utf-8' ? decl : 'gb18030';
  try {
    if (!decl || decl === 'utf-8') warnings.push(`${fileName}: declared ${declared ?? 'UTF-8 (by default)'} but the bytes are not UTF-8; they were read as GB18030. Check the Chinese text.`);
    return { decoder: new TextDecoder(label), warnings };
  } catch {
    warnings.push(`${fileName}: the declared encoding ${declared} is not supported; read as GB18030.`);
    return { decoder: new TextDecoder('gb18030'), warnings };
  }
}
