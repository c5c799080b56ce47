import type { MqmSeverity } from './MQM_SEVERITIES';
import { resolveMqmConfig, type MqmConfig } from './MqmConfig';
import { finishScore, scoreMqm, type MqmAnnotationInput, type MqmScore } from './scoreMqm';

export interface MqmDocumentInput {
  id: string;
  annotations: readonly MqmAnnotationInput[];
  sourceWordCount: number;
}

export interface MqmProjectScore {
  /** Aggregate: APT summed over documents, normalised by the summed source words. */
  project: MqmScore;
  documents: (MqmScore & { id: string })[];
}

/** MQM per document and for the whole project (sum APT / sum words, not a mean of scores). */
export function scoreMqmProject(documents: readonly MqmDocumentInput[], config?: MqmConfig): MqmProjectScore {
  const cfg = resolveMqmConfig(config);
  const docs = documents.map((d) => ({ id: d.id, ...scoreMqm(d.annotations, d.sourceWordCount, config) }));
  const counts: Record<MqmSeverity, number> = { neutral: 0, minor: 0, major: 0, critical: 0 };
  const byCategory: Record<string, { count: number; penalty: number }> = {};
  let apt = 0;
  let words = 0;
  for (const d of docs) {
    apt += d.apt;
    words += d.sourceWordCount;
    for (const s of Object.keys(counts) as MqmSeverity[]) counts[s] += d.counts[s];
    for (const [k, v] of Object.entries(d.byCategory)) {
      const c = (byCategory[k] ??= { count: 0, penalty: 0 });
      c.count += v.count;
      c.penalty = Math.round((c.penalty + v.penalty) * 1e6) / 1e6;
    }
  }
  apt = Math.round(apt * 1e6) / 1e6;
  return { project: finishScore(apt, words, counts, byCategory, cfg.passThreshold, cfg.criticalFails), documents: docs };
}
