import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exportBilingual, exportTermbase, parseFileBytes, parsePo, parseTermbaseFile, toExportFile, type ExportFile, type ExportFormat,
} from '../../../src/core/formats';
import { rawXmlToText } from '../../../src/core/formats/export/rawXmlToText';
import { builtinTermbase } from '../../../src/core/glossary';
import type { ParsedUnit } from '../../../src/core/model';

const schemas = new URL('../../../../shared/schemas/', import.meta.url).pathname;
const corpus = new URL('../../../../shared/corpus/', import.meta.url).pathname;
const seed = new URL('../../../seeds/000_2c0d154558004bfd.txt', import.meta.url).pathname;
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url));
const which = (cmd: string) => ['/usr/bin', '/usr/local/bin', '/bin'].map((d) => join(d, cmd)).find((p) => existsSync(p));
const xmllint = which('xmllint');
const haveSchemas = existsSync(join(schemas, 'validate.sh'));
const xliff2po = which('xliff2po');
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : undefined;
const hasToolkitPython = (() => {
  if (!python) return false;
  try { execFileSync(python, ['-c', 'import translate.storage.tmx'], { stdio: 'pipe' }); return true; } catch { return false; }
})();
if (!haveSchemas || !xmllint) console.warn(`validate: ${!haveSchemas ? '../shared/schemas' : 'xmllint'} not present, skipping schema validation`);
if (!xliff2po || !hasToolkitPython) console.warn('validate: translate-toolkit (xliff2po, python3 translate) not present, skipping its checks');

const dir = mkdtempSync(join(tmpdir(), 'duizhao-validate-'));
let n = 0;
function save(text: string, ext: string): string {
  const p = join(dir, `out-${++n}.${ext}`);
  writeFileSync(p, text);
  return p;
}
/** Runs validate.sh; returns '' when valid, else xmllint's complaint. */
function validate(path: string, env: Record<string, string> = {}): string {
  try {
    execFileSync('sh', [join(schemas, 'validate.sh'), path], { stdio: 'pipe', env: { ...process.env, ...env } });
    return '';
  } catch (e) {
    const err = e as { stderr?: Buffer; stdout?: Buffer };
    return `${path}: ${String(err.stderr ?? '')}${String(err.stdout ?? '')}`.slice(0, 2000);
  }
}
function wellFormed(path: string): string {
  try { execFileSync(xmllint as string, ['--noout', '--nonet', path], { stdio: 'pipe' }); return ''; } catch (e) { return String((e as { stderr?: Buffer }).stderr); }
}

function corrected(f: ExportFile): ExportFile {
  for (const d of f.documents) for (const u of d.units) {
    if (!u.target) continue;
    u.corrected = `${u.target}（已审校）`;
    u.reviewState = 'reviewed';
    u.reviewer = '审校员';
  }
  return f;
}

const inputs = (): [string, ExportFile][] => [
  ['ml-review.xlf', toExportFile(parseFileBytes(fixture('ml-review.xlf'), 'ml-review.xlf'))],
  ['ml-review-2.1.xlf', toExportFile(parseFileBytes(fixture('ml-review-2.1.xlf'), 'ml-review-2.1.xlf'))],
  ['ml-memory.tmx', toExportFile(parseFileBytes(fixture('ml-memory.tmx'), 'ml-memory.tmx'))],
  ['ml-review.po', toExportFile(parseFileBytes(fixture('ml-review.po'), 'ml-review.po'))],
  ['ml-review.xlf corrected', corrected(toExportFile(parseFileBytes(fixture('ml-review.xlf'), 'ml-review.xlf')))],
  ['seed dump', toExportFile({ ...parseFileBytes(readFileSync(seed), 'seed.txt'), sourceLang: 'en', targetLang: 'zh-CN' })],
];
const XML_FORMATS: [ExportFormat, string][] = [['xliff12', 'xlf'], ['xliff21', 'xlf'], ['xliff20', 'xlf'], ['tmx', 'tmx']];

