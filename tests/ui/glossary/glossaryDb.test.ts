import { describe, expect, it } from 'vitest';
import type { TermCandidate } from '../../../src/core/learn';
import { deleteProject } from '../../../src/db';
import {
  approveCandidate,
  createSpotCheck,
  loadProjectTermbases,
  markSpotItem,
  rejectCandidate,
  saveTerm,
  TermValidationError,
  type ProjectGlossary,
  type SpotCheck,
  type TermEntry,
} from '../../../src/db/glossary';
import { freshDb } from '../helpers/freshDb';
import { CODEBOOK_FILE, projectWith } from './glossaryProject';

const cand = (over: Partial<TermCandidate> = {}): TermCandidate => ({
  en: 'codebook', wrong: '代码簿', right: '码本', count: 2, occurrences: 2, evidence: ['1', '2'], reviewers: ['Li Wei'], dates: ['2026-11-27'], via: 'cooccurrence', ...over,
});

describe('db/glossary', () => {
  it('saveTerm refuses punctuation-only or empty terms and stores nothing', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, CODEBOOK_FILE);
    for (const bad of [
      { id: 'a', en: [{ text: '，。、' }], zh: [{ text: '码本', status: 'preferred' as const }] },
      { id: 'b', en: [{ text: '   ' }], zh: [{ text: '码本', status: 'preferred' as const }] },
      { id: 'c', en: [{ text: 'codebook' }], zh: [{ text: '——', status: 'preferred' as const }] },
    ]) {
      await expect(saveTerm(db, projectId, bad)).rejects.toBeInstanceOf(TermValidationError);
    }
    expect(await db.terms.count()).toBe(0);
  });

  it('approving the same English twice updates one entry (evidence united); decisions are remembered', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, CODEBOOK_FILE);
    const now = () => Date.UTC(2026, 10, 28);
    await approveCandidate(db, projectId, cand(), { now });
    await approveCandidate(db, projectId, cand({ wrong: '密码本', evidence: ['3'] }), { now });
    await rejectCandidate(db, projectId, { wrong: '代码', right: '码' }, { now });
    const terms = (await db.terms.toArray()) as TermEntry[];
    expect(terms).toHaveLength(1);
    expect(terms[0].evidenceUnitIds).toEqual([1, 2, 3]);
    expect(terms[0].concept.zh.map((z) => `${z.text}:${z.status}`)).toEqual(['码本:preferred', '代码簿:forbidden', '密码本:forbidden']);
    const g = (await db.glossaries.toArray()) as ProjectGlossary[];
    expect(Object.fromEntries(Object.entries(g[0].decisions ?? {}).map(([k, v]) => [k, v.state]))).toEqual({ '代码簿→码本': 'approved', '密码本→码本': 'approved', '代码→码': 'rejected' });
    const tb = await loadProjectTermbases(db, projectId);
    expect(tb.termbases[0].priority).toBe(100);
    expect(tb.key).not.toBe('');
  });

  it('spot-check verdicts are stored item by item; deleting the project removes its termbase and spot-checks', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, CODEBOOK_FILE);
    await saveTerm(db, projectId, { id: 'u', en: [{ text: 'quantizer' }], zh: [{ text: '量化器', status: 'preferred' }] });
    const item = { unitId: 1, documentId: 1, extId: 'u1', docTitle: 'VQ', sentence: 0, source: 'A.', target: '甲。' };
    const id = await createSpotCheck(db, { projectId, name: 's', seed: 'x', size: 2, stratify: 'none', population: 3, createdAt: 1, updatedAt: 1, items: [item, { ...item, sentence: 1 }] });
    await markSpotItem(db, id, 1, { verdict: 'fail', category: 'Terminology' });
    await markSpotItem(db, id, 0, { verdict: 'pass', category: 'Style' }); // a pass keeps no category
    const sc = (await db.spotchecks.get(id)) as SpotCheck;
    expect(sc.items.map((i) => [i.verdict, i.category])).toEqual([['pass', undefined], ['fail', 'Terminology']]);
    await deleteProject(db, projectId);
    expect([await db.glossaries.count(), await db.terms.count(), await db.spotchecks.count()]).toEqual([0, 0, 0]);
  });
});
