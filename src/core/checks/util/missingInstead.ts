import type { CompiledGlossary } from '../../glossary';
import { matchSource, matchTargetAll } from '../../glossary';
import type { AlignedLengths } from './alignedLengths';
import { ZH_PER_EN_CHAR } from './lengthRatio';

/** The aligner's "no target" for source sentence `k` was right: report it. */
export const KEEP = -1;
/** Source sentence `k` is translated, run into a neighbour's target sentence: nothing is missing. */
export const MERGED = -2;

/**
 * When the aligner gives source sentence `k` no target (bead `b`), the target may still
 * translate it inside a neighbour's target sentence: one target sentence covering two
 * source sentences (a run-on merge, "…黑盒攻击查询攻击基于一种新的目标函数…"), or the
 * neighbour's own sentence is the one really missing and the aligner shifted ("我们提出了一种
 * 新的方法我们已经进行了大量的实验…" translates the experiments sentence, not the proposal).
 *
 * Evidence is the termbase: the concepts of sentence k found in the neighbour's adjacent
 * target sentence that the neighbour's own source sentences do not have — at least two,
 * and at least half of k's concepts. Then the neighbour's adjacent source sentence is
 * either covered too (half of its concepts there, or, with fewer than two concepts, the
 * target sentence long enough for both): MERGED; or it is the sentence missing: its index.
 * Otherwise KEEP. Runs only for a sentence omission is about to report (rare).
 */
export function missingInstead(source: string, target: string, a: AlignedLengths, b: number, g: CompiledGlossary | undefined): number {
  const { src, tgt, pairs } = a;
  if (!g || pairs[b].source.length !== 1) return KEEP;
  const k = pairs[b].source[0];
  const mine = conceptsOf(g, sentence(source, src.bounds, k), false);
  if (mine.size < 2) return KEEP;
  for (const side of [-1, 1]) {
    const nb = pairs[b + side];
    if (!nb || nb.source.length === 0 || nb.target.length === 0) continue;
    const t = side < 0 ? nb.target[nb.target.length - 1] : nb.target[0];
    const there = conceptsOf(g, sentence(target, tgt.bounds, t), true);
    const theirs = new Set<string>();
    for (const s of nb.source) for (const c of conceptsOf(g, sentence(source, src.bounds, s), false)) theirs.add(c);
    let distinct = 0;
    for (const c of mine) if (there.has(c) && !theirs.has(c)) distinct++;
    if (distinct < 2 || distinct * 2 < mine.size) continue;
    // sentence k is in target sentence t: is the neighbour's adjacent source sentence too?
    const y = side < 0 ? nb.source[nb.source.length - 1] : nb.source[0];
    const own = conceptsOf(g, sentence(source, src.bounds, y), false);
    if (own.size >= 2) {
      let found = 0;
      for (const c of own) if (there.has(c)) found++;
      return found * 2 >= own.size ? MERGED : y;
    }
    const zh = tgt.han[t] + tgt.alnum[t] * ZH_PER_EN_CHAR;
    return zh >= 0.5 * (src.alnum[k] + src.alnum[y]) * ZH_PER_EN_CHAR ? MERGED : y;
  }
  return KEEP;
}

function sentence(text: string, bounds: number[], i: number): string {
  return text.slice(bounds[2 * i], bounds[2 * i + 1]);
}

/** The concept ids the termbase finds in an English or a Chinese sentence. */
function conceptsOf(g: CompiledGlossary, text: string, chinese: boolean): Set<string> {
  const out = new Set<string>();
  for (const h of chinese ? matchTargetAll(g, text) : matchSource(g, text)) for (const e of h.entries) out.add(e.conceptId);
  return out;
}
