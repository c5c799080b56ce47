import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { saveTerm, type SpotCheck } from '../../../src/db/glossary';
import { spotCheckCsv } from '../../../src/ui/spotcheck/spotCheckCsv';
import { freshDb } from '../helpers/freshDb';
import { renderApp } from '../helpers/renderApp';
import { CODEBOOK_FILE, projectWith } from '../glossary/glossaryProject';

async function openSpotCheck() {
  const nav = await screen.findByRole('navigation', { name: 'Screens' });
  await userEvent.click(within(nav).getByRole('link', { name: 'Spot-check' }));
  return screen.findByRole('main', { name: 'Spot-check' });
}

async function draw(size: number, seed: string) {
  const main = await openSpotCheck();
  await screen.findByText(/3 translated sentence pairs/);
  const sizeBox = within(main).getByRole('spinbutton', { name: 'Sample size' });
  await userEvent.clear(sizeBox);
  await userEvent.type(sizeBox, String(size));
  const seedBox = within(main).getByRole('textbox', { name: 'Seed' });
  await userEvent.clear(seedBox);
  await userEvent.type(seedBox, seed);
  await userEvent.click(within(main).getByRole('button', { name: 'Draw sample' }));
  return screen.findByRole('list', { name: 'Sampled pairs' });
}

