import { Dexie } from 'dexie';
import type { CompiledGlossary } from '../core/glossary';
import { checkDocument, createCheckContext } from '../core/engine';
import type { Finding } from '../core/model';
import { countSourceWords, mqmTopCategory, postEditEffort, scoreMqmProject, toMqmSeverity, type MqmConfig, type MqmSeverity } from '../core/score';
import { checkUnitOf, readProjectFindings, toCurrentUnits, type CachedFinding, type DuizhaoDB, type UnitRecord } from '../db';
import { glossaryPages } from './glossaryPages';
import type { DashboardStats, DocumentScoreTable, StatBar } from './glossaryProtocol';

const PAGE = 20_000;

const EFFORT_BUCKETS: { label: string; max: number }[] = [
  { label: 'up to 5%', max: 0.05 },
  { label: '5–15%', max: 0.15 },
  { label: '15–30%', max: 0.3 },
  { label: '30–50%', max: 0.5 },
  { label: 'over 50%', max: Infinity },
];

const countBars = (m: Map<string, number>): StatBar[] => [...m].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
const words = (text: string) => (text.trim() ? countSourceWords(text) : 0);
type Weighted = { severity: MqmSeverity; category: string };

/**
 * Everything the Dashboard draws, read where the data lives: findings by check and by MQM
 * category, the most frequent forbidden renderings with their fix, MQM per document
 * (annotations and estimated from findings) with pass/fail, and the post-editing effort of
 * corrected units. Findings come from the findings cache (chunk records, read in pages); documents a
 * reviewer changed are checked again here with `glossary`, so an edit shows at once. Word
 * counts come from the document records (corrected by source revisions) when the import
 * wrote them, else from the units. Never holds the project's units or findings all at once.
 */
