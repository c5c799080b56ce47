import type { CompiledGlossary } from '../core/glossary';
import { extractCandidates } from '../core/learn';
import type { DuizhaoDB } from '../db';
import { candidateKey, correctionsOf, revisedCurrentUnits } from '../db/glossary';
import type { CandidateFound, UnitRef } from './glossaryProtocol';
import { glossaryUnitRefs } from './glossaryUnitRefs';

/**
 * Glossary candidates learned from the project's corrections: only the units that carry a
 * reviewer's translation are read (not the whole project), then the learner runs with the
 * compiled termbase. Each candidate names its evidence units.
 */
export async function glossaryCandidates(db: DuizhaoDB, projectId: number, glossary: CompiledGlossary): Promise<CandidateFound[]> {
  const units = await revisedCurrentUnits(db, projectId);
  const candidates = extractCandidates(correctionsOf(units), glossary);
  const refs = new Map<string, UnitRef>();
  for (const r of await glossaryUnitRefs(db, [...new Set(candidates.flatMap((c) => c.evidence.map(Number)))].filter(Number.isFinite))) refs.set(String(r.unitId), r);
  return candidates.map((c) => ({ ...c, key: candidateKey(c), evidenceUnits: c.evidence.flatMap((id) => refs.get(id) ?? []) }));
}
