import { segmentWords } from '../diff';

const HAN = /\p{Script=Han}/u;

/**
 * Translation spotting without a termbase. Candidates are the Chinese words and two-word
 * sequences of the aligned target sentences that occur in at least two lines and are
 * associated with them (Dice ≥ 0.3 against targets whose source lacks the query). They
 * are then chosen greedily as a set cover: the candidate covering the most lines not yet
 * covered first (ties: higher Dice, then the shorter), so 策略 and 政策 both surface and a
 * chance phrase such as 一个安全 does not. Returned in that order; a line is grouped under
 * the first one it contains.
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
    .slice(0, 30);
  const L = lineTargets.length;
  const dice = new Map<string, number>();
  for (const [cand, a] of top) {
    let b = 0;
    for (const t of backgroundTargets) if (t.includes(cand)) b++;
    const d = (2 * a) / (2 * a + b + (L - a));
    if (d >= 0.3) dice.set(cand, d);
  }
  const covered = new Array<boolean>(L).fill(false);
  const out: string[] = [];
  while (out.length < max) {
    let best: { cand: string; gain: number; d: number } | undefined;
    for (const [cand, d] of dice) {
      let gain = 0;
      for (let i = 0; i < L; i++) if (!covered[i] && lineSets[i].has(cand)) gain++;
      if (gain === 0) continue;
      if (!best || gain > best.gain || (gain === best.gain && (d > best.d || (d === best.d && cand.length < best.cand.length)))) best = { cand, gain, d };
    }
    if (!best) break;
    out.push(best.cand);
    dice.delete(best.cand);
    for (let i = 0; i < L; i++) if (lineSets[i].has(best.cand)) covered[i] = true;
  }
  return out;
}
