import type { AlignedPair } from './AlignedPair';

/**
 * The aligner's beads (in order, as the dynamic programme chose them) tidied up: runs of
 * unmatched sentences on both sides joined (mergeUnmatchedRuns), then Chinese clauses split
 * off at "；" joined to their bead (mergeClauses).
 */
export function mergeBeads(pairs: AlignedPair[], tgtText: string, tgtBounds: number[]): AlignedPair[] {
  return mergeClauses(mergeUnmatchedRuns(pairs), tgtText, tgtBounds);
}

/**
 * Between two matched beads, unmatched source sentences and unmatched target sentences
 * translate each other in a shape the DP cannot express (1–3, 3–2, …): join each such run
 * into one bead. A run with one side only stays as it is (a real omission or addition).
 */
function mergeUnmatchedRuns(pairs: AlignedPair[]): AlignedPair[] {
  const out: AlignedPair[] = [];
  let k = 0;
  while (k < pairs.length) {
    const p = pairs[k];
    if (p.source.length > 0 && p.target.length > 0) {
      out.push(p);
      k++;
      continue;
    }
    let e = k;
    const run: AlignedPair = { source: [], target: [] };
    while (e < pairs.length && (pairs[e].source.length === 0 || pairs[e].target.length === 0)) {
      run.source.push(...pairs[e].source);
      run.target.push(...pairs[e].target);
      e++;
    }
    if (run.source.length > 0 && run.target.length > 0) out.push(run);
    else out.push(...pairs.slice(k, e));
    k = e;
  }
  return out;
}

/**
 * Chinese often splits one English sentence into clauses at "；" (enumerations:
 * "(1)…；(2)…；(3)…。"). A target clause left unmatched next to a bead it continues
 * (the previous target ends with ；) or leads into (it ends with ；) joins that bead, so
 * 1–3 and 1–4 renderings come out whole instead of as spurious omissions.
 */
function mergeClauses(pairs: AlignedPair[], tgtText: string, tgtBounds: number[]): AlignedPair[] {
  const out: AlignedPair[] = [];
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k];
    if (p.source.length === 0 && p.target.length === 1) {
      const j = p.target[0];
      const prev = out[out.length - 1];
      if (prev && prev.source.length > 0 && prev.target[prev.target.length - 1] === j - 1 && clauseEnd(tgtText, tgtBounds, j - 1)) {
        prev.target.push(j);
        continue;
      }
      const next = pairs[k + 1];
      if (next && next.source.length > 0 && next.target[0] === j + 1 && clauseEnd(tgtText, tgtBounds, j)) {
        next.target.unshift(j);
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

/** Does target sentence j end with ；/; (a clause, not a sentence)? */
function clauseEnd(tgtText: string, tgtBounds: number[], j: number): boolean {
  const c = tgtText.charCodeAt(tgtBounds[2 * j + 1] - 1);
  return c === 0xff1b || c === 0x3b;
}
