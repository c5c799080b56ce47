// Generated inputs of the browser benchmark: a TSV project and a TBX termbase.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTbx } from '../../../src/core/formats';
import type { Termbase } from '../../../src/core/glossary';
import { generateCorpus, generateTermbase, type BenchUnit } from '../generateCorpus';

export interface BenchFiles {
  tsv: string;
  tbx: string;
  units: number;
  documents: number;
  terms: number;
  /** The generated data itself (the benchmark runs the engine on it in Node for comparison). */
  corpus: BenchUnit[];
  termbase: Termbase;
}

/**
 * `units` generated units (distinct, 1–4 sentence pairs, one in three using a term of the
 * generated termbase) as `id,document,source,target` TSV with `perDoc` units per document,
 * and the `terms`-entry termbase as TBX-Basic.
 */
export function writeBenchFiles(dir: string, units: number, perDoc: number, terms: number): BenchFiles {
  const termbase = generateTermbase(terms);
  const corpus = generateCorpus(units, 2026, 1, 4, termbase);
  const lines = ['id\tdocument\tsource\ttarget'];
  corpus.forEach((u, i) => lines.push(`${u.id}\tabstract-${Math.floor(i / perDoc) + 1}\t${u.source}\t${u.target}`));
  const tsv = join(dir, `bench-${units}.tsv`);
  writeFileSync(tsv, lines.join('\n') + '\n', 'utf8');
  const tbx = join(dir, `bench-termbase-${terms}.tbx`);
  writeFileSync(tbx, writeTbx(termbase), 'utf8');
  return { tsv, tbx, units, documents: Math.ceil(units / perDoc), terms, corpus, termbase };
}
