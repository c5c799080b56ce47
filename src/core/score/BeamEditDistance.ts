/**
 * Word-level Levenshtein distance against a fixed reference, as TER needs it:
 * only a band (beam) around the pseudo-diagonal of the matrix is computed, the trace of
 * edit operations is kept, and rows already computed for a hypothesis prefix are cached
 * in a trie so that shifted variants of one hypothesis reuse their common prefix.
 * Tokens are small integers (see translationEditRate).
 */
export const OP_NOP = 0;
export const OP_SUB = 1;
/** Consumes a reference token (insertion into the hypothesis). */
export const OP_INS = 2;
/** Consumes a hypothesis token (deletion from the hypothesis). */
export const OP_DEL = 3;
const OP_UNDEF = 4;
const INF = 1_000_000_000;
/** Upper bound on cached matrix cells (memory guard for very long units). */
const MAX_CACHE_CELLS = 4_000_000;

interface Row {
  cost: Int32Array;
  op: Uint8Array;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  row: Row | null;
}

export interface EditDistanceResult {
  cost: number;
  /** Operations from the start of both sequences to their end. */
  trace: Uint8Array;
}

export class BeamEditDistance {
  private readonly ref: readonly number[];
  private readonly nr: number;
  private readonly ratio: number;
  private readonly beam: number;
  private readonly initial: Row;
  private readonly root: TrieNode = { next: new Map(), row: null };
  private cachedCells = 0;

  /** `hypLength` is fixed: shifts never change the hypothesis length. */
  constructor(ref: readonly number[], hypLength: number, beamWidth = 25) {
    this.ref = ref;
    this.nr = ref.length;
    this.ratio = hypLength > 0 ? this.nr / hypLength : 1;
    this.beam = beamWidth < this.ratio / 2 ? Math.ceil(this.ratio / 2 + beamWidth) : beamWidth;
    const cost = new Int32Array(this.nr + 1);
    const op = new Uint8Array(this.nr + 1);
    for (let j = 0; j <= this.nr; j++) {
      cost[j] = j;
      op[j] = OP_INS;
    }
    this.initial = { cost, op };
  }

  distance(hyp: readonly number[]): EditDistanceResult {
    const nh = hyp.length;
    const rows: Row[] = [this.initial];
    // Reuse cached rows for the longest known prefix.
    let node = this.root;
    for (let i = 0; i < nh; i++) {
      const child = node.next.get(hyp[i]);
      if (!child || !child.row) break;
      rows.push(child.row);
      node = child;
    }
    const start = rows.length - 1;
    const nr = this.nr;
    const ref = this.ref;
    for (let i = start + 1; i <= nh; i++) {
      const cost = new Int32Array(nr + 1).fill(INF);
      const op = new Uint8Array(nr + 1).fill(OP_UNDEF);
      const prev = rows[i - 1];
      const diag = Math.floor(i * this.ratio);
      const minJ = Math.max(0, diag - this.beam);
      const maxJ = i === nh ? nr + 1 : Math.min(nr + 1, diag + this.beam);
      const word = hyp[i - 1];
      for (let j = minJ; j < maxJ; j++) {
        if (j === 0) {
          cost[0] = prev.cost[0] + 1;
          op[0] = OP_DEL;
          continue;
        }
        // Preference on ties: match/substitution, then deletion, then insertion.
        let best = prev.cost[j - 1] + (word === ref[j - 1] ? 0 : 1);
        let bestOp = word === ref[j - 1] ? OP_NOP : OP_SUB;
        const del = prev.cost[j] + 1;
        if (del < best) {
          best = del;
          bestOp = OP_DEL;
        }
        const ins = cost[j - 1] + 1;
        if (ins < best) {
          best = ins;
          bestOp = OP_INS;
        }
        if (best < cost[j]) {
          cost[j] = best;
          op[j] = bestOp;
        }
      }
      rows.push({ cost, op });
    }
    this.remember(hyp, rows, node, start);
    return { cost: rows[nh].cost[nr], trace: this.traceOf(rows, nh) };
  }

  private remember(hyp: readonly number[], rows: Row[], from: TrieNode, start: number): void {
    let node = from;
    for (let i = start; i < hyp.length; i++) {
      if (this.cachedCells + this.nr + 1 > MAX_CACHE_CELLS) return;
      let child = node.next.get(hyp[i]);
      if (!child) {
        child = { next: new Map(), row: rows[i + 1] };
        node.next.set(hyp[i], child);
        this.cachedCells += this.nr + 1;
      }
      node = child;
    }
  }

  private traceOf(rows: Row[], nh: number): Uint8Array {
    const out: number[] = [];
    let i = nh;
    let j = this.nr;
    while (i > 0 || j > 0) {
      const op = rows[i].op[j];
      out.push(op);
      if (op === OP_NOP || op === OP_SUB) {
        i -= 1;
        j -= 1;
      } else if (op === OP_INS) {
        j -= 1;
      } else if (op === OP_DEL) {
        i -= 1;
      } else {
        throw new Error(`TER: edit trace reached an uncomputed cell (${i}, ${j}); the beam is too narrow for this pair.`);
      }
    }
    return Uint8Array.from(out.reverse());
  }
}
