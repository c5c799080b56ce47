// The Dashboard reads the stored findings (the cache a full check writes) instead of checking
// the project again, checks again only documents a reviewer changed, checks a never-checked
// project once (with progress), and keeps its per-document table bounded.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../../src/core/model';
import type { CachedFinding } from '../../../src/db';
import { freshDb } from '../helpers/freshDb';
import { renderApp } from '../helpers/renderApp';
import { projectWith } from '../glossary/glossaryProject';
import { cachedFindings } from '../helpers/cachedFindings';
import { runningRechecks } from '../../../src/ui/import-export';
import { openDashboard } from './openDashboard';
import { tsvFile } from '../helpers/parsedFixture';

const FILE: ParsedFile = tsvFile([
  { name: 'Safe RL', units: [{ id: 'p1', source: 'The agent learns a safe policy.', target: '智能体学习安全的策略。' }] },
  { name: 'GNN', units: [{ id: 'g1', source: 'We train a graph neural network.', target: '我们训练了一个图形神经网络。' }] },
]);

function tableOf(title: string): string[][] {
  const table = screen.getByRole('table', { name: title });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

describe('Dashboard from the stored findings', () => {
  it('counts the stored findings as they are (no re-check); a document the reviewer changed is checked again', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, FILE);
    const units = await db.units.where('projectId').equals(projectId).sortBy('order');
    const [p1, g1] = [units.find((u) => u.extId === 'p1')!, units.find((u) => u.extId === 'g1')!];
    // What a full check stored earlier: 策略 flagged in p1 (the engine would not flag it
    // today), and a stale forbidden rendering in g1.
    const stored = (unitId: number, documentId: number, check: string, text: string) =>
      ({ documentId, unitId, key: `${check}:${unitId}:${text}`, check, severity: 'major', mqm: 'Terminology', target: { start: 0, end: text.length, text }, message: `stored ${text}` }) as CachedFinding;
    await db.findingChunks.put({ projectId, chunk: 0, findings: [stored(p1.id, p1.documentId, 'terminology.forbidden', '策略'), stored(g1.id, g1.documentId, 'terminology.forbidden', '图形神经网络')] });
    renderApp(db);
    await openDashboard();
    await screen.findByText(/findings in 2 units; 0 corrected/, {}, { timeout: 20_000 });
    expect(tableOf('Most frequent wrong renderings and their fixes')).toEqual([
      ['图形神经网络', '1', ''],
      ['策略', '1', ''],
    ]);
    expect(tableOf('Findings by check')).toEqual([['terminology.forbidden', '2']]);

    // The reviewer corrects g1: its document is checked again, its stored finding no longer counts.
    const { addRevision } = await import('../../../src/db');
    await addRevision(db, { unitId: g1.id, side: 'target', text: '我们训练了一个图神经网络。', author: 'Li Wei', reason: 'edit' });
    await screen.findByText(/findings in 2 units; 1 corrected/, {}, { timeout: 20_000 });
    await waitFor(() => expect(tableOf('Most frequent wrong renderings and their fixes')).toEqual([['策略', '1', '']]));
    expect(screen.getByText(/the 1 document changed since checked again/)).toBeInTheDocument();
  });

  it('a never-checked project of 1,500 documents is checked once with progress; the document table keeps a window of rows', async () => {
    const db = await freshDb();
    const big: ParsedFile = {
      ...FILE,
      fileName: 'many.tsv',
      documents: Array.from({ length: 1500 }, (_, i) => ({
        name: `Abstract ${i + 1}`,
        units: [{ id: `a${i + 1}`, source: `We train a graph neural network on ${i + 1} molecules.`, target: `我们在${i + 1}个分子上训练了一个图形神经网络。` }],
      })),
    };
    const projectId = await projectWith(db, big);
    renderApp(db);
    await openDashboard();
    expect(await screen.findByText(/^Checking the project… [\d,]+ of 1,500 units$/, {}, { timeout: 20_000 })).toBeInTheDocument();
    await screen.findByText(/findings in 1,500 units; 0 corrected/, {}, { timeout: 60_000 });
    // The check filled the findings cache (the next visit reads it).
    expect((await cachedFindings(db, projectId)).length).toBeGreaterThanOrEqual(1500);
    expect(tableOf('Most frequent wrong renderings and their fixes')[0]).toEqual(['图形神经网络 → 图神经网络', '1,500', '图神经网络']);

    const scores = screen.getByRole('table', { name: 'MQM score per document' });
    expect(scores).toHaveAttribute('aria-rowcount', '1501');
    const rows = within(scores).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(80);
    expect(within(rows[1]).getByRole('rowheader')).toHaveTextContent(/^Abstract 1$/);
    expect(within(rows[1]).getAllByRole('cell')[2]).toHaveTextContent('fail');
  });

  it('while “Re-check project” runs for the project, the Dashboard starts no check of its own; once it ends with nothing stored, it does', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, FILE);
    const end = runningRechecks.start(db.name, projectId);
    renderApp(db);
    await openDashboard();
    // Nothing stored yet and a re-check running: the Dashboard waits for the findings it writes.
    await screen.findByText(/findings in 2 units; 0 corrected/, {}, { timeout: 20_000 });
    expect(screen.queryByText(/^Checking the project…/)).toBeNull();
    expect(await db.findingChunks.count()).toBe(0);
    // That re-check ended (cancelled) without storing anything: the Dashboard checks the project itself.
    end();
    await waitFor(async () => expect(await db.findingChunks.count()).toBeGreaterThan(0), { timeout: 20_000 });
    expect((await cachedFindings(db, projectId)).map((f) => f.target?.text)).toContain('图形神经网络');
  });
});
