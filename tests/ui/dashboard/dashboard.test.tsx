import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../../src/core/model';
import { freshDb } from '../helpers/freshDb';
import { renderApp } from '../helpers/renderApp';
import { projectWith } from '../glossary/glossaryProject';
import { tsvFile } from '../helpers/parsedFixture';

const FILE: ParsedFile = tsvFile([
  {
    name: 'Safe RL',
    units: [
      { id: 'p1', source: 'The agent learns a safe policy.', target: '智能体学习安全的政策。' },
      { id: 'p2', source: 'We compare two policies on MuJoCo tasks.', target: '我们在MuJoCo任务上比较了两种政策。' },
    ],
  },
  { name: 'GNN', units: [{ id: 'g1', source: 'We train a graph neural network.', target: '我们训练了一个图形神经网络。' }] },
]);

/** The rows of the (screen-reader) table of a chart, as [label, value, …] texts. */
function tableOf(title: string): string[][] {
  const table = screen.getByRole('table', { name: title });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

describe('Dashboard', () => {
  it('charts findings, wrong renderings with their fixes, effort and MQM per document, each with the numbers as a table', async () => {
    const db = await freshDb();
    await projectWith(db, FILE, { g1: '我们训练了一个图神经网络。' });
    renderApp(db);
    await userEvent.click(within(await screen.findByRole('navigation', { name: 'Screens' })).getByRole('link', { name: 'Dashboard' }));
    await screen.findByText(/findings in 3 units; 1 corrected/, {}, { timeout: 20_000 });

    expect(tableOf('Findings by check')).toContainEqual(['terminology.forbidden', '2']);
    expect(tableOf('Findings by MQM category')).toContainEqual(['Terminology', expect.stringMatching(/^[2-9]$/)]);
    expect(tableOf('Most frequent wrong renderings and their fixes')).toEqual([['政策 → 策略', '2', '策略']]);
    // The one correction changed 1 character of 13: under 15%.
    expect(tableOf('Post-editing effort of corrected units (character edit rate)')).toEqual([
      ['up to 5%', '0'],
      ['5–15%', '1'],
      ['15–30%', '0'],
      ['30–50%', '0'],
      ['over 50%', '0'],
    ]);
    const scores = screen.getByRole('table', { name: 'MQM score per document' });
    const rows = within(scores).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(/Safe RL|The agent/);
    // No annotation yet: 100 and pass; the findings estimate fails the forbidden renderings.
    expect(within(rows[0]).getAllByRole('cell')[1]).toHaveTextContent('100.0 pass');
    expect(within(rows[0]).getAllByRole('cell')[2]).toHaveTextContent('fail');
    // The charts themselves are hidden from screen readers (the tables carry the numbers).
    for (const svg of document.querySelectorAll('figure.chart svg')) expect(svg).toHaveAttribute('aria-hidden', 'true');
  });
});
