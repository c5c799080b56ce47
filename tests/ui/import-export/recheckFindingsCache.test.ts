import { describe, expect, it } from 'vitest';
import { importParsedFile, type DuizhaoDB, type FindingRecord } from '../../../src/db';
import type { ParsedFile } from '../../../src/core/model';
import { recheckProject } from '../../../src/ui/import-export';
import { addFindingsRaw } from '../../../src/worker/addFindingsRaw';
import { deleteProjectFindings } from '../../../src/worker/deleteProjectFindings';
import { freshDb } from '../helpers/freshDb';

/** Two abstracts: "policy" rendered 政策 (forbidden in RL by the built-in termbase) and a changed number. */
function policyFile(fileName: string): ParsedFile {
  return {
    format: 'tsv',
    fileName,
    sourceLang: 'en',
    targetLang: 'zh-CN',
    warnings: [],
    documents: [
      { name: 'rl', units: [{ id: 'p1', source: 'The policy gradient converges in 20 epochs.', target: '政策梯度在20个周期内收敛。' }] },
      { name: 'gnn', units: [{ id: 'g1', source: 'We evaluate on 12 benchmarks.', target: '我们在21个基准上进行评估。' }] },
    ],
  };
}

async function projectFindings(db: DuizhaoDB, projectId: number): Promise<FindingRecord[]> {
  return db.findings.where('projectId').equals(projectId).toArray();
}

function row(projectId: number, unitId: number, n: number): Omit<FindingRecord, 'id'> {
  return { projectId, unitId, documentId: 1, key: `numbers|${unitId}|t${n}`, check: 'numbers', severity: 'major', mqm: 'Accuracy/Mistranslation', message: `数字${n}不一致` };
}

describe('the re-check findings cache', () => {
  it('re-checking one project replaces its findings and leaves another project’s alone', async () => {
    const db = await freshDb();
    const a = await importParsedFile(db, policyFile('a.tsv'), 'A');
    const b = await importParsedFile(db, policyFile('b.tsv'), 'B');
    expect(await recheckProject(db, a)).toMatchObject({ type: 'done', units: 2 });
    expect(await recheckProject(db, b)).toMatchObject({ type: 'done', units: 2 });
    const before = await projectFindings(db, b);
    expect(before.some((f) => String(f.check).startsWith('terminology.'))).toBe(true);
    expect(before.some((f) => f.check === 'numbers')).toBe(true);
    const out = await recheckProject(db, a);
    expect(out).toMatchObject({ type: 'done', units: 2, findings: before.length });
    expect(await projectFindings(db, a)).toHaveLength(before.length);
    expect((await projectFindings(db, b)).map((f) => f.id)).toEqual(before.map((f) => f.id));
  });

  it('deleting a project’s findings spares the other project’s even when their keys interleave', async () => {
    const db = await freshDb();
    await addFindingsRaw(db, [row(1, 10, 1), row(1, 11, 2)]);
    await addFindingsRaw(db, [row(2, 20, 3)]);
    await addFindingsRaw(db, [row(1, 12, 4), row(1, 13, 5), row(1, 14, 6)]);
    await addFindingsRaw(db, [row(2, 21, 7), row(2, 22, 8)]);
    expect(await deleteProjectFindings(db, 1)).toBe(5);
    expect(await projectFindings(db, 1)).toEqual([]);
    expect((await projectFindings(db, 2)).map((f) => f.message)).toEqual(['数字3不一致', '数字7不一致', '数字8不一致']);
    expect(await deleteProjectFindings(db, 3)).toBe(0);
    expect(await db.findings.count()).toBe(3);
  });
});