describe('Spot-check', () => {
  it('draws a seeded sample, records Pass/Fail with an MQM category, estimates the error rate, and resumes after a reload', async () => {
    const db = await freshDb();
    await projectWith(db, CODEBOOK_FILE);
    const first = renderApp(db);
    const list = await draw(2, '对照-42');
    const pairs = within(list).getAllByRole('listitem');
    expect(pairs).toHaveLength(2);
    const zh = (li: HTMLElement) => li.querySelector('p[lang="zh-Hans"]')?.textContent;
    const texts = pairs.map(zh);
    expect(texts.every((t) => /代码簿/.test(t ?? ''))).toBe(true);

    await userEvent.click(within(pairs[0]).getByRole('button', { name: 'Pass' }));
    await userEvent.click(within(pairs[1]).getByRole('button', { name: 'Fail' }));
    await userEvent.selectOptions(await within(pairs[1]).findByRole('combobox', { name: 'MQM category' }), 'Terminology');
    const estimate = screen.getByRole('status', { name: 'Estimate' });
    await waitFor(() => expect(estimate).toHaveTextContent('Judged 2 of 2 · 1 failed'));
    // 1 of 2: Wilson 95% interval 9.5%–90.5%.
    expect(estimate).toHaveTextContent('estimated error rate 50.0% (95% Wilson interval 9.5%–90.5%');
    // the category is stored after the verdict: wait for it rather than read it at once
    await waitFor(() => expect(estimate).toHaveTextContent('Terminology: 1'));
    await waitFor(async () => {
      const stored = (await db.spotchecks.toArray()) as SpotCheck[];
      expect(stored[0].items.map((i) => [i.verdict, i.category])).toEqual([['pass', undefined], ['fail', 'Terminology']]);
    });

    // Reload: a new app on the same database reopens the spot-check where it was left.
    first.unmount();
    renderApp(db);
    await openSpotCheck();
    const again = within(await screen.findByRole('list', { name: 'Sampled pairs' })).getAllByRole('listitem');
    expect(again.map(zh)).toEqual(texts);
    expect(within(again[0]).getByRole('button', { name: 'Pass' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(again[1]).getByRole('button', { name: 'Fail' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(again[1]).getByRole('combobox', { name: 'MQM category' })).toHaveValue('Terminology');
  });

  it('the same seed draws the same pairs again, without repeating a pair', async () => {
    const db = await freshDb();
    await projectWith(db, CODEBOOK_FILE);
    renderApp(db);
    await draw(2, 'seed-a');
    await waitFor(async () => expect(await db.spotchecks.count()).toBe(1));
    await draw(2, 'seed-a');
    await waitFor(async () => expect(await db.spotchecks.count()).toBe(2));
    const [a, b] = (await db.spotchecks.toArray()) as SpotCheck[];
    expect(b.items.map((i) => i.target)).toEqual(a.items.map((i) => i.target));
    expect(new Set(a.items.map((i) => i.target)).size).toBe(2);
  });

  it('CSV export neutralises cells a spreadsheet would run as formulas', () => {
    const sc = {
      id: 1, projectId: 1, name: 'x', seed: 's', size: 1, stratify: 'none', population: 1, createdAt: 0, updatedAt: 0,
      items: [{ unitId: 1, documentId: 1, extId: '7', docTitle: '=HYPERLINK("http://evil")', sentence: 0, source: '+1 more sample', target: '=1+1，训练', verdict: 'fail', category: 'Accuracy' }],
    } as SpotCheck;
    const rows = Papa.parse<string[]>(spotCheckCsv(sc).trim()).data;
    expect(rows[0]).toEqual(['#', 'unit', 'document', 'sentence', 'source', 'target', 'flagged', 'verdict', 'mqm_category', 'note']);
    expect(rows[1]).toEqual(['1', '7', `'=HYPERLINK("http://evil")`, '1', `'+1 more sample`, `'=1+1，训练`, '', 'fail', 'Accuracy', '']);
  });

  it('stratified flagged vs unflagged: both strata are represented in proportion', async () => {
    const db = await freshDb();
    await projectWith(db, {
      ...CODEBOOK_FILE,
      documents: [
        {
          name: 'Safe RL',
          units: [
            { id: 'p1', source: 'The agent learns a safe policy.', target: '智能体学习安全的政策。' },
            { id: 'p2', source: 'We compare two policies on MuJoCo tasks.', target: '我们在MuJoCo任务上比较了两种政策。' },
            { id: 'p3', source: 'The policy network is trained with PPO.', target: '策略网络使用PPO训练。' },
          ],
        },
      ],
    });
    renderApp(db);
    const main = await openSpotCheck();
    await screen.findByText(/3 translated sentence pairs/);
    await userEvent.clear(within(main).getByRole('spinbutton', { name: 'Sample size' }));
    await userEvent.type(within(main).getByRole('spinbutton', { name: 'Sample size' }), '2');
    await userEvent.selectOptions(within(main).getByRole('combobox', { name: 'Stratify' }), 'flagged');
    await userEvent.click(within(main).getByRole('button', { name: 'Draw sample' }));
    const list = await screen.findByRole('list', { name: 'Sampled pairs' }, { timeout: 20_000 });
    const labels = within(list).getAllByRole('listitem').map((li) => (/· (flagged|not flagged)$/m.exec(li.querySelector('.muted')?.textContent ?? '') ?? [])[1]);
    expect(labels.sort()).toEqual(['flagged', 'not flagged']);
    expect(screen.getByText(/stratified flagged \/ unflagged/)).toBeInTheDocument();
  });

  it('stratified flagged uses the project termbase: 代码簿 is flagged only by the project entry', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, {
      ...CODEBOOK_FILE,
      documents: [
        {
          name: 'VQ tokenizer',
          units: [
            { id: 'c1', source: 'We learn a codebook of discrete image tokens.', target: '我们学习离散图像标记的代码簿。' },
            { id: 'c2', source: 'The codebook size controls the rate.', target: '代码簿大小控制速率。' },
            { id: 'c3', source: 'A larger codebook improves reconstruction.', target: '更大的代码簿改善了重建。' },
          ],
        },
      ],
    });
    // The built-in termbase does not know codebook; the project's entry forbids 代码簿.
    await saveTerm(db, projectId, {
      id: 'p.codebook',
      en: [{ text: 'codebook' }],
      zh: [
        { text: '码本', status: 'preferred' },
        { text: '代码簿', status: 'forbidden' },
      ],
    });
    renderApp(db);
    const main = await openSpotCheck();
    await screen.findByText(/3 translated sentence pairs/);
    await userEvent.clear(within(main).getByRole('spinbutton', { name: 'Sample size' }));
    await userEvent.type(within(main).getByRole('spinbutton', { name: 'Sample size' }), '3');
    await userEvent.selectOptions(within(main).getByRole('combobox', { name: 'Stratify' }), 'flagged');
    await userEvent.click(within(main).getByRole('button', { name: 'Draw sample' }));
    const list = await screen.findByRole('list', { name: 'Sampled pairs' }, { timeout: 20_000 });
    const labels = within(list).getAllByRole('listitem').map((li) => (/· (flagged|not flagged)$/m.exec(li.querySelector('.muted')?.textContent ?? '') ?? [])[1]);
    expect(labels).toEqual(['flagged', 'flagged', 'flagged']);
  });
});
