import type { CheckUnit } from '../core/checks/Check';
import type { LangGuess } from '../core/model';
import type { UnitRecord } from './records';

/** The language detected at import, as the core's LangGuess (dump blocks), if any. */
export function detectedOf(u: UnitRecord): LangGuess | undefined {
  if (!u.detectedLang || u.detectedConfidence === undefined) return undefined;
  return { lang: u.detectedLang, code: u.detectedCode ?? u.detectedLang, confidence: u.detectedConfidence };
}

/**
 * What the check engine sees of a stored unit with its current texts. `id` is the database
 * id. Inline tags (XLIFF/TMX placeholders) go along, as the CLI passes them, for the `tags` check.
 */
export function checkUnitOf(u: UnitRecord, source: string, target: string): CheckUnit {
  const out: CheckUnit = { id: String(u.id), source, target };
  const detected = detectedOf(u);
  if (detected) out.detected = detected;
  if (u.engine) out.engine = u.engine;
  if (u.tags?.length) out.tags = u.tags;
  return out;
}
