// A full check that stopped part-way (cancelled, failed, or cut off with the tab) leaves a
// findings cache that covers only some units: the project is marked not fully checked, the
// Dashboard says so instead of presenting the counts as complete, and offers a full check.
import { waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../../src/core/model';
import type { CachedFinding } from '../../../src/db';
import { recheckProject } from '../../../src/ui/import-export';
import { freshDb } from '../helpers/freshDb';
import { renderApp } from '../helpers/renderApp';
import { projectWith } from '../glossary/glossaryProject';
import { cachedFindings } from '../helpers/cachedFindings';
import { openDashboard } from './openDashboard';
import { tsvFile } from '../helpers/parsedFixture';

const FILE: ParsedFile = tsvFile([
  { name: 'Safe RL', units: [{ id: 'p1', source: 'We train a graph neural network for the agent.', target: '我们为智能体训练了一个图形神经网络。' }] },
  { name: 'GNN', units: [{ id: 'g1', source: 'We train a graph neural network.', target: '我们训练了一个图形神经网络。' }] },
]);

describe('Dashboard after a check that did not finish', () => {
  it('a cancelled check: "Not fully checked", partial counts labelled so; "Check the whole project" completes them', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, FILE);
    const units = await db.units.where('projectId').equals(projectId).sortBy('order');
    const p1 = units.find((u) => u.extId === 'p1')!;
    // What the cancelled check stored: the first document only.
    const found = { documentId: p1.documentId, unitId: p1.id, key: `terminology.forbidden|${p1.id}|图形神经网络`, check: 'terminology.forbidden', severity: 'major', mqm: 'Terminology', target: { start: 7, end: 13, text: '图形神经网络' }, message: 'stored' } as CachedFinding;
    await db.findingChunks.put({ projectId, chunk: 0, findings: [found] });
    await db.projects.update(projectId, { findingsCheck: { complete: false, outcome: 'cancelled', units: 1, at: Date.now() } });

    renderApp(db);
    const main = await openDashboard();
    const notice = await within(main).findByText(/^Not fully checked: the last check of the project was cancelled after about 1 of 2 units\./, {}, { timeout: 20_000 });
    expect(notice).toHaveTextContent('The counts below cover only the units it checked.');
    // The counts are shown, and not as a complete check's.
    await within(main).findByText(/1 findings in 2 units/, {}, { timeout: 20_000 });
    expect(within(main).getByText(/Findings stored so far \(the project is not fully checked\)/)).toBeInTheDocument();
    expect(within(main).queryByText(/Findings as stored by the last full check/)).toBeNull();

    await userEvent.click(within(main).getByRole('button', { name: 'Check the whole project' }));
    // Both documents checked: both forbidden renderings counted, the notice gone, the cache marked complete.
    await within(main).findByText(/^2 findings in 2 units/, {}, { timeout: 30_000 });
    await waitFor(() => expect(within(main).queryByText(/^Not fully checked/)).toBeNull());
    expect(within(main).getByText(/Findings as stored by the last full check/)).toBeInTheDocument();
    expect((await db.projects.get(projectId))?.findingsCheck).toMatchObject({ complete: true, outcome: 'done', units: 2 });
    expect((await cachedFindings(db, projectId)).filter((f) => f.target?.text === '图形神经网络').map((f) => f.unitId).sort()).toEqual(units.map((u) => u.id).sort());
  });

  it('a check cut off by a closed tab (still marked running, not running here) is reported as not finished', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, FILE);
    await db.findingChunks.put({ projectId, chunk: 0, findings: [] });
    await db.projects.update(projectId, { findingsCheck: { complete: false, outcome: 'running', at: Date.now() } });
    renderApp(db);
    const main = await openDashboard();
    expect(await within(main).findByText(/^Not fully checked: the last check of the project did not finish/, {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(within(main).getByRole('button', { name: 'Check the whole project' })).toBeEnabled();
  });

  it('a project whose last check finished, or was checked before the mark existed, shows no notice', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, FILE);
    await db.findingChunks.put({ projectId, chunk: 0, findings: [] });
    renderApp(db);
    const main = await openDashboard();
    await within(main).findByText(/Findings as stored by the last full check/, {}, { timeout: 20_000 });
    expect(within(main).queryByText(/^Not fully checked/)).toBeNull();
    expect(within(main).queryByRole('button', { name: 'Check the whole project' })).toBeNull();
  });

  it('recheckProject marks the cache incomplete while it runs and when cancelled, complete when it ends', async () => {
    const db = await freshDb();
    // 5,000 units: the re-check reads and checks them in batches of about 2,000 and reports
    // progress between batches; it is cancelled at its first report.
    const big: ParsedFile = {
      ...FILE,
      fileName: 'big.tsv',
      documents: Array.from({ length: 1000 }, (_, d) => ({
        name: `Abstract ${d + 1}`,
        units: Array.from({ length: 5 }, (_, i) => ({ id: `a${d + 1}.${i + 1}`, source: `We train a graph neural network on ${d + 1} molecules.`, target: `我们在${d + 1}个分子上训练了一个图形神经网络。` })),
      })),
    };
    const projectId = await projectWith(db, big);
    let during: Promise<unknown> | null = null;
    const abort = new AbortController();
    const out = await recheckProject(db, projectId, {
      signal: abort.signal,
      onProgress: () => {
        abort.abort();
        during ??= db.projects.get(projectId).then((p) => p?.findingsCheck);
      },
    });
    expect(out).toEqual({ type: 'cancelled' });
    expect(await during).toMatchObject({ complete: false, outcome: 'running' });
    const cancelled = (await db.projects.get(projectId))?.findingsCheck;
    expect(cancelled).toMatchObject({ complete: false, outcome: 'cancelled' });
    expect(cancelled!.units).toBeGreaterThan(0);
    expect(cancelled!.units).toBeLessThan(5000);

    expect(await recheckProject(db, projectId)).toMatchObject({ type: 'done', units: 5000 });
    expect((await db.projects.get(projectId))?.findingsCheck).toMatchObject({ complete: true, outcome: 'done', units: 5000 });
  });
});
