import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { countFindingChunks, importParsedFile, type CachedFinding, type FindingChunkRecord } from '../../../src/db';
import type { ParsedFile } from '../../../src/core/model';
import { recheckProject } from '../../../src/ui/import-export';
import { deleteProjectFindings } from '../../../src/worker/deleteProjectFindings';
import { putFindingChunks } from '../../../src/worker/putFindingChunks';
import { runRecheck } from '../../../src/worker/runRecheck';
import { recheckWorkerCount } from '../../../src/ui/import-export/recheckInWorkers';
import { cachedFindings } from '../helpers/cachedFindings';
import { freshDb } from '../helpers/freshDb';
import { policyFile } from '../helpers/policyFile';

function finding(unitId: number, n: number): CachedFinding {
  return { unitId, documentId: 1, key: `numbers|${unitId}|t${n}`, check: 'numbers', severity: 'major', mqm: 'Accuracy/Mistranslation', message: `数字${n}不一致` };
}

function chunk(projectId: number, n: number, findings: CachedFinding[]): FindingChunkRecord {
  return { projectId, chunk: n, findings };
}

describe('the re-check findings cache (finding chunks)', () => {
  it('re-checking one project replaces its findings and leaves another project’s alone', async () => {
    const db = await freshDb();
    const a = await importParsedFile(db, policyFile('a.tsv'), 'A');
    const b = await importParsedFile(db, policyFile('b.tsv'), 'B');
    expect(await recheckProject(db, a)).toMatchObject({ type: 'done', units: 2 });
    expect(await recheckProject(db, b)).toMatchObject({ type: 'done', units: 2 });
    const before = await cachedFindings(db, b);
    expect(before.some((f) => f.check.startsWith('terminology.'))).toBe(true);
    expect(before.some((f) => f.check === 'numbers'), JSON.stringify(before)).toBe(true);
    const out = await recheckProject(db, a);
    expect(out).toMatchObject({ type: 'done', units: 2, findings: before.length });
    expect(await cachedFindings(db, a)).toHaveLength(before.length);
    expect(await cachedFindings(db, b)).toEqual(before);
  });

  it('two re-checks of the same project at once leave one set of findings, not two', async () => {
    const db = await freshDb();
    const a = await importParsedFile(db, policyFile('a.tsv'), 'A');
    const single = await recheckProject(db, a);
    expect(single.type).toBe('done');
    const once = await cachedFindings(db, a);
    const [x, y] = await Promise.all([recheckProject(db, a), recheckProject(db, a)]);
    expect([x.type, y.type]).toEqual(['done', 'done']);
    expect(await cachedFindings(db, a)).toEqual(once);
  });

  it('several workers sharing a re-check (every n-th batch each) store exactly what one run stores', async () => {
    const db = await freshDb();
    // 2,100 units in 21 abstracts: two batches of the re-check. Every third renders "policy" as 政策, every seventh changes a number.
    const documents = Array.from({ length: 21 }, (_, d) => ({
      name: `abstract ${d + 1}`,
      units: Array.from({ length: 100 }, (_, k) => {
        const n = d * 100 + k + 1;
        const zh = n % 3 === 0 ? '政策梯度' : '策略梯度';
        return { id: `u${n}`, source: `The policy gradient converges in ${n} epochs.`, target: `${zh}在${n % 7 === 0 ? n + 1 : n}个周期内收敛。` };
      }),
    }));
    const p = await importParsedFile(db, { ...policyFile('shards.tsv'), documents }, 'Shards');
    expect(await recheckProject(db, p)).toMatchObject({ type: 'done', units: 2100 });
    const single = await cachedFindings(db, p);
    expect(single.filter((f) => f.check === 'terminology.forbidden')).toHaveLength(700);
    expect(single.filter((f) => f.check === 'numbers')).toHaveLength(300);
    await deleteProjectFindings(db, p);
    const outcomes: string[] = [];
    await Promise.all(
      [0, 1].map((index) =>
        runRecheck({ type: 'recheck', dbName: db.name, projectId: p, shard: { index, of: 2 } }, db, (m) => {
          if (m.type !== 'progress') outcomes.push(m.type === 'done' ? `done ${m.units}` : m.type);
        }),
      ),
    );
    expect(outcomes.sort()).toEqual(['done 100', 'done 2000']);
    expect(await cachedFindings(db, p)).toEqual(single);
  });

  it('shares a re-check among the cores: at most 4 workers, at most one per 2,000 units', () => {
    expect(recheckWorkerCount(100_000, 2)).toBe(2);
    expect(recheckWorkerCount(100_000, 16)).toBe(4);
    expect(recheckWorkerCount(3_000, 8)).toBe(2);
    expect(recheckWorkerCount(10, 8)).toBe(1);
    expect(recheckWorkerCount(0, 0)).toBe(1);
  });

  it('a project with nothing to flag is stored as checked: one empty chunk', async () => {
    const db = await freshDb();
    const clean: ParsedFile = {
      ...policyFile('clean.tsv'),
      documents: [{ name: 'gnn', units: [{ id: 'c1', source: 'We evaluate on 12 benchmarks.', target: '我们在12个基准上进行评估。' }] }],
    };
    const p = await importParsedFile(db, clean, 'Clean');
    expect(await recheckProject(db, p)).toMatchObject({ type: 'done', units: 1, findings: 0 });
    expect(await db.findingChunks.toArray()).toEqual([{ projectId: p, chunk: 0, findings: [] }]);
  });

  it('live queries on the cache (the Dashboard’s) are told when chunks are written and deleted around Dexie', async () => {
    const db = await freshDb();
    const seen: number[] = [];
    const sub = liveQuery(() => countFindingChunks(db, 7)).subscribe((n) => seen.push(n));
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    await putFindingChunks(db, [chunk(7, 0, [finding(70, 1)]), chunk(7, 1, [])]);
    await expect.poll(() => seen.at(-1)).toBe(2);
    await deleteProjectFindings(db, 7);
    await expect.poll(() => seen.at(-1)).toBe(0);
    sub.unsubscribe();
  });

  it('deleting a project’s findings spares the projects whose keys sort next to it', async () => {
    const db = await freshDb();
    await putFindingChunks(db, [chunk(1, 0, [finding(10, 1), finding(11, 2)]), chunk(1, 1, [finding(12, 4)])]);
    await putFindingChunks(db, [chunk(2, 0, [finding(20, 3)]), chunk(10, 0, [finding(30, 9)])]);
    await putFindingChunks(db, [chunk(2, 1, [finding(21, 7), finding(22, 8)])]);
    expect(await deleteProjectFindings(db, 2)).toBe(2);
    expect(await cachedFindings(db, 2)).toEqual([]);
    expect((await cachedFindings(db, 1)).map((f) => f.message)).toEqual(['数字1不一致', '数字2不一致', '数字4不一致']);
    expect((await cachedFindings(db, 10)).map((f) => f.message)).toEqual(['数字9不一致']);
    expect(await deleteProjectFindings(db, 3)).toBe(0);
    expect(await db.findingChunks.count()).toBe(3);
  });
});
