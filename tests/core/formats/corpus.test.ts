import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFileBytes, parseTermbaseFile } from '../../../src/core/formats';
import { ImportError } from '../../../src/core/model';

const corpus = new URL('../../../../shared/corpus/', import.meta.url).pathname;
const present = existsSync(corpus);
if (!present) console.warn('corpus: ../shared/corpus not present, skipping');

type Expect =
  | { documents: number; units: number; target: string; warning?: RegExp }
  | { rejected: RegExp };

/** What duizhao does with each real file from other tools. */
const BILINGUAL: Record<string, Expect> = {
  'xliff-1.2/symfony-validators.zh_CN.xlf': { documents: 1, units: 116, target: 'zh-CN' },
  'xliff-1.2/madcap-Working_with_the_Review_tool.zh-cn.xlf': { documents: 1, units: 64, target: 'zh-cn' },
  'xliff-1.2/trados-S9_Backlight.xls.ttx.sdlxliff': { documents: 1, units: 15, target: 'nl-NL', warning: /not Chinese/ },
  'xliff-1.2/okapi-24xliff-BUGS1221.xlf': { documents: 4, units: 7, target: 'en-GB', warning: /not Chinese/ },
  'xliff-1.2/matecat-file-917760.multi-file.xliff': { documents: 1, units: 1, target: 'pt-PT', warning: /not Chinese/ },
  'xliff-1.2/xcode-export.xliff': { documents: 6, units: 36, target: 'cs', warning: /not Chinese/ },
  'xliff-1.2/smartcat-export.xliff': { documents: 1, units: 8, target: 'ru', warning: /not Chinese/ },
  'xliff-1.2/omegat-inline-tags.xliff-1.1.xlf': { documents: 1, units: 10, target: 'be', warning: /not Chinese/ },
  'xliff-2/memsource-size-restriction.zh-hk.xliff': { documents: 1, units: 87, target: 'zh-hk' },
  'xliff-2/memsource-uber-counts.zh-tw.xliff': { documents: 1, units: 2, target: 'zh-tw' },
  'xliff-2/pcec-inline.xlf': { documents: 1, units: 21, target: 'de', warning: /not Chinese/ },
  'xliff-2/sample-20-segmented.xlf': { documents: 1, units: 4, target: 'fr', warning: /not Chinese/ },
  'xliff-2/angular-xliff2.xliff': { documents: 1, units: 2, target: 'fr', warning: /not Chinese/ },
  'xliff-2/xliff22-plural-gender-select.xlf': { documents: 1, units: 12, target: 'cs', warning: /XLIFF 2\.2 file/ },
  'tmx/lisa-ImportTest2A.utf16le.tmx': { rejected: /no Chinese \(zh-\*\) variant found in any <tu>; languages present: en-us, fr-ca, En-uS, FR-CA/ },
  'tmx/lisa-ImportTest2C.notes-sub.tmx': { rejected: /no Chinese \(zh-\*\) variant found in any <tu>; languages present: en-us, fr, en-gb/ },
  'tmx/lisa-ImportTest1C.5langs.tmx': { rejected: /no Chinese \(zh-\*\) variant found in any <tu>; languages present: en-us, en-gb, ja-jp, fr-ca, es-es/ },
  'tmx/omegat-save-tmx14.tmx': { rejected: /no Chinese \(zh-\*\) variant found in any <tu>; languages present: en-US, be-BY/ },
  'tmx/omegat-project_save.zh-CN_ja-JP.tmx11.tmx': { rejected: /no English \(en-\*\) variant found in any <tu>; languages present: zh-CN, ja-JP/ },
  'tmx/pontoon-valid_entries.tmx': { rejected: /no Chinese \(zh-\*\) variant found in any <tu>; languages present: en-US, sl/ },
  'po/poedit-zh_CN.po': { documents: 1, units: 731, target: 'zh-CN' },
  'po/omegat-fuzzyCtx-plural.po': { documents: 1, units: 2, target: 'be' },
};

const TERMBASES: Record<string, { concepts: number; skipped: number }> = {
  'tbx/ltac-TBX-Basic_DCA_Astronomy.tbx': { concepts: 39, skipped: 6 },
  'tbx/ltac-TBX-Basic_DCT_Astronomy.tbx': { concepts: 39, skipped: 6 },
  'tbx/omegat-sampleTBXfile.tbx2008.tbx': { concepts: 1, skipped: 0 },
};

describe.runIf(present)('every file in ../shared/corpus imports or is rejected precisely', () => {
  it('has an expectation for every corpus file', () => {
    const files = readdirSync(corpus, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(xlf|xliff|sdlxliff|tmx|po|tbx)$/.test(f));
    expect(files.sort()).toEqual([...Object.keys(BILINGUAL), ...Object.keys(TERMBASES)].sort());
  });

  it.each(Object.entries(BILINGUAL))('%s', (name, exp) => {
    const bytes = readFileSync(join(corpus, name));
    if ('rejected' in exp) {
      let err: unknown;
      try { parseFileBytes(bytes, name); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(ImportError);
      expect((err as ImportError).message).toMatch(exp.rejected);
      return;
    }
    const f = parseFileBytes(bytes, name);
    expect(f.documents).toHaveLength(exp.documents);
    expect(f.documents.reduce((n, d) => n + d.units.length, 0)).toBe(exp.units);
    expect(f.targetLang).toBe(exp.target);
    if (exp.warning) expect(f.warnings.join('\n')).toMatch(exp.warning);
    for (const d of f.documents) expect(new Set(d.units.map((u) => u.id)).size).toBe(d.units.length);
    const units = f.documents.flatMap((d) => d.units);
    // every placeholder in a text has its tag
    for (const u of units) {
      for (const c of `${u.source}${u.target}`.match(/[\uE000-\uF8FF]/g) ?? []) expect(u.tags?.some((t) => t.id === c)).toBe(true);
    }
  });

  it('reads Chinese targets from the Chinese files', () => {
    const sym = parseFileBytes(readFileSync(join(corpus, 'xliff-1.2/symfony-validators.zh_CN.xlf')), 'sym.xlf').documents[0].units;
    expect(sym.find((u) => u.source === 'This value should be blank.')?.target).toBe('该变量值应为空。');
    const hk = parseFileBytes(readFileSync(join(corpus, 'xliff-2/memsource-size-restriction.zh-hk.xliff')), 'hk.xliff').documents[0].units;
    expect(hk.filter((u) => /\p{Script=Han}/u.test(u.target)).length).toBeGreaterThan(80);
  });

  it.each(Object.entries(TERMBASES))('%s', (name, exp) => {
    const r = parseTermbaseFile(readFileSync(join(corpus, name)), name);
    expect(r.termbase.concepts).toHaveLength(exp.concepts);
    expect(r.warnings.filter((w) => /has no English term; it was skipped/.test(w))).toHaveLength(exp.skipped);
  });
});
