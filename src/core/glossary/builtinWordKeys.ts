import { BUILTIN_WORD_KEYS } from './builtinWordKeysData';

let table: Map<string, string> | undefined;

/**
 * The `tokenKey` of a word of the built-in termbase's English terms, from a table made by
 * tests/core/glossary/writeBuiltinWordKeys.ts (the same every run: compiling the built-in
 * termbase then stems none of its words); undefined for any other word.
 */
export function builtinWordKey(word: string): string | undefined {
  if (!table) {
    table = new Map();
    const data = BUILTIN_WORD_KEYS;
    let at = 0;
    while (at < data.length) {
      let end = data.indexOf('\n', at);
      if (end < 0) end = data.length;
      const tab = data.indexOf('\t', at);
      if (tab > at && tab < end) table.set(data.slice(at, tab), data.slice(tab + 1, end));
      at = end + 1;
    }
  }
  return table.get(word);
}
