import { countSourceWords, scoreMqm, type MqmAnnotationInput } from '../core/score';
import type { DuizhaoDB } from './DuizhaoDB';
import { readProjectFindings } from './findingsCache/readProjectFindings';
import { openFindingCounts } from './openFindingCounts';
import type { AnnotationRecord, CachedFinding, DecisionRecord } from './records';

export interface UnitScores {
  /** Open findings per severity (the project's findings cache, written by "Re-check project"), dismissed ones left out. */
  findingCounts: Map<number, Record<string, number>>;
  /** MQM quality score of each unit with annotations (confirmed findings and "Mark error"). */
  mqmScores: Map<number, number>;
  /** The newest decision per finding key (to count findings checked again: recountEditedDocuments). */
  decided: Map<string, DecisionRecord>;
}

/**
 * Per-unit figures for exports (CSV/TSV columns "MQM score" and "findings <severity>"):
 * must run inside a read transaction that includes findingChunks, decisions and annotations.
 */
export async function exportUnitScores(db: DuizhaoDB, projectId: number, sources: Map<number, string>): Promise<UnitScores> {
  const findings: CachedFinding[] = [];
  const [, decisions, annotations] = await Promise.all([
    readProjectFindings(db, projectId, (page) => {
      for (const f of page) if (sources.has(f.unitId)) findings.push(f);
    }),
    db.decisions.where('projectId').equals(projectId).toArray() as Promise<DecisionRecord[]>,
    db.annotations.where('projectId').equals(projectId).toArray() as Promise<AnnotationRecord[]>,
  ]);
  const decided = new Map<string, DecisionRecord>();
  for (const d of decisions.sort((a, b) => a.id - b.id)) decided.set(d.findingKey, d);
  const findingCounts = openFindingCounts(findings, decided);
  const byUnit = new Map<number, MqmAnnotationInput[]>();
  for (const a of annotations) {
    if (a.deleted || !a.severity || !a.category || !sources.has(a.unitId)) continue;
    const list = byUnit.get(a.unitId) ?? [];
    list.push({ severity: a.severity, category: a.category });
    byUnit.set(a.unitId, list);
  }
  const mqmScores = new Map<number, number>();
  for (const [unitId, list] of byUnit) {
    const s = scoreMqm(list, countSourceWords(sources.get(unitId) ?? '')).qualityScore;
    if (s !== null) mqmScores.set(unitId, Math.round(s * 10) / 10);
  }
  return { findingCounts, mqmScores, decided };
}
