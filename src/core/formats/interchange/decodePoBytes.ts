/** PO bytes → text: BOM, else UTF-8, else the header's `charset=` (GBK/GB2312 read as GB18030). */
export function decodePoBytes(bytes: Uint8Array, fileName: string): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), warnings };
  } catch {
    const head = String.fromCharCode(...bytes.subarray(0, 2000));
    let cs = /charset=([A-Za-z0-9_.:-]+)/.exec(head)?.[1]?.toLowerCase() ?? 'gb18030';
    if (cs === 'gbk' || cs === 'gb2312' || cs === 'cp936') cs = 'gb18030';
    try {
      return { text: new TextDecoder(cs).decode(bytes), warnings };
    } catch {
      warnings.push(`${fileName}: the charset ${cs} is not supported; read as GB18030. Re-save the file as UTF-8 if the text looks wrong.`);
      return { text: new TextDecoder('gb18030').decode(bytes), warnings };
    }
  }
}
