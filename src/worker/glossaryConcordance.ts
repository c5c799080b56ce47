import { concordance, consistencyReport, type ConcordanceUnit, type ConsistencyEntry } from '../core/concordance';
import type { CompiledGlossary } from '../core/glossary';
import type { DuizhaoDB } from '../db';
import { projectCurrentUnits } from '../db/glossary';
import type { ConcordanceAnswer } from './glossaryProtocol';

/** The current texts of the last project asked about, by (database, project, version). */
let cached: { key: string; units: Promise<ConcordanceUnit[]> } | null = null;

/**
 * Every unit of the project with its current texts, as the concordance reads them; read
 * again only when `version` changes (the caller passes one that changes with every edit).
 */
function unitsOf(db: DuizhaoDB, projectId: number, version: string): Promise<ConcordanceUnit[]> {
  const key = `${db.name}|${projectId}|${version}`;
  if (cached?.key !== key) {
    const units = projectCurrentUnits(db, projectId).then((list) => list.map((cu) => ({ id: String(cu.unit.id), source: cu.source, target: cu.target, documentId: String(cu.unit.documentId) })));
    cached = { key, units };
    units.catch(() => {
      if (cached?.units === units) cached = null;
    });
  }
  return cached.units;
}

/**
 * A concordance of `query` across the project (English with stemming, or Chinese), with
 * the units its lines come from (for "Fix all") and the preferred rendering of the concept.
 */
export async function glossaryConcordance(db: DuizhaoDB, projectId: number, version: string, query: string, glossary: CompiledGlossary): Promise<ConcordanceAnswer> {
  const units = await unitsOf(db, projectId, version);
  const result = concordance(units, query, glossary);
  const ids = new Set(result.groups.flatMap((g) => g.lines.map((l) => l.unitId)));
  const preferred = result.conceptIds.map((id) => glossary.concepts.get(id)?.preferred).find(Boolean) ?? '';
  return { result, units: units.filter((u) => ids.has(u.id)), preferred };
}

/** Every termbase concept rendered more than one way in the project, most used first. */
export async function glossaryConsistency(db: DuizhaoDB, projectId: number, version: string, glossary: CompiledGlossary): Promise<ConsistencyEntry[]> {
  return consistencyReport(await unitsOf(db, projectId, version), glossary);
}
