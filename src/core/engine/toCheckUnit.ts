import type { CheckUnit } from '../checks/Check';
import type { ParsedUnit } from '../model/Unit';

/** The engine's view of a parsed unit: id, source, target, plus detection/engine (dump) and inline tags (XLIFF/TMX). */
export function toCheckUnit(u: ParsedUnit): CheckUnit {
  const cu: CheckUnit = { id: u.id, source: u.source, target: u.target };
  if (u.detected) cu.detected = u.detected;
  if (u.engine) cu.engine = u.engine;
  if (u.tags?.length) cu.tags = u.tags;
  return cu;
}
