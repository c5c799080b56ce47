import { describe, expect, it } from 'vitest';
import { countSourceWords, documentEffort, postEditEffort, scoreMqmProject, DEFAULT_MQM_CONFIG, type MqmSeverity } from '../../../src/core/score';
import { addRevision, importParsedFile, toCurrentUnits, type DuizhaoDB } from '../../../src/db';
import { scoresFromCounts } from '../../../src/ui/review/scoresFromCounts';
import { freshDb } from '../helpers/freshDb';

/** The scores the slow way (every unit read), as useScores computed them before issue 7. */
async function slowScores(db: DuizhaoDB, projectId: number, documentId: number) {
  const units = await db.units.where('projectId').equals(projectId).toArray();
  const current = toCurrentUnits(units, await db.revisions.where('projectId').equals(projectId).toArray());
  const words = new Map<number, number>();
  for (const cu of current) words.set(cu.unit.documentId, (words.get(cu.unit.documentId) ?? 0) + (cu.source.trim() ? countSourceWords(cu.source) : 0));
  const byDoc = new Map<number, { severity: MqmSeverity; category: string }[]>();
  for (const a of await db.annotations.where('projectId').equals(projectId).toArray()) {
    if (a.deleted || a.documentId === undefined) continue;
    byDoc.set(a.documentId, [...(byDoc.get(a.documentId) ?? []), { severity: a.severity as MqmSeverity, category: a.category ?? 'Other' }]);
  }
  const r = scoreMqmProject([...words.keys()].map((id) => ({ id: String(id), annotations: byDoc.get(id) ?? [], sourceWordCount: words.get(id)! })), DEFAULT_MQM_CONFIG);
  const efforts = current.filter((c) => c.unit.documentId === documentId).map((c) => postEditEffort(c.unit.target, c.target));
  return { document: r.documents.find((d) => d.id === String(documentId))!, project: r.project, effort: documentEffort(efforts) };
}

const unit = (id: string, source: string, target: string) => ({ id, source, target });

describe('MQM scores from the word counts stored at import (no full read of the units)', () => {
  it('equal the scores counted from every unit, after annotations, a corrected target and a changed source', async () => {
    const db = await freshDb();
    const projectId = await importParsedFile(
      db,
      {
        fileName: 'abstracts.tsv', format: 'tsv', sourceLang: 'en', targetLang: 'zh-CN', warnings: [],
        documents: [
          { name: 'GNN', units: [unit('a1', 'We pre-train a graph neural network on 3 million molecules.', '我们在300万个分子上预训练了一个图神经网络。'), unit('a2', 'The model generalises.', '该模型具有泛化能力。')] },
          { name: 'RL', units: [unit('b1', 'The agent converges to a stable point.', '代理人收敛到一个稳定点。'), unit('b2', '', '奖励是稀疏的。')] },
          { name: 'ViT', units: [unit('c1', 'Vision Transformers transfer to small models.', '视觉变压器迁移到小模型。')] },
        ],
      },
      'scores',
    );
    const project = (await db.projects.get(projectId))!;
    expect(project.sourceWords).toBeGreaterThan(20);
    const docs = await db.documents.where('projectId').equals(projectId).sortBy('order');
    expect(docs[1].sourceWords).toBe(countSourceWords('The agent converges to a stable point.')); // the empty source adds nothing
    expect(docs.reduce((n, d) => n + d.sourceWords!, 0)).toBe(project.sourceWords);
    const units = await db.units.where('projectId').equals(projectId).toArray();
    const b1 = units.find((u) => u.extId === 'b1')!;
    const b2 = units.find((u) => u.extId === 'b2')!;
    await db.annotations.bulkAdd([
      { projectId, unitId: b1.id, documentId: b1.documentId, side: 'target', category: 'Terminology/Wrong term', severity: 'major', text: '代理人' },
      { projectId, unitId: b1.id, documentId: b1.documentId, side: 'target', category: 'Fluency/Grammar', severity: 'minor', deleted: true },
      { projectId, unitId: units[0].id, documentId: units[0].documentId, side: 'target', category: 'Accuracy/Mistranslation', severity: 'critical' },
    ] as never[]);
    await addRevision(db, { unitId: b1.id, side: 'target', text: '智能体收敛到一个稳定点。', author: '李审校' });
    await addRevision(db, { unitId: b2.id, side: 'source', text: 'The reward signal is sparse in most environments.', author: '李审校' });
    for (const d of docs) {
      const fast = await scoresFromCounts(db, projectId, d.id, DEFAULT_MQM_CONFIG);
      expect(fast, d.name).toEqual(await slowScores(db, projectId, d.id));
    }
  });

  it('a project stored before the counts existed falls back (undefined) instead of guessing', async () => {
    const db = await freshDb();
    const projectId = await importParsedFile(db, { fileName: 'x.tsv', format: 'tsv', sourceLang: 'en', targetLang: 'zh-CN', warnings: [], documents: [{ name: 'd', units: [unit('1', 'Gradient descent converges.', '梯度下降收敛。')] }] }, 'old');
    await db.projects.update(projectId, { sourceWords: undefined });
    const doc = (await db.documents.where('projectId').equals(projectId).first())!;
    expect(await scoresFromCounts(db, projectId, doc.id, DEFAULT_MQM_CONFIG)).toBeUndefined();
  });
});
