import { segmentWords } from '../diff';

const HAN = /\p{Script=Han}/u;

/**
 * Translation spotting without a termbase. Candidates are the Chinese words and two-word
 * sequences of the aligned target sentences that occur in at least two lines and far more
 * often there than in targets whose source lacks the query (lift ≥ 3: 的 and 我们 are
 * everywhere and drop out). They are then chosen greedily as a set cover: the candidate
 * covering the most lines not yet covered first (ties: the longer — 鲁棒 over its part 棒 —, then higher lift), so
 * 策略 and 政策 both surface and a chance phrase such as 一个安全 does not. Returned in that
 * order; a line is grouped under the first one it contains.
 */
export function spotRenderings(lineTargets: readonly string[], backgroundTargets: readonly string[], max = 8): string[] {
  if (lineTargets.length < 2) return [];
  const lineSets = lineTargets.map((t) => {
    const words = segmentWords(t).filter((w) => w.trim());
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      if (!HAN.test(words[i])) continue;
      seen.add(words[i]);
      if (i + 1 < words.length && HAN.test(words[i + 1])) seen.add(words[i] + words[i + 1]);
    }
    return seen;
  });
  const freq = new Map<string, number>();
  for (const s of lineSets) for (const c of s) freq.set(c, (freq.get(c) ?? 0) + 1);
  const top = [...freq.entries()]
    .filter(([, a]) => a >= 2)
    .sort((x, y) => y[1] - x[1] || x[0].length - y[0].length || (x[0] < y[0] ? -1 : 1))
    .slice(0, 40);
  const L = lineTargets.length;
  const B = backgroundTargets.length;
  const dice = new Map<string, number>();
  for (const [cand, a] of top) {
    let b = 0;
    for (const t of backgroundTargets) if (t.includes(cand)) b++;
    // Smoothing (+½) keeps a tiny background from making every word "associated".
    const lift = a / L / ((b + 0.5) / (B + 0.5));
    if (lift >= 3) dice.set(cand, lift);
  }
  const covered = new Array<boolean>(L).fill(false);
  const out: string[] = [];
  while (out.length < max) {
    let best: { cand: string; gain: number; d: number } | undefined;
    for (const [cand, d] of dice) {
      let gain = 0;
      for (let i = 0; i < L; i++) if (!covered[i] && lineSets[i].has(cand)) gain++;
      if (gain === 0) continue;
      if (!best || gain > best.gain || (gain === best.gain && (cand.length > best.cand.length || (cand.length === best.cand.length && d > best.d)))) best = { cand, gain, d };
    }
    if (!best) break;
    out.push(best.cand);
    dice.delete(best.cand);
    for (let i = 0; i < L; i++) if (lineSets[i].has(best.cand)) covered[i] = true;
  }
  return out;
}
