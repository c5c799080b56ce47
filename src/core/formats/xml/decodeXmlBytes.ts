export interface DecodedXml {
  text: string;
  /** WHATWG encoding label actually used. */
  encoding: string;
  warnings: string[];
}

const UTF8_LIKE = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030', 'gb_2312-80', 'x-gbk', 'cp936', 'euc-cn']);

/** The `encoding="…"` of the XML declaration, read from the first bytes (ASCII-compatible or UTF-16). */
export function declaredXmlEncoding(bytes: Uint8Array, utf16?: 'utf-16le' | 'utf-16be'): string | undefined {
  const head = utf16
    ? new TextDecoder(utf16).decode(bytes.subarray(0, 400))
    : String.fromCharCode(...bytes.subarray(0, 200));
  const decl = /^\uFEFF?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return decl?.[1];
}

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return true;
  return false;
}

/**
 * Decode an XML file: the BOM wins, then valid UTF-8, then the declared encoding (GB2312/GBK
 * are read as their superset GB18030). A declaration that disagrees with the bytes is reported
 * as a warning, never trusted blindly.
 */
export function decodeXmlBytes(bytes: Uint8Array, fileName: string): DecodedXml {
  const warnings: string[] = [];
  const b0 = bytes[0], b1 = bytes[1], b2 = bytes[2];
  let bom: 'utf-8' | 'utf-16le' | 'utf-16be' | undefined;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) bom = 'utf-8';
  else if (b0 === 0xff && b1 === 0xfe) bom = 'utf-16le';
  else if (b0 === 0xfe && b1 === 0xff) bom = 'utf-16be';
  else if (b0 === 0x3c && b1 === 0x00 && bytes[3] === 0x00) bom = 'utf-16le'; // "<?" without BOM
  else if (b0 === 0x00 && b1 === 0x3c) bom = 'utf-16be';

  const declared = declaredXmlEncoding(bytes, bom === 'utf-16le' || bom === 'utf-16be' ? bom : undefined);
  const decl = declared?.toLowerCase();

  if (bom) {
    const text = tryDecode(bom, bytes, false) ?? '';
    if (decl && !decl.startsWith('utf-16') && !(bom === 'utf-8' && UTF8_LIKE.has(decl)) && !(bom !== 'utf-8' && decl === 'utf-16')) {
      warnings.push(`${fileName}: the file declares encoding ${declared} but starts with a ${bom.toUpperCase()} byte-order mark; it was read as ${bom.toUpperCase()}. Check the characters, and fix the declaration in the tool that wrote it.`);
    }
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: bom, warnings };
  }

  const utf8 = tryDecode('utf-8', bytes, true);
  if (utf8 !== undefined) {
    if (decl && !UTF8_LIKE.has(decl) && hasNonAscii(bytes)) {
      warnings.push(`${fileName}: declared ${declared} but the bytes are UTF-8; it was read as UTF-8. Check the Chinese text, and fix the declaration in the tool that wrote it.`);
    }
    return { text: utf8, encoding: 'utf-8', warnings };
  }

  const label = decl && GB_FAMILY.has(decl) ? 'gb18030' : decl;
  if (label && !UTF8_LIKE.has(label)) {
    const text = tryDecode(label, bytes, false);
    if (text !== undefined) return { text, encoding: label, warnings };
    warnings.push(`${fileName}: the declared encoding ${declared} is not supported here; trying GB18030.`);
  }
  const gb = tryDecode('gb18030', bytes, true);
  if (gb !== undefined) {
    warnings.push(`${fileName}: declared ${declared ?? 'UTF-8 (by default)'} but the bytes are not UTF-8; they were read as GB18030. Check the Chinese text.`);
    return { text: gb, encoding: 'gb18030', warnings };
  }
  warnings.push(`${fileName}: the bytes are not valid ${declared ?? 'UTF-8'}; unreadable bytes were replaced by \uFFFD. Re-save the file as UTF-8 and import again if the text looks wrong.`);
  return { text: tryDecode('utf-8', bytes, false) ?? '', encoding: 'utf-8', warnings };
}
