/**
 * Re-mine the counts recorded in the notes of seeds/termbase-ml.json and rewrite the file in
 * its canonical one-concept-per-line form (run after adding or editing concepts):
 *
 *   npx tsx src/tools/refreshTermbaseNotes.ts [--data FILE.jsonl] [--file seeds/termbase-ml.json]
 *
 * Only the trailing "Tencent MT, … arXiv abstracts, …" sentence of each note changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Termbase } from '../core/glossary/Termbase';
import { validateTermbase } from '../core/glossary/validateTermbase';
import { countRenderings, prepareCorpus, readPairs, termQueries } from './mining';
import { countNote, formatTermbase } from './termbase';

const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));

/** Returns an exit code: 0 written, 2 bad arguments, data or termbase. */
export function refreshTermbaseNotes(argv: string[], out: (l: string) => void, err: (l: string) => void): number {
  let data = here('../../../shared/data/arxiv-adv-tencentmt/pairs-2021-2023.jsonl');
  let file = here('../../seeds/termbase-ml.json');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if ((a === '--data' || a === '--file') && v !== undefined) {
      if (a === '--data') data = v;
      else file = v;
      i++;
    } else {
      err(`unknown or incomplete argument "${a}"; usage: refreshTermbaseNotes [--data FILE.jsonl] [--file TERMBASE.json]`);
      return 2;
    }
  }
  let tb: Termbase;
  try {
    tb = JSON.parse(readFileSync(file, 'utf8')) as Termbase;
  } catch (e) {
    err(`Cannot read the termbase ${file}: ${(e as Error).message}`);
    return 2;
  }
  const problems = validateTermbase(tb);
  if (problems.length) {
    err(`${file} has ${problems.length} problem(s); fix them first:\n` + problems.join('\n'));
    return 2;
  }
  let corpus;
  try {
    corpus = prepareCorpus(readPairs(data));
  } catch (e) {
    err((e as Error).message);
    return 2;
  }
  const byId = new Map(tb.concepts.map((c) => [c.id, c]));
  let changed = 0;
  for (const q of termQueries(tb)) {
    const c = byId.get(q.id)!;
    const note = countNote(c.note, countRenderings(corpus, q, { top: 0 }));
    if (note !== c.note) changed++;
    if (note === undefined) delete c.note;
    else c.note = note;
  }
  writeFileSync(file, formatTermbase(tb));
  out(`${file}: ${tb.concepts.length} concepts, ${changed} note(s) updated from ${corpus.pairs.length} pairs.`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = refreshTermbaseNotes(process.argv.slice(2), (l) => console.log(l), (l) => console.error(l));
}
