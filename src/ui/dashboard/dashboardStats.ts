import type { Finding } from '../../core/model';
import { countSourceWords, mqmTopCategory, postEditEffort, scoreMqmProject, toMqmSeverity, type MqmConfig, type MqmScore } from '../../core/score';
import type { AnnotationRecord, CurrentUnit, DocumentRecord } from '../../db';
import type { Bar } from './BarChart';

export interface DocumentScoreRow {
  documentId: number;
  title: string;
  words: number;
  /** From the reviewers' annotations (manual and confirmed findings). */
  reviewed: MqmScore;
  /** Estimated from the automatic findings (info excluded). */
  estimated: MqmScore;
}

export interface DashboardStats {
  byCheck: Bar[];
  byCategory: Bar[];
  documents: DocumentScoreRow[];
  effort: Bar[];
  editedUnits: number;
  wrongRenderings: Bar[];
}

const countBars = (m: Map<string, number>): Bar[] => [...m].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));

const EFFORT_BUCKETS: { label: string; max: number }[] = [
  { label: 'up to 5%', max: 0.05 },
  { label: '5–15%', max: 0.15 },
  { label: '15–30%', max: 0.3 },
  { label: '30–50%', max: 0.5 },
  { label: 'over 50%', max: Infinity },
];

/**
 * Everything the Dashboard draws, from the project's current units, its findings and its
 * annotations: findings by check and by MQM category, MQM per document (reviewed and
 * estimated) with pass/fail, the post-editing effort of corrected units (character edit
 * rate, bucketed), and the most frequent forbidden renderings with their fix.
 */
export function dashboardStats(
  units: readonly CurrentUnit[],
  documents: Map<number, DocumentRecord>,
  findings: readonly Finding[],
  annotations: readonly AnnotationRecord[],
  mqm?: MqmConfig,
): DashboardStats {
  const byCheck = new Map<string, number>();
  const byCategory = new Map<string, number>();
  const wrong = new Map<string, { n: number; fix: Set<string> }>();
  const docOf = new Map(units.map((cu) => [String(cu.unit.id), cu.unit.documentId]));
  const estimatedByDoc = new Map<number, { severity: ReturnType<typeof toMqmSeverity>; category: string }[]>();
  for (const f of findings) {
    byCheck.set(f.check, (byCheck.get(f.check) ?? 0) + 1);
    byCategory.set(mqmTopCategory(f.mqm), (byCategory.get(mqmTopCategory(f.mqm)) ?? 0) + 1);
    if (f.check === 'terminology.forbidden' && f.target) {
      const w = wrong.get(f.target.text) ?? { n: 0, fix: new Set<string>() };
      w.n++;
      if (f.suggestion) w.fix.add(f.suggestion);
      wrong.set(f.target.text, w);
    }
    const d = docOf.get(f.unitId);
    if (d !== undefined && f.severity !== 'info') {
      const list = estimatedByDoc.get(d) ?? [];
      list.push({ severity: toMqmSeverity(f.severity), category: f.mqm });
      estimatedByDoc.set(d, list);
    }
  }
  const words = new Map<number, number>();
  const effortBuckets = EFFORT_BUCKETS.map(() => 0);
  let edited = 0;
  for (const cu of units) {
    const d = cu.unit.documentId;
    words.set(d, (words.get(d) ?? 0) + (cu.source.trim() ? countSourceWords(cu.source) : 0));
    if (cu.targetRevision && cu.unit.target.trim() && cu.target !== cu.unit.target) {
      edited++;
      const rate = postEditEffort(cu.unit.target, cu.target).charEditRate;
      effortBuckets[EFFORT_BUCKETS.findIndex((b) => rate <= b.max)]++;
    }
  }
  const reviewedByDoc = new Map<number, { severity: ReturnType<typeof toMqmSeverity>; category: string }[]>();
  for (const a of annotations) {
    if (a.deleted) continue;
    const d = a.documentId ?? docOf.get(String(a.unitId));
    if (d === undefined) continue;
    const list = reviewedByDoc.get(d) ?? [];
    list.push({ severity: (a.severity ?? 'minor') as ReturnType<typeof toMqmSeverity>, category: a.category ?? 'Other' });
    reviewedByDoc.set(d, list);
  }
  const ids = [...documents.values()].sort((a, b) => a.order - b.order).map((d) => d.id);
  const input = (by: typeof reviewedByDoc) => ids.map((id) => ({ id: String(id), annotations: by.get(id) ?? [], sourceWordCount: words.get(id) ?? 0 }));
  const reviewed = scoreMqmProject(input(reviewedByDoc), mqm).documents;
  const estimated = scoreMqmProject(input(estimatedByDoc), mqm).documents;
  return {
    byCheck: countBars(byCheck),
    byCategory: countBars(byCategory),
    documents: ids.map((id, i) => ({ documentId: id, title: documents.get(id)?.title ?? '', words: words.get(id) ?? 0, reviewed: reviewed.find((r) => r.id === String(id)) ?? reviewed[i], estimated: estimated.find((r) => r.id === String(id)) ?? estimated[i] })),
    effort: EFFORT_BUCKETS.map((b, i) => ({ label: b.label, value: effortBuckets[i] })),
    editedUnits: edited,
    wrongRenderings: [...wrong]
      .map(([label, w]) => ({ label, value: w.n, bad: true, detail: [...w.fix].join(', ') }))
      .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
      .slice(0, 15),
  };
}
