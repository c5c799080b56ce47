import { englishWordKey, tokenizeEnglish } from '../glossary';

/** One unit's evidence for a (wrong → right) change: the aligned English, how often it changed there. */
export interface ChangeEvidence {
  unitId: string;
  /** The English sentence(s) aligned with the changed Chinese. */
  english: string;
  occurrences: number;
}

export interface EnglishChoice {
  en: string;
  /** Phrases that fitted equally well (when `en` is '') or nearly as well. */
  alternatives: string[];
}

const STOP = new Set(
  (
    'a an the of in on at to for from by with without within into onto over under via per and or nor but not no ' +
    'is are was were be been being am do does did done has have had having it its this that these those there here ' +
    'we our us you your they them their he she his her i me my which who whom whose what when where why how than then ' +
    'as such so if while also both each either neither other another more most less least only very can could may might ' +
    'will would shall should must all any some many much about through during upon between among against ' +
    'up down out off again further once same just too own whether et al e g i eg ie etc ' +
    'propose proposes proposed present presents presented show shows shown demonstrate demonstrates paper work novel new ' +
    'use uses used using based approach'
  ).split(' '),
);
const MAX_N = 4;
const keyMemo = new Map<string, string>();

function wordKey(w: string): string {
  let k = keyMemo.get(w);
  if (k === undefined) {
    k = englishWordKey(w.replace(/['’]s$/i, '').replace(/['’]$/, ''));
    if (keyMemo.size >= 100_000) keyMemo.clear();
    keyMemo.set(w, k);
  }
  return k;
}

interface PhraseStat {
  surface: Map<string, number>;
  units: Map<string, number>;
  tokens: number;
}

/**
 * The English phrase a Chinese change most likely renders, from co-occurrence across the
 * units where the same change was made: the phrase present in the aligned English of all
 * (or most) of those units (coverage) and rare in the background units (the share of its
 * units that made the change); score = coverage × share, ≥ 0.5 to decide. Then the phrase whose frequency per
 * unit matches how often the change was made there, the shortest on a tie. With evidence
 * from one unit only, or when the best phrases still tie, `en` is '' and `alternatives`
 * lists the likeliest: the reviewer picks. No lexicon is used.
 */
export function chooseEnglishByCooccurrence(
  group: readonly ChangeEvidence[],
  background: readonly string[] | ((phraseKey: string) => number),
): EnglishChoice {
  const stats = new Map<string, PhraseStat>();
  for (const ev of group) {
    for (const [key, surface, n] of contentPhrases(ev.english)) {
      let s = stats.get(key);
      if (!s) stats.set(key, (s = { surface: new Map(), units: new Map(), tokens: n }));
      s.surface.set(surface, (s.surface.get(surface) ?? 0) + 1);
      s.units.set(ev.unitId, (s.units.get(ev.unitId) ?? 0) + 1);
    }
  }
  if (stats.size === 0) return { en: '', alternatives: [] };
  // Number of background units (other corrections) holding a phrase.
  let df: (key: string) => number;
  if (typeof background === 'function') df = background;
  else {
    const sets = background.map(phraseKeySet);
    df = (key) => sets.filter((set) => set.has(key)).length;
  }
  const unitIds = [...new Set(group.map((g) => g.unitId))];
  const occ = new Map<string, number>();
  for (const g of group) occ.set(g.unitId, (occ.get(g.unitId) ?? 0) + g.occurrences);
  // Only phrases covering a fair share of the units can win: the background is asked about those alone.
  const covered = [...stats.entries()].map(([key, s]) => ({ key, s, a: unitIds.filter((u) => s.units.has(u)).length }));
  const minA = Math.max(1, Math.ceil(0.3 * unitIds.length));
  const contenders = covered.filter((c) => c.a >= minA).sort((x, y) => y.a - x.a).slice(0, 300);
  const pool = contenders.length > 0 ? contenders : covered.sort((x, y) => y.a - x.a).slice(0, 50);
  const scored = pool.map(({ key, s, a }) => {
    const b = df(key);
    // Coverage of the change's units × share of the phrase's units that made the change.
    const dice = (a / unitIds.length) * (a / (a + b));
    let misfit = 0;
    for (const u of unitIds) misfit += Math.abs((s.units.get(u) ?? 0) - (occ.get(u) ?? 0));
    // The shortest spelling of the phrase (agent over agents), lower case when seen so.
    const lowerSeen = new Set([...s.surface.keys()].filter((w) => w === w.toLowerCase()));
    const surface = [...s.surface.entries()]
      .sort((x, y) => x[0].length - y[0].length || y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .map(([w]) => (lowerSeen.has(w.toLowerCase()) ? w.toLowerCase() : w))[0];
    return { key, surface, dice, misfit, tokens: s.tokens };
  });
  scored.sort((x, y) => y.dice - x.dice || x.misfit - y.misfit || x.tokens - y.tokens || (x.key < y.key ? -1 : 1));
  const best = scored[0];
  const ties = scored.filter((s) => s.dice === best.dice && s.misfit === best.misfit && s.tokens === best.tokens);
  // One unit is no co-occurrence: any word of its sentence could be the one.
  if (ties.length > 1 || best.dice < 0.5 || unitIds.length < 2) {
    return { en: '', alternatives: scored.slice(0, 8).map((s) => s.surface) };
  }
  return { en: best.surface, alternatives: scored.slice(1, 4).map((s) => s.surface) };
}

/** The keys of the content phrases of a text (for background document frequencies). */
export function phraseKeySet(text: string): Set<string> {
  return new Set(contentPhrases(text).map(([k]) => k));
}

/** Content n-grams (1..4 words, no stop word at either edge, not numbers): [key, surface, n]. */
export function contentPhrases(text: string): [string, string, number][] {
  const tokens = tokenizeEnglish(text);
  const lower = tokens.map((t) => t.text.toLowerCase());
  const keys = tokens.map((t) => wordKey(t.text));
  const out: [string, string, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Phrases neither start nor end inside a hyphenated compound (few-shot, not "shot").
    if (STOP.has(lower[i]) || /^\d+$/.test(lower[i]) || (i > 0 && tokens[i - 1].hyphenNext)) continue;
    for (let n = 1; n <= MAX_N && i + n <= tokens.length; n++) {
      const j = i + n - 1;
      if (j > i && !/^[\s\-\u2010\u2011]*$/.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
      if (STOP.has(lower[j]) || /^\d+$/.test(lower[j]) || tokens[j].hyphenNext) continue;
      out.push([keys.slice(i, j + 1).join(' '), text.slice(tokens[i].start, tokens[j].end), n]);
    }
  }
  return out;
}
