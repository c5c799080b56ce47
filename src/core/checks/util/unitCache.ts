import type { CheckUnit } from '../Check';
import type { Span } from '../../model/Finding';
import { segmentUnit, splitSentences } from '../../text';

/** One aligned segment of a unit, as `segmentUnit` returns it. */
export interface UnitSegment {
  source: Span | null;
  target: Span | null;
  kind: string;
}

interface Cached {
  targetSentences?: Span[];
  segments?: UnitSegment[];
}

/**
 * Per-unit memo for the expensive text analyses several checks share (sentence split,
 * sentence alignment). Keyed by the CheckUnit object the engine passes to every check of
 * one unit, so it is computed at most once per unit and freed with it.
 */
const cache = new WeakMap<CheckUnit, Cached>();

function entry(unit: CheckUnit): Cached {
  let c = cache.get(unit);
  if (!c) {
    c = {};
    cache.set(unit, c);
  }
  return c;
}

/** The target's sentences (Chinese rules), UTF-16 spans into `unit.target`. */
export function targetSentences(unit: CheckUnit): Span[] {
  const c = entry(unit);
  if (!c.targetSentences) c.targetSentences = unit.target ? splitSentences(unit.target, 'zh') : [];
  return c.targetSentences;
}

/** Source/target aligned segments (1-1, 1-2, 2-1, 1-0, 0-1 …). */
export function unitSegments(unit: CheckUnit): UnitSegment[] {
  const c = entry(unit);
  if (!c.segments) c.segments = segmentUnit(unit.source, unit.target);
  return c.segments;
}
