import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/cli/output/formatText';
import { spanInContext } from '../../src/cli/output/spanInContext';
import type { CheckReport } from '../../src/cli/output/CheckReport';

describe('formatText', () => {
  it('writes each finding as its lines under its unit, in order', () => {
    const target = '该智能体在安全约束下进行培训，\n培训需要两天。';
    const source = 'The agent is trained with safety constraints;\r\ntraining takes two days.';
    const report: CheckReport = {
      file: 'pairs.jsonl', version: '0.1.0', failOn: 'major',
      units: [
        { id: 'u1', source, target, document: { name: '安全训练' }, engine: 'mt' },
        { id: 'u2', source: 'No findings here.', target: '这里没有问题。' },
      ],
      findings: [
        {
          unitId: 'u1', check: 'terminology.forbidden', severity: 'major', mqm: 'Terminology', confidence: 'certain',
          target: { start: 12, end: 14, text: '培训' }, source: { start: 13, end: 20, text: 'trained' },
          message: '培训 is vocational training of people; for "trained" use 训练.', suggestion: '训练',
        },
        {
          unitId: 'u1', check: 'fluency.repetition', severity: 'minor', mqm: 'Fluency/Repetition', confidence: 'suspect',
          target: { start: 14, end: 17, text: '，\n培' }, message: 'A line break\ninside the message.', suggestion: '',
        },
      ],
    };
    expect(formatText(report)).toBe(
      [
        'pairs.jsonl: 2 units, 2 findings (1 major, 1 minor) in 1 unit',
        '',
        '■ unit u1 — 安全训练 (translated by mt): 2 findings',
        '  1. MAJOR  terminology.forbidden  [Terminology]',
        '     target 12–14: 该智能体在安全约束下进行⟦培训⟧，⏎培训需要两天。',
        '     source 13–20: …he agent is ⟦trained⟧ with safety…',
        '     培训 is vocational training of people; for "trained" use 训练.',
        '     → suggestion: 训练',
        '  2. MINOR  fluency.repetition  [Fluency/Repetition]  (suspect)',
        '     target 14–17: …能体在安全约束下进行培训⟦，⏎培⟧训需要两天。',
        '     A line break',
        'inside the message.',
        '     → suggestion: (delete)',
        '',
        'FAILED: 1 finding at or above major (--fail-on major).',
        '',
      ].join('\n'),
    );
  });

  it('shows line breaks in a span and its context as ⏎, other text as it is', () => {
    expect(spanInContext('第一行\r\n第二行\n第三行', { start: 3, end: 6, text: '\r\n第' })).toBe('第一行⟦⏎第⟧二行⏎第三行');
    expect(spanInContext('无换行的译文', { start: 1, end: 3, text: '换行' })).toBe('无⟦换行⟧的译文');
    expect(spanInContext('回车\r不算', { start: 0, end: 2, text: '回车' })).toBe('⟦回车⟧\r不算');
  });
});
