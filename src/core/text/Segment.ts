import type { Span } from '../model/Finding';

/**
 * Bead shape: sentences on the source side – on the target side. `n-m` = more than two
 * sentences on one side (Chinese clauses split at "；" rejoined to their English sentence).
 */
export type SegmentKind = '1-1' | '1-2' | '2-1' | '1-0' | '0-1' | '2-2' | 'n-m';

/**
 * An aligned sentence pair (or group) inside one unit. Spans are UTF-16 offsets into the
 * unit's source/target text and cover the grouped sentences from the first one's start to
 * the last one's end; `null` when that side has no sentence in this segment.
 */
export interface Segment {
  source: Span | null;
  target: Span | null;
  kind: SegmentKind;
}
