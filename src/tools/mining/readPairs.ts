import { readFileSync } from 'node:fs';
import type { MinedPair } from './prepareCorpus';

/**
 * Read a JSONL file of objects with string `source` and `target` (other fields ignored).
 * Throws an Error naming the file and line when a line is not such an object.
 */
export function readPairs(file: string): MinedPair[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`Cannot read ${file}: ${(e as Error).message}. Pass --data PATH to a JSONL file of {source, target}.`);
  }
  const pairs: MinedPair[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not valid JSON; each line must be one {"source": …, "target": …} object.`);
    }
    const r = o as Record<string, unknown>;
    if (typeof r?.source !== 'string' || typeof r?.target !== 'string') {
      throw new Error(`${file}:${i + 1}: needs string fields "source" and "target".`);
    }
    pairs.push({ source: r.source, target: r.target });
  });
  return pairs;
}
