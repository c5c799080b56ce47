/**
 * Mine how English ML terms are rendered in real EN→ZH machine translation.
 *
 *   npx tsx src/tools/mineRenderings.ts [--term "policy"]... [--concept rl.policy]... [--domain rl]
 *        [--top 20] [--min 3] [--data FILE.jsonl] [--json]
 *
 * Without --term/--concept every concept of the built-in termbase is mined. The default data
 * is ../shared/data/arxiv-adv-tencentmt/pairs-2021-2023.jsonl (third-party, not in the repo).
 */
import { fileURLToPath } from 'node:url';
import { builtinTermbase } from '../core/glossary/builtinTermbase';
import { countRenderings, prepareCorpus, readPairs, termQueries } from './mining';
import type { RenderingStats, TermQuery } from './mining';

const DEFAULT_DATA = fileURLToPath(
  new URL('../../../shared/data/arxiv-adv-tencentmt/pairs-2021-2023.jsonl', import.meta.url),
);

const USAGE =
  'usage: mineRenderings [--term "policy"]... [--concept rl.policy]... [--domain rl] [--top 20] [--min 3] [--data FILE.jsonl] [--json]';

function formatStats(s: RenderingStats, id?: string): string {
  const lines = [`${s.label}${id ? ` [${id}]` : ''}: ${s.sourcePairs} of ${s.totalPairs} pairs`];
  const list = (name: string, xs: RenderingStats['approved']) => {
    if (xs.length) lines.push(`  ${name}: ${xs.map((x) => `${x.text} ×${x.pairs} (elsewhere ×${x.outside})`).join(', ')}`);
  };
  list('approved ', s.approved);
  list('forbidden', s.forbidden);
  if (s.approved.length) lines.push(`  no approved rendering in ${s.withoutApproved} of ${s.sourcePairs}`);
  if (s.ngrams.length) {
    lines.push(`  over-represented: ${s.ngrams.map((g) => `${g.text} ${g.pairs}/${g.background}`).join(', ')}`);
  }
  return lines.join('\n');
}

/** Run the miner with command-line arguments; returns an exit code (0 ok, 2 bad usage or data). */
export function mineRenderings(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  const terms: string[] = [];
  const concepts: string[] = [];
  let domain: string | undefined;
  let top = 20;
  let minCount = 3;
  let data = DEFAULT_DATA;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value. ${USAGE}`);
      return v;
    };
    try {
      if (a === '--term') terms.push(val());
      else if (a === '--concept') concepts.push(val());
      else if (a === '--domain') domain = val();
      else if (a === '--top') top = Number(val());
      else if (a === '--min') minCount = Number(val());
      else if (a === '--data') data = val();
      else if (a === '--json') json = true;
      else if (a === '--help' || a === '-h') {
        out(USAGE);
        return 0;
      } else throw new Error(`unknown argument "${a}". ${USAGE}`);
    } catch (e) {
      err((e as Error).message);
      return 2;
    }
  }
  if (!Number.isInteger(top) || top < 0 || !Number.isInteger(minCount) || minCount < 1) {
    err(`--top and --min take whole numbers (--min at least 1). ${USAGE}`);
    return 2;
  }

  const all = termQueries(builtinTermbase());
  let queries: (TermQuery & { id?: string })[];
  if (terms.length || concepts.length) {
    queries = [];
    for (const t of terms) {
      const known = all.find((q) => q.en.some((e) => e.toLowerCase() === t.toLowerCase()));
      queries.push(known ? { ...known, label: t } : { label: t, en: [t] });
    }
    for (const id of concepts) {
      const known = all.find((q) => q.id === id);
      if (!known) {
        err(`no concept "${id}" in the built-in termbase (seeds/termbase-ml.json).`);
        return 2;
      }
      queries.push(known);
    }
  } else {
    queries = all.filter((q) => !domain || builtinTermbase().concepts.find((c) => c.id === q.id)?.domain === domain);
  }

  let corpus;
  try {
    corpus = prepareCorpus(readPairs(data));
  } catch (e) {
    err((e as Error).message);
    return 2;
  }
  const results = queries.map((q) => ({ id: q.id, ...countRenderings(corpus, q, { top, minCount }) }));
  if (json) out(JSON.stringify(results, null, 1));
  else for (const r of results) out(formatStats(r, r.id));
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = mineRenderings(process.argv.slice(2), (l) => console.log(l), (l) => console.error(l));
}
