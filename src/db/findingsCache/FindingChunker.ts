import type { CachedFinding, FindingChunkRecord } from '../records';

/** Findings per chunk record (about 25–40 KB: under Chromium's 64 KB limit for values kept inline). */
export const FINDINGS_PER_CHUNK = 100;

/**
 * Groups a stream of findings into chunk records, per project, numbered 0, 1, 2… in the
 * order they arrive: `add` returns a chunk each time one fills, `flush` the part-filled
 * ones. The numbering depends only on the findings' order, so two runs over the same
 * units write the same keys (a second, concurrent run overwrites instead of doubling).
 */
export class FindingChunker {
  private readonly open = new Map<number, CachedFinding[]>();
  private readonly next = new Map<number, number>();

  /** `first`: the number of the first chunk of each project. */
  constructor(
    private readonly size: number = FINDINGS_PER_CHUNK,
    private readonly first = 0,
  ) {}

  add(projectId: number, finding: CachedFinding): FindingChunkRecord | null {
    let list = this.open.get(projectId);
    if (!list) this.open.set(projectId, (list = []));
    list.push(finding);
    if (list.length < this.size) return null;
    this.open.set(projectId, []);
    return this.record(projectId, list);
  }

  /** The part-filled chunks; with `emptyFor`, an empty chunk for that project if it has none yet. */
  flush(emptyFor?: number): FindingChunkRecord[] {
    const out: FindingChunkRecord[] = [];
    for (const [projectId, list] of this.open) if (list.length) out.push(this.record(projectId, list));
    this.open.clear();
    if (emptyFor !== undefined && !this.next.has(emptyFor)) out.push(this.record(emptyFor, []));
    return out;
  }

  private record(projectId: number, findings: CachedFinding[]): FindingChunkRecord {
    const chunk = this.next.get(projectId) ?? this.first;
    this.next.set(projectId, chunk + 1);
    return { projectId, chunk, findings };
  }
}
