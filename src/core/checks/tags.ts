import type { Check, CheckUnit } from './Check';
import type { Finding } from '../model/Finding';
import type { InlineTag } from '../model/Unit';
import { makeFinding, spanOf } from './util/makeFinding';
import { pairKey, placeholderLabel } from '../formats/placeholders';
import { SEEN_PRIVATE_USE } from '../text';
import { sourceSpans, targetSpans } from './util/unitCache';

// Imported values read once: a CommonJS build (tsx, the CLI) reads imports through getters.
const srcSpansOf = sourceSpans;
const tgtSpansOf = targetSpans;
const PRIVATE_USE = SEEN_PRIVATE_USE;

const CLOSE_OF: Record<string, string> = { bpt: 'ept', bx: 'ex', sc: 'ec', sm: 'em' };

interface Occ {
  ch: string;
  pos: number;
  /** n-th occurrence of this placeholder on its side. */
  n: number;
}

function occurrences(text: string): Occ[] {
  const seen = new Map<string, number>();
  const out: Occ[] = [];
  for (const m of text.matchAll(/[\uE000-\uF8FF]/g)) {
    const n = (seen.get(m[0]) ?? 0) + 1;
    seen.set(m[0], n);
    out.push({ ch: m[0], pos: m.index ?? 0, n });
  }
  return out;
}

/** Indices (into `seq`) of a longest increasing subsequence; O(n log n). */
function lis(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0, hi = tails.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (seq[tails[mid]] < seq[i]) lo = mid + 1; else hi = mid; }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) keep.add(k);
  return keep;
}

function partnerOf(open: InlineTag, tags: readonly InlineTag[]): InlineTag | undefined {
  const k = pairKey(open);
  return tags.find((t) => t !== open && t.kind === 'close' && pairKey(t) === k && (t.element === open.element || CLOSE_OF[open.element] === t.element));
}

/**
 * `tags`: inline markup (XLIFF/TMX tags, shown as placeholders) missing from the target,
 * added to it, or out of order. A closing tag before its opening tag, or two pairs that cross,
 * breaks the markup (major); other order changes are reported as minor, since Chinese word
 * order often moves a tag legitimately.
 */
export const tags: Check = {
  id: 'tags',
  mqm: 'Design and markup',
  defaultSeverity: 'major',
  description: 'Inline tags missing, added or out of order in the translation',
  needsSource: true,
  run(unit: CheckUnit): Finding[] {
    const { source, target } = unit;
    if (!target || !source) return [];
    // placeholder characters (U+E000–U+F8FF) on either side? The sentence split saw them.
    if (((srcSpansOf(unit).seen | tgtSpansOf(unit).seen) & PRIVATE_USE) === 0) return [];
    const byId = new Map((unit.tags ?? []).map((t) => [t.id, t]));
    const label = (ch: string) => { const t = byId.get(ch); return t ? placeholderLabel(t) : `#${ch.charCodeAt(0) - 0xe000 + 1}`; };
    const src = occurrences(source);
    const tgt = occurrences(target);
    const key = (o: Occ) => `${o.ch}#${o.n}`;
    const srcIndex = new Map(src.map((o, i) => [key(o), i]));
    const tgtKeys = new Set(tgt.map(key));
    const out: Finding[] = [];
    for (const o of src) {
      if (tgtKeys.has(key(o))) continue;
      out.push(makeFinding(tags, unit, {
        source: spanOf(source, o.pos, o.pos + 1),
        message: `The tag ${label(o.ch)} of the source is missing in the translation; put it back where it belongs.`,
      }));
    }
    const common: { o: Occ; s: number }[] = [];
    for (const o of tgt) {
      const s = srcIndex.get(key(o));
      if (s === undefined) {
        out.push(makeFinding(tags, unit, {
          target: spanOf(target, o.pos, o.pos + 1),
          message: `The tag ${label(o.ch)} is not in the source (added or duplicated); remove it.`,
        }));
      } else common.push({ o, s });
    }
    // broken pairs: a close before its open, or crossing pairs
    const at = new Map(common.map((c) => [key(c.o), c.o.pos]));
    const broken = new Set<string>();
    const pairs: [number, number, InlineTag][] = [];
    for (const t of unit.tags ?? []) {
      if (t.kind !== 'open') continue;
      const p = partnerOf(t, unit.tags ?? []);
      const a = at.get(`${t.id}#1`), b = p ? at.get(`${p.id}#1`) : undefined;
      if (a === undefined || b === undefined || !p) continue;
      if (b < a) {
        broken.add(`${t.id}#1`).add(`${p.id}#1`);
        out.push(makeFinding(tags, unit, {
          target: spanOf(target, b, b + 1),
          message: `The closing tag ${placeholderLabel(p)} comes before its opening tag ${placeholderLabel(t)}; the markup is broken. Swap them.`,
        }));
      } else pairs.push([a, b, t]);
    }
    for (let i = 0; i < pairs.length; i++) {
      for (let j = i + 1; j < pairs.length; j++) {
        const [a1, b1, t1] = pairs[i], [a2, b2, t2] = pairs[j];
        if ((a1 < a2 && a2 < b1 && b1 < b2) || (a2 < a1 && a1 < b2 && b2 < b1)) {
          broken.add(`${t1.id}#1`).add(`${t2.id}#1`);
          const pos = Math.max(a1, a2);
          out.push(makeFinding(tags, unit, {
            target: spanOf(target, pos, pos + 1),
            message: `The tag pairs ${placeholderLabel(t1)} and ${placeholderLabel(t2)} cross each other; the markup is broken. Nest one inside the other as in the source.`,
          }));
        }
      }
    }
    // other order changes (minor)
    const keep = lis(common.map((c) => c.s));
    common.forEach((c, i) => {
      if (keep.has(i) || broken.has(key(c.o))) return;
      out.push(makeFinding(tags, unit, {
        severity: 'minor',
        target: spanOf(target, c.o.pos, c.o.pos + 1),
        message: `The tag ${label(c.o.ch)} is in a different order than in the source; check that it still marks the right words.`,
      }));
    });
    return out;
  },
};
