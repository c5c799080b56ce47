import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hter } from '../../../src/core/score';

// Third-party data (MLQE-PE, CC0) beside the repository; never copied into it.
const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/mlqe-pe-enzh/en-zh-dev');
const present = existsSync(resolve(dir, 'dev.hter'));
if (!present) console.warn('mlqeHter.test: ../shared/data/mlqe-pe-enzh/en-zh-dev not present, skipping the MLQE-PE HTER agreement test');

describe.runIf(present)('TER reproduces the published MLQE-PE en-zh dev HTER', () => {
  it('agrees within 0.01 on at least 95% of the 1,000 segments', () => {
    const lines = (f: string) => readFileSync(resolve(dir, f), 'utf8').split('\n');
    const mt = lines('dev.mt');
    const pe = lines('dev.pe');
    const published = lines('dev.hter').filter((l) => l.trim() !== '').map(Number);
    expect(published).toHaveLength(1000);
    let within = 0;
    let exact = 0;
    const worst: string[] = [];
    for (let i = 0; i < published.length; i++) {
      const ours = hter(mt[i], pe[i]);
      const diff = Math.abs(ours - published[i]);
      if (diff <= 0.01) within += 1;
      else worst.push(`#${i + 1}: ours ${ours.toFixed(4)} published ${published[i]}`);
      if (diff < 5e-6) exact += 1;
    }
    console.info(`MLQE-PE en-zh dev: HTER within 0.01 on ${within}/1000, identical to 6 decimals on ${exact}/1000`);
    if (worst.length) console.info(worst.slice(0, 10).join('\n'));
    expect(within / published.length).toBeGreaterThanOrEqual(0.95);
  });
});
