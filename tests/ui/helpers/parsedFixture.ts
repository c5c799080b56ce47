import type { ParsedFile } from '../../../src/core/model';

/** A TSV file as the parser would return it (English → Simplified Chinese, no warnings) holding `documents`. */
export function tsvFile(documents: ParsedFile['documents'], fileName = 'rl.tsv'): ParsedFile {
  return { format: 'tsv', fileName, sourceLang: 'en', targetLang: 'zh-Hans', warnings: [], documents };
}

/** A small hand-made parsed file: two documents, mixed statuses, real-looking text. */
export function parsedFixture(fileName = 'abstracts.tsv'): ParsedFile {
  return {
    format: 'tsv',
    fileName,
    sourceLang: 'en',
    targetLang: 'zh-Hans',
    warnings: [],
    documents: [
      {
        name: '',
        units: [
          { id: 'u1', source: 'We propose a graph neural network for molecule generation.', target: '我们提出了一种用于分子生成的图神经网络。' },
          { id: 'u2', source: 'Training converges in 20 epochs.', target: '' },
        ],
      },
      {
        name: 'Abstract two',
        units: [{ id: 'u3', source: '', target: '强化学习（RL）涉及在未知系统中执行探索性动作。' }],
      },
    ],
  };
}

/** A large generated file (for chunking / cancellation). */
export function bigParsed(units: number, perDoc = 100): ParsedFile {
  const documents: ParsedFile['documents'] = [];
  for (let i = 0; i < units; i += perDoc) {
    const us = [];
    for (let k = i; k < Math.min(units, i + perDoc); k++) {
      us.push({ id: String(k + 1), source: `Sentence number ${k + 1} about pre-training.`, target: `关于预训练的第${k + 1}句。` });
    }
    documents.push({ name: `doc ${i / perDoc + 1}`, units: us });
  }
  return { format: 'tsv', fileName: 'big.tsv', sourceLang: 'en', targetLang: 'zh', warnings: [], documents };
}