export async function glossaryDashboard(
  db: DuizhaoDB,
  projectId: number,
  glossary: () => Promise<CompiledGlossary>,
  mqm: MqmConfig | undefined,
  progress?: (phase: string, done: number, total: number) => void,
): Promise<DashboardStats> {
  const docs = await db.documents.where('[projectId+order]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).toArray();
  const [revisions, annotations] = await Promise.all([db.revisions.where('projectId').equals(projectId).toArray(), db.annotations.where('projectId').equals(projectId).toArray()]);
  const revised = (await db.units.bulkGet([...new Set(revisions.map((r) => r.unitId))])).filter((u): u is UnitRecord => u !== undefined);
  const current = toCurrentUnits(revised, revisions);
  const changedDocs = new Set(revised.map((u) => u.documentId));

  const byCheck = new Map<string, number>();
  const byCategory = new Map<string, number>();
  const wrong = new Map<string, { n: number; fix: Set<string> }>();
  const estimated = new Map<number, Weighted[]>();
  let total = 0;
  const add = (f: Pick<Finding, 'check' | 'mqm' | 'severity' | 'target' | 'suggestion'>, documentId: number) => {
    total++;
    byCheck.set(f.check, (byCheck.get(f.check) ?? 0) + 1);
    const top = mqmTopCategory(f.mqm);
    byCategory.set(top, (byCategory.get(top) ?? 0) + 1);
    if (f.check === 'terminology.forbidden' && f.target) {
      const w = wrong.get(f.target.text) ?? { n: 0, fix: new Set<string>() };
      w.n++;
      if (f.suggestion) w.fix.add(f.suggestion);
      wrong.set(f.target.text, w);
    }
    if (f.severity !== 'info') {
      const list = estimated.get(documentId) ?? [];
      list.push({ severity: toMqmSeverity(f.severity), category: f.mqm });
      estimated.set(documentId, list);
    }
  };

  // 1. Stored findings, except those of documents a reviewer changed.
  let cached = 0;
  const unplaced: CachedFinding[] = [];
  await readProjectFindings(db, projectId, (rows, done, chunks) => {
    for (const f of rows) {
      const d = f.documentId;
      if (d === undefined) unplaced.push(f);
      else if (!changedDocs.has(d)) {
        cached++;
        add(f, d);
      }
    }
    progress?.('reading', done, chunks);
  });
  if (unplaced.length) {
    const docOf = new Map((await db.units.bulkGet([...new Set(unplaced.map((f) => f.unitId))])).flatMap((u) => (u ? [[u.id, u.documentId] as const] : [])));
    for (const f of unplaced) {
      const d = docOf.get(f.unitId);
      if (d === undefined || changedDocs.has(d)) continue;
      cached++;
      add(f, d);
    }
  }

  // 2. Documents a reviewer changed: checked again with the current texts.
  if (changedDocs.size) {
    const ctx = { ...createCheckContext({ builtin: false }), glossary: await glossary() };
    let n = 0;
    for (const d of changedDocs) {
      const units = (await db.units.where('documentId').equals(d).toArray()).sort((a, b) => a.order - b.order);
      const ids = new Set(units.map((u) => u.id));
      const cur = toCurrentUnits(units, revisions.filter((r) => ids.has(r.unitId)));
      for (const f of checkDocument(cur.map((c) => checkUnitOf(c.unit, c.source, c.target)), ctx)) add(f, d);
      progress?.('checking', ++n, changedDocs.size);
    }
  }

  // 3. Source words per document, and the post-editing effort of corrected units.
  const wordsByDoc = new Map<number, number>();
  if (docs.every((d) => d.sourceWords !== undefined)) {
    for (const d of docs) wordsByDoc.set(d.id, d.sourceWords ?? 0);
    for (const cu of current) {
      if (cu.sourceRevision) wordsByDoc.set(cu.unit.documentId, (wordsByDoc.get(cu.unit.documentId) ?? 0) + words(cu.source) - words(cu.unit.source));
    }
  } else {
    const sourceOf = new Map(current.map((cu) => [cu.unit.id, cu.source]));
    const unitKeys = (await db.units.where('projectId').equals(projectId).primaryKeys()) as number[];
    await glossaryPages(db.units, unitKeys, PAGE, (rows: UnitRecord[], done) => {
      for (const u of rows) wordsByDoc.set(u.documentId, (wordsByDoc.get(u.documentId) ?? 0) + words(sourceOf.get(u.id) ?? u.source));
      progress?.('counting', done, unitKeys.length);
    });
  }
  const effortBuckets = EFFORT_BUCKETS.map(() => 0);
  let edited = 0;
  for (const cu of current) {
    if (cu.targetRevision && cu.unit.target.trim() && cu.target !== cu.unit.target) {
      edited++;
      const rate = postEditEffort(cu.unit.target, cu.target).charEditRate;
      effortBuckets[EFFORT_BUCKETS.findIndex((b) => rate <= b.max)]++;
    }
  }

  // 4. MQM per document: from the annotations, and estimated from the findings.
  const reviewedByDoc = new Map<number, Weighted[]>();
  const docOfUnit = new Map(revised.map((u) => [u.id, u.documentId]));
  for (const a of annotations) {
    if (a.deleted) continue;
    const d = a.documentId ?? docOfUnit.get(a.unitId);
    if (d === undefined) continue;
    const list = reviewedByDoc.get(d) ?? [];
    list.push({ severity: (a.severity ?? 'minor') as MqmSeverity, category: a.category ?? 'Other' });
    reviewedByDoc.set(d, list);
  }
  const input = (by: Map<number, Weighted[]>) => docs.map((d) => ({ id: String(d.id), annotations: by.get(d.id) ?? [], sourceWordCount: wordsByDoc.get(d.id) ?? 0 }));
  const table: DocumentScoreTable = {
    count: docs.length,
    ids: new Float64Array(docs.length),
    titles: '',
    titleEnds: new Uint32Array(docs.length),
    words: new Float64Array(docs.length),
    reviewed: new Float64Array(docs.length),
    reviewedPass: new Uint8Array(docs.length),
    estimated: new Float64Array(docs.length),
    estimatedPass: new Uint8Array(docs.length),
  };
  const titles: string[] = [];
  let end = 0;
  docs.forEach((d, i) => {
    table.ids[i] = d.id;
    table.words[i] = wordsByDoc.get(d.id) ?? 0;
    titles.push(d.title);
    end += d.title.length;
    table.titleEnds[i] = end;
  });
  table.titles = titles.join('');
  const fill = (by: Map<number, Weighted[]>, score: Float64Array, pass: Uint8Array) => {
    const index = new Map(docs.map((d, i) => [String(d.id), i]));
    for (const s of scoreMqmProject(input(by), mqm).documents) {
      const i = index.get(s.id);
      if (i === undefined) continue;
      score[i] = s.qualityScore ?? NaN;
      pass[i] = s.pass ? 1 : 0;
    }
  };
  fill(reviewedByDoc, table.reviewed, table.reviewedPass);
  fill(estimated, table.estimated, table.estimatedPass);
  return {
    byCheck: countBars(byCheck),
    byCategory: countBars(byCategory),
    documents: table,
    effort: EFFORT_BUCKETS.map((b, i) => ({ label: b.label, value: effortBuckets[i] })),
    editedUnits: edited,
    wrongRenderings: [...wrong]
      .map(([label, w]) => ({ label, value: w.n, bad: true, detail: [...w.fix].join(', ') }))
      .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
      .slice(0, 15),
    findings: total,
    units: docs.reduce((n, d) => n + d.unitCount, 0),
    cachedFindings: cached,
    rechecked: changedDocs.size,
  };
}
