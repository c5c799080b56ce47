import type { ParsedFile } from '../../../src/core/model';

/** Two abstracts: "policy" rendered 政策 (forbidden in RL by the built-in termbase) and a changed number (12 → 21). */
export function policyFile(fileName: string): ParsedFile {
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
