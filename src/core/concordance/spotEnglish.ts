import { contentPhrases } from '../learn';

/**
 * The English side of translation spotting, for a Chinese query without a termbase: the
 * content phrases (1–2 words) of the aligned source sentences that occur in at least two
 * lines and far more often there than in sources whose target lacks the query (lift ≥ 3),
 * chosen greedily as a set cover like `spotRenderings` (代理 → agent, surrogate). Returns
 * phrase keys with their shortest spelling, in cover order.
 */
export function spotEnglish(lineSources: readonly string[], backgroundSources: readonly string[], max = 8): { key: string; surface: string }[] {
  if (lineSources.length < 2) return [];
  const surfaces = new Map<string, Map<string, number>>();
  const lineSets = lineSources.map((src) => {
    const seen = new Set<string>();
    for (const [key, surface, n] of contentPhrases(src)) {
      if (n > 2) continue;
      seen.add(key);
      const m = surfaces.get(key) ?? surfaces.set(key, new Map()).get(key)!;
      m.set(surface, (m.get(surface) ?? 0) + 1);
    }
    return seen;
  });
  const freq = new Map<string, number>();
  for (const s of lineSets) for (const k of s) freq.set(k, (freq.get(k) ?? 0) + 1);
  const top = [...freq.entries()].filter(([, a]) => a >= 2).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 40);
  const L = lineSources.length;
  const B = backgroundSources.length;
  const bgSets = top.length ? backgroundSources.map((s) => new Set(contentPhrases(s).filter(([, , n]) => n <= 2).map(([k]) => k))) : [];
  const lift = new Map<string, number>();
  for (const [key, a] of top) {
    let b = 0;
    for (const set of bgSets) if (set.has(key)) b++;
    const l = a / L / ((b + 0.5) / (B + 0.5));
    if (l >= 3) lift.set(key, l);
  }
  const covered = new Array<boolean>(L).fill(false);
  const out: { key: string; surface: string }[] = [];
  while (out.length < max) {
    let best: { key: string; gain: number; l: number } | undefined;
    for (const [key, l] of lift) {
      let gain = 0;
      for (let i = 0; i < L; i++) if (!covered[i] && lineSets[i].has(key)) gain++;
      if (gain === 0) continue;
      if (!best || gain > best.gain || (gain === best.gain && l > best.l)) best = { key, gain, l };
    }
    if (!best) break;
    // The shortest spelling (agent over agents, adversary over adversary's), lower case when seen so.
    const seen = surfaces.get(best.key)!;
    const shortest = [...seen.entries()].sort((x, y) => x[0].length - y[0].length || y[1] - x[1])[0][0];
    const surface = seen.has(shortest.toLowerCase()) ? shortest.toLowerCase() : shortest;
    out.push({ key: best.key, surface });
    lift.delete(best.key);
    for (let i = 0; i < L; i++) if (lineSets[i].has(best.key)) covered[i] = true;
  }
  return out;
}
