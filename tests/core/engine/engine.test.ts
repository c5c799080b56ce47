import { describe, expect, it } from 'vitest';
import type { Check } from '../../../src/core/checks/Check';
import { CHECKS, checkById } from '../../../src/core/checks/registry';
import { checkDocument, checkProject, checkUnit, createCheckContext, orderFindings } from '../../../src/core/engine';
import type { Finding } from '../../../src/core/model';

const DESTA_ZH =
  '我们的方法引入了一个新型的两人框架,用于安全RL,称为分配探索安全培训算法(DESTA)。 DESTA的核心是两种自适应代理之间的游戏。';

describe('registry', () => {
  it('lists the checks in the fixed order, acronym.expansion first', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(ids[0]).toBe('acronym.expansion');
    const order = ['acronym.expansion', 'terminology.forbidden', 'names.protected', 'numbers', 'untranslated', 'omission', 'addition', 'punctuation.width', 'spacing', 'brackets', 'script.mixed', 'fluency.repetition'];
    const positions = order.map((id) => ids.indexOf(id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(new Set(ids).size).toBe(ids.length);
    expect(checkById('spacing')?.mqm).toBe('Linguistic conventions/Punctuation');
    expect(checkById('no.such.check')).toBeUndefined();
  });
});

describe('engine', () => {
  const ctx = createCheckContext();

  it('puts the DESTA acronym finding first among the unit findings', () => {
    const f = checkUnit({ id: '1', source: '', target: DESTA_ZH }, ctx);
    expect(f.length).toBeGreaterThan(3);
    expect(f[0].check).toBe('acronym.expansion');
    expect(f[0].target?.text).toBe('分配探索安全培训算法');
    expect(f[0].suggestion).toBe('分布式探索安全训练算法');
    // Severity never increases down the list.
    const rank = { critical: 3, major: 2, minor: 1, info: 0 };
    for (let i = 1; i < f.length; i++) expect(rank[f[i].severity]).toBeLessThanOrEqual(rank[f[i - 1].severity]);
    // The half-width punctuation and the "。 " space are reported too, after the terminology.
    expect(f.some((x) => x.check === 'punctuation.width' && x.target?.text === '(')).toBe(true);
    expect(f.some((x) => x.check === 'spacing' && x.target?.text === ' ')).toBe(true);
  });

  it('orders by severity, then registry order, then target offset, and drops exact duplicates', () => {
    const mk = (check: string, severity: Finding['severity'], start: number): Finding => ({
      unitId: 'u',
      check,
      severity,
      mqm: 'Other',
      target: { start, end: start + 1, text: 'x' },
      message: `${check}@${start}`,
    });
    const rank = new Map(CHECKS.map((c, i) => [c.id, i]));
    const out = orderFindings(
      [mk('spacing', 'minor', 5), mk('punctuation.width', 'minor', 9), mk('spacing', 'minor', 1), mk('numbers', 'major', 30), mk('untranslated', 'critical', 50), mk('spacing', 'minor', 5)],
      rank,
    );
    expect(out.map((f) => f.message)).toEqual(['untranslated@50', 'numbers@30', 'punctuation.width@9', 'spacing@1', 'spacing@5']);
  });

  it('keeps findings handed over in order, drops a duplicate there, and orders a unit with many findings', () => {
    const mk = (check: string, severity: Finding['severity'], start: number, source?: number): Finding => ({
      unitId: 'u',
      check,
      severity,
      mqm: 'Other',
      target: { start, end: start + 2, text: '训练' },
      ...(source === undefined ? {} : { source: { start: source, end: source + 8, text: 'training' } }),
      message: `${check}@${start}/${source ?? '-'}`,
    });
    const rank = new Map(CHECKS.map((c, i) => [c.id, i]));
    const inOrder = [mk('terminology.forbidden', 'major', 3, 10), mk('terminology.forbidden', 'major', 3, 10), mk('terminology.forbidden', 'major', 3, 40), mk('spacing', 'minor', 0)];
    expect(orderFindings(inOrder, rank).map((f) => f.message)).toEqual(['terminology.forbidden@3/10', 'terminology.forbidden@3/40', 'spacing@0/-']);
    // 45 findings in reverse order (beyond the insertion sort's range), each check twice at one offset
    const many: Finding[] = [];
    for (let i = 44; i >= 0; i--) many.push(mk(i % 2 ? 'spacing' : 'punctuation.width', 'minor', i >> 1));
    const out = orderFindings(many, rank);
    expect(out).toHaveLength(45);
    expect(out[0].message).toBe('punctuation.width@0/-');
    expect(out[22].message).toBe('punctuation.width@22/-');
    expect(out[23].message).toBe('spacing@0/-');
    expect(out[44].message).toBe('spacing@21/-');
  });

  it('a unit with a source but no target gets exactly one critical untranslated finding', () => {
    const f = checkUnit({ id: '3', source: 'We propose a robust 3D detector for end-to-end 3D multi-modal detection.', target: '' }, ctx);
    expect(f).toHaveLength(1);
    expect(f[0].check).toBe('untranslated');
    expect(f[0].severity).toBe('critical');
    expect(f[0].message).toContain('Translation missing');
  });

  it('target-only mode skips checks that need a source', () => {
    const seen: string[] = [];
    const spy = (id: string, needsSource: boolean): Check => ({
      id,
      mqm: 'Other',
      defaultSeverity: 'minor',
      description: id,
      needsSource,
      run: () => {
        seen.push(id);
        return [];
      },
    });
    const c = { ...ctx, checks: [spy('a', true), spy('b', false)] };
    checkUnit({ id: 'x', source: '', target: '我们提出了一种方法。' }, c);
    expect(seen).toEqual(['b']);
    checkUnit({ id: 'y', source: 'We propose a method.', target: '我们提出了一种方法。' }, c);
    expect(seen).toEqual(['b', 'a', 'b']);
  });

  it('runs the checks the list holds now, when the same list is changed between units or another list comes', () => {
    const seen: string[] = [];
    const spy = (id: string, needsSource = false): Check => ({
      id, mqm: 'Other', defaultSeverity: 'minor', description: id, ...(needsSource ? { needsSource } : {}),
      run: () => { seen.push(id); return []; },
    });
    const list = [spy('a'), spy('b', true)];
    const c = { ...ctx, checks: list };
    const unit = { id: 'x', source: 'We propose a method.', target: '我们提出了一种方法。' };
    checkUnit(unit, c);
    list[1] = spy('c');
    list.push(spy('d', true));
    checkUnit(unit, c);
    checkUnit({ ...unit, source: '' }, c);
    checkUnit(unit, { ...ctx, checks: [spy('e'), list[0]] });
    checkUnit({ ...unit, target: '' }, { ...ctx, checks: [spy('untranslated'), spy('f')] });
    expect(seen).toEqual(['a', 'b', 'a', 'c', 'd', 'a', 'c', 'e', 'a', 'untranslated']);
  });

  it('turns a crashing check into an info finding instead of failing the run', () => {
    const boom: Check = { id: 'boom', mqm: 'Other', defaultSeverity: 'minor', description: '', run: () => { throw new Error('kaput'); } };
    const f = checkUnit({ id: 'z', source: '', target: '模型。' }, { ...ctx, checks: [boom] });
    expect(f).toEqual([expect.objectContaining({ check: 'boom', severity: 'info', message: expect.stringContaining('kaput') })]);
  });

  it('is deterministic and gives documents to consistency checks', () => {
    const units = [
      { id: 'a', source: '', target: '我们训练了一个智能体。' },
      { id: 'b', source: '', target: '该代理人在环境中培训。' },
    ];
    const once = checkDocument(units, ctx);
    const twice = checkDocument(units.map((u) => ({ ...u })), ctx);
    expect(twice).toEqual(once);
    expect(once.every((f) => f.unitId === 'a' || f.unitId === 'b')).toBe(true);
    const project = checkProject([{ units }], ctx);
    expect(project).toEqual(once);
  });

  it('checkProject reports progress and can be cancelled', () => {
    const docs = [{ units: [{ id: '1', source: '', target: '模型(GNN)。' }] }, { units: [{ id: '2', source: '', target: '模型(GNN)。' }] }];
    const calls: number[] = [];
    const f = checkProject(docs, ctx, (done) => {
      calls.push(done);
      return false;
    });
    expect(calls).toEqual([1]);
    expect(f.every((x) => x.unitId === '1')).toBe(true);
  });

  it('runs without the built-in termbase: no terminology findings, other checks still run', () => {
    const bare = createCheckContext({ builtin: false });
    const f = checkUnit({ id: '1', source: '', target: DESTA_ZH }, bare);
    expect(f.some((x) => x.check.startsWith('terminology.'))).toBe(false);
    expect(f.some((x) => x.check === 'spacing')).toBe(true);
  });
});

describe('toCheckUnit', () => {
  it('keeps what checks need from a parsed unit and nothing else', async () => {
    const { toCheckUnit } = await import('../../../src/core/engine');
    const cu = toCheckUnit({
      id: '7',
      source: 'Text',
      target: '',
      detected: { lang: 'en', code: 'eng', confidence: 0.9 },
      engine: '谷歌翻译',
      tags: [{ id: '\ue000', kind: 'standalone', element: 'x' }],
      notes: ['a note'],
    });
    expect(cu).toEqual({
      id: '7',
      source: 'Text',
      target: '',
      detected: { lang: 'en', code: 'eng', confidence: 0.9 },
      engine: '谷歌翻译',
      tags: [{ id: '\ue000', kind: 'standalone', element: 'x' }],
    });
  });
});

describe('checkProject across documents', () => {
  it('reports a term rendered differently in another document only with crossDocument', () => {
    const ctx = createCheckContext();
    const docs = [
      { units: [{ id: 'a1', source: '', target: '我们训练了一个智能体，智能体学会了策略。' }] },
      { units: [{ id: 'b1', source: '', target: '我们训练了一个智能体，该策略很安全。' }] },
      { units: [{ id: 'c1', source: '', target: '该代理人学会了新的策略。' }] },
    ];
    const perDoc = checkProject(docs, ctx).filter((f) => f.check === 'terminology.inconsistent');
    expect(perDoc).toEqual([]);
    const cross = checkProject(docs, ctx, { crossDocument: true }).filter((f) => f.check === 'terminology.inconsistent');
    expect(cross.map((f) => [f.unitId, f.target?.text, f.suggestion])).toEqual([['c1', '代理人', '智能体']]);
  });
});