describe.runIf(haveSchemas && !!xmllint)('exports validate against the official schemas (xmllint)', () => {
  it.each(inputs())('%s → XLIFF 1.2 (strict and transitional), XLIFF 2.0/2.1, TMX 1.4b', (_name, f) => {
    for (const [format, ext] of XML_FORMATS) {
      const path = save(exportBilingual(format, f), ext);
      expect(wellFormed(path)).toBe('');
      expect(validate(path)).toBe('');
      if (format === 'xliff12') expect(validate(path, { XLIFF12: 'strict' })).toBe('');
    }
  });

  it('TBX exports validate (TBX v3 core RNG and the TBX-Basic integrated RNG)', () => {
    const tbs = [builtinTermbase(), parseTermbaseFile(fixture('ml-terms.tbx'), 'ml-terms.tbx').termbase, parseTermbaseFile(fixture('ml-terms.csv'), 'ml-terms.csv').termbase];
    for (const tb of tbs) {
      const path = save(exportTermbase(tb, 'x.tbx'), 'tbx');
      expect(validate(path)).toBe('');
      const basic = join(schemas, 'tbx-v3/TBXcoreStructV03_TBX-Basic_integrated.rng');
      if (existsSync(basic)) expect(() => execFileSync(xmllint as string, ['--noout', '--nonet', '--relaxng', basic, path], { stdio: 'pipe' })).not.toThrow();
    }
  });

  describe.runIf(existsSync(corpus))('corpus files converted by duizhao', () => {
    const files = existsSync(corpus) ? ['xliff-1.2', 'xliff-2'].flatMap((d) => readdirSync(join(corpus, d)).map((f) => join(corpus, d, f))) : [];
    it.each(files)('%s → XLIFF 1.2, XLIFF 2.1, TMX are valid', (path) => {
      const f = toExportFile(parseFileBytes(readFileSync(path), path));
      for (const [format, ext] of [['xliff12', 'xlf'], ['xliff21', 'xlf'], ['tmx', 'tmx']] as const) {
        expect(validate(save(exportBilingual(format, f), ext))).toBe('');
      }
    });
  });
});

/** How translate-toolkit shows a unit: native code content as text, other tags dropped. */
function toolkitText(u: ParsedUnit, text: string): string {
  const byId = new Map((u.tags ?? []).map((t) => [t.id, t]));
  return text.replace(/[\uE000-\uF8FF]/g, (c) => {
    const t = byId.get(c);
    return t?.content && ['bpt', 'ept', 'ph', 'it'].includes(t.element) ? rawXmlToText(t.content) : '';
  });
}

describe.runIf(!!xliff2po && hasToolkitPython)('translate-toolkit reads our files', () => {
  const load = () => parseFileBytes(fixture('ml-review.xlf'), 'ml-review.xlf');
  const f = load();
  const units = f.documents.flatMap((d) => d.units).filter((u) => u.target);

  it('xliff2po converts our XLIFF 1.2 and every Chinese target survives', () => {
    const xlf = save(exportBilingual('xliff12', corrected(toExportFile(load()))), 'xlf');
    const po = join(dir, 'from-xliff.po');
    execFileSync(xliff2po as string, [xlf, po], { stdio: 'pipe' });
    const got = parsePo(readFileSync(po, 'utf8'), 'from-xliff.po').documents[0].units.map((u) => u.target).join('\n');
    for (const u of units) expect(got).toContain(toolkitText(u, `${u.target}（已审校）`));
  });

  it('translate.storage.tmx reads our TMX with the same sources and targets', () => {
    const tmx = save(exportBilingual('tmx', toExportFile(f)), 'tmx');
    const out = execFileSync(python as string, ['-c', 'import json,sys\nfrom translate.storage import tmx\ns=tmx.tmxfile.parsefile(sys.argv[1])\nprint(json.dumps([[u.source,u.target] for u in s.units], ensure_ascii=False))', tmx], { stdio: 'pipe', env: { ...process.env, PYTHONIOENCODING: 'utf-8' } });
    const pairs = JSON.parse(out.toString('utf8')) as [string, string][];
    expect(pairs).toHaveLength(f.documents.flatMap((d) => d.units).length);
    for (const u of units) expect(pairs).toContainEqual([toolkitText(u, u.source), toolkitText(u, u.target)]);
  });
});
