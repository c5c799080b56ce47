import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { exportUnitScores } from '../../../src/db/exportUnitScores';
import { DuizhaoDB, FINDINGS_PER_CHUNK, parseWorkspaceBackup, readProjectFindings, restoreWorkspace, type CachedFinding } from '../../../src/db';

const V2 = {
  projects: '++id, kind, createdAt',
  documents: '++id, projectId, [projectId+order]',
  units: '++id, projectId, documentId, [documentId+order], [projectId+extId]',
  revisions: '++id, projectId, unitId, [unitId+side]',
  findings: '++id, projectId, unitId, key',
  decisions: '++id, projectId, unitId, findingKey, [projectId+findingKey]',
  annotations: '++id, projectId, unitId, documentId',
  glossaries: '++id, projectId, name',
  terms: '++id, glossaryId, conceptId',
  spotchecks: '++id, projectId',
  settings: 'key',
  events: '++id, projectId',
};

/** A finding record as the v2 re-check wrote it: one record per finding. */
function v2Finding(projectId: number, unitId: number, n: number): Record<string, unknown> {
  const text = `${n}`;
  return {
    projectId,
    documentId: unitId,
    unitId,
    key: `numbers|${unitId}|t0-${text.length}:${text}|`,
    check: 'numbers',
    severity: n % 80 === 40 ? 'major' : 'minor',
    mqm: 'Accuracy/Mistranslation',
    target: { start: 0, end: text.length, text },
    message: `原文没有数字${n}`,
  };
}

async function all(db: DuizhaoDB, projectId: number): Promise<CachedFinding[]> {
  const out: CachedFinding[] = [];
  await readProjectFindings(db, projectId, (page) => out.push(...page));
  return out;
}

describe('DuizhaoDB schema v3: the findings cache in chunks', () => {
  it('opens a database written by v2: every project’s findings move into chunks, in order, and the old table is gone', async () => {
    const name = `duizhao-upgrade-v3-${process.pid}`;
    await Dexie.delete(name);
    const old = new Dexie(name);
    old.version(2).stores(V2);
    await old.open();
    // Two projects whose re-checks wrote interleaved batches: 250 findings for project 1, 3 for project 2.
    const rows = [
      ...Array.from({ length: 120 }, (_, i) => v2Finding(1, 10 + (i % 40), i)),
      v2Finding(2, 90, 1000),
      ...Array.from({ length: 130 }, (_, i) => v2Finding(1, 10 + ((120 + i) % 40), 120 + i)),
      v2Finding(2, 91, 1001),
      v2Finding(2, 91, 1002),
    ];
    await old.table('findings').bulkAdd(rows);
    await old.table('decisions').add({ projectId: 1, unitId: 10, findingKey: rows[0].key, action: 'dismissed' });
    old.close();

    const db = new DuizhaoDB(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.backendDB().objectStoreNames.contains('findings')).toBe(false);
    const p1 = await all(db, 1);
    expect(p1.map((f) => f.message)).toEqual(Array.from({ length: 250 }, (_, i) => `原文没有数字${i}`));
    expect(p1[0]).toEqual({ documentId: 10, unitId: 10, key: 'numbers|10|t0-1:0|', check: 'numbers', severity: 'minor', mqm: 'Accuracy/Mistranslation', target: { start: 0, end: 1, text: '0' }, message: '原文没有数字0' });
    expect((await all(db, 2)).map((f) => f.unitId)).toEqual([90, 91, 91]);
    // A few records hold them all: 250 findings of project 1 in three chunks, numbered from 0.
    expect((await db.findingChunks.toArray()).map((c) => [c.projectId, c.chunk, c.findings.length])).toEqual([
      [1, 0, FINDINGS_PER_CHUNK],
      [1, 1, FINDINGS_PER_CHUNK],
      [1, 2, 250 - 2 * FINDINGS_PER_CHUNK],
      [2, 0, 3],
    ]);
    // The export's per-unit counts read the moved findings and still leave out the dismissed one.
    const scores = await db.transaction('r', [db.findingChunks, db.decisions, db.annotations], () => exportUnitScores(db, 1, new Map([[10, 'Ten benchmarks.']])));
    // Unit 10 has findings 0, 40, 80, 120, 160, 200, 240 (40, 120, 200 major); 0 is dismissed.
    expect(scores.findingCounts.get(10)).toEqual({ major: 3, minor: 3 });
    db.close();
  });

  it('restores a backup written by schema 2: its findings become chunks', async () => {
    const db = new DuizhaoDB(`duizhao-v2-backup-${process.pid}`);
    await db.delete();
    await db.open();
    const text = JSON.stringify({
      format: 'duizhao-workspace',
      schemaVersion: 2,
      exportedAt: '2026-11-28T08:00:00.000Z',
      tables: {
        projects: [{ id: 1, name: '旧项目', kind: 'import', createdAt: 1 }],
        findings: [
          { id: 5, ...v2Finding(1, 70, 2) },
          { id: 4, ...v2Finding(1, 70, 1) },
        ],
      },
    });
    await restoreWorkspace(db, parseWorkspaceBackup(text, 'v2-backup.json', db), 'replace');
    expect((await all(db, 1)).map((f) => f.message)).toEqual(['原文没有数字1', '原文没有数字2']);
    // A current backup carries the chunks as they are (the cache round-trips).
    const current = JSON.stringify({ format: 'duizhao-workspace', schemaVersion: 3, exportedAt: 'x', tables: { findingChunks: [{ projectId: 1, findings: [] }] } });
    expect(() => parseWorkspaceBackup(current, 'broken.json', db)).toThrow(/record 1 of “findingChunks” has no “chunk”/);
    db.close();
  });
});
