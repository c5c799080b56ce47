import type { ParsedFile } from '../../../src/core/model';
import { addRevision, SEED_SETTING, writeParsedFile, type DuizhaoDB } from '../../../src/db';
import { LAST_PROJECT_SETTING } from '../../../src/ui/shell/useBootstrap';

/** Three abstracts' sentences about VQ codebooks; the MT renders "codebook" as 代码簿 (wrong). */
export const CODEBOOK_FILE: ParsedFile = {
  format: 'tsv',
  fileName: 'vq-abstracts.tsv',
  sourceLang: 'en',
  targetLang: 'zh-Hans',
  warnings: [],
  documents: [
    {
      name: 'VQ tokenizer',
      units: [
        { id: 'u1', source: 'We learn a codebook of discrete image tokens.', target: '我们学习离散图像标记的代码簿。' },
        { id: 'u2', source: 'The codebook size controls the rate of the quantizer.', target: '代码簿大小控制量化器的速率。' },
      ],
    },
    {
      name: 'Reconstruction',
      units: [{ id: 'u3', source: 'A larger codebook improves reconstruction.', target: '更大的代码簿改善了重建。' }],
    },
  ],
};

/**
 * A database holding only `file` (no seed), opened as the last project; `corrections` maps
 * unit ext ids to the reviewer's corrected translation. Returns the project id.
 */
export async function projectWith(db: DuizhaoDB, file: ParsedFile, corrections: Record<string, string> = {}): Promise<number> {
  const projectId = await db.transaction('rw', [db.projects, db.documents, db.units, db.revisions, db.settings], () =>
    writeParsedFile(db, file, file.fileName.replace(/\.\w+$/, ''), { kind: 'import' }),
  );
  await db.settings.put({ key: SEED_SETTING, value: -1 });
  await db.settings.put({ key: LAST_PROJECT_SETTING, value: projectId });
  for (const [extId, text] of Object.entries(corrections)) {
    const unit = await db.units.where('[projectId+extId]').equals([projectId, extId]).first();
    if (!unit) throw new Error(`no unit ${extId}`);
    await addRevision(db, { unitId: unit.id, side: 'target', text, author: 'Li Wei', reason: 'edit' });
  }
  return projectId;
}
