import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../../src/core/model';
import { projectCurrentUnits } from '../../../src/db/glossary';
import { freshDb } from '../helpers/freshDb';
import { renderApp } from '../helpers/renderApp';
import { projectWith } from '../glossary/glossaryProject';

const POLICY: ParsedFile = {
  format: 'tsv',
  fileName: 'rl-policies.tsv',
  sourceLang: 'en',
  targetLang: 'zh-Hans',
  warnings: [],
  documents: [
    {
      name: 'Safe RL',
      units: [
        { id: 'p1', source: 'The agent learns a safe policy.', target: '智能体学习安全的政策。' },
        { id: 'p2', source: 'We compare two policies on Atari games.', target: '我们在Atari游戏上比较了两种政策。' },
        { id: 'p3', source: 'The policy network is trained with PPO.', target: '策略网络使用PPO训练。' },
      ],
    },
  ],
};

describe('Terms: concordance, Fix all, Consistency', () => {
  it('groups the occurrences of "policies" by rendering; Fix all 政策 → 策略 previews, applies as one step, and Undo restores both units', async () => {
    const db = await freshDb();
    const projectId = await projectWith(db, POLICY);
    await db.settings.put({ key: 'reviewerName', value: 'Li Wei' });
    renderApp(db);
    await userEvent.click(within(await screen.findByRole('navigation', { name: 'Screens' })).getByRole('link', { name: 'Terms' }));
    const main = await screen.findByRole('main', { name: 'Terms' });

    // Consistency: "policy" is rendered two ways.
    const report = await within(main).findByRole('table', { name: 'Consistency' }, { timeout: 15_000 });
    const row = within(report).getByRole('row', { name: /policy/ });
    expect(row).toHaveTextContent('政策 (2)');
    expect(row).toHaveTextContent('策略 (1)');

    await userEvent.type(within(main).getByRole('searchbox', { name: 'Search a term (English or Chinese)' }), 'policies');
    await within(main).findByText('3 occurrences of “policies” in 2 renderings.');
    const list = within(main).getByRole('list', { name: 'Occurrences' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/政策.*forbidden.*2 occurrences/);
    expect(items[1]).toHaveTextContent('The agent learns a safe policy.');
    expect(items[1]).toHaveTextContent('智能体学习安全的政策。');

    await userEvent.click(within(list).getByRole('button', { name: 'Fix all 政策' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fix all “政策”' });
    expect(within(dialog).getByRole('textbox', { name: 'Replace with' })).toHaveValue('策略');
    expect(dialog).toHaveTextContent('Preview: 2 replacements in 2 units.');
    expect(within(within(dialog).getByRole('list', { name: 'Preview' })).getAllByRole('listitem')).toHaveLength(2);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply to 2 units' }));

    await within(main).findByText(/Fix all: 政策 → 策略 in 2 units/);
    const targets = async () => (await projectCurrentUnits(db, projectId)).map((u) => u.target);
    await waitFor(async () => expect(await targets()).toEqual(['智能体学习安全的策略。', '我们在Atari游戏上比较了两种策略。', '策略网络使用PPO训练。']));
    await within(main).findByText('3 occurrences of “policies” in 1 rendering.');

    await userEvent.click(within(main).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await targets()).toEqual(['智能体学习安全的政策。', '我们在Atari游戏上比较了两种政策。', '策略网络使用PPO训练。']));
    // Nothing was overwritten: each unit has its fix and its undo as revisions.
    expect(await db.revisions.where('projectId').equals(projectId).count()).toBe(4);
  });

  it('a Chinese query finds the rendering in the targets, grouped by the English term', async () => {
    const db = await freshDb();
    await projectWith(db, POLICY);
    renderApp(db);
    await userEvent.click(within(await screen.findByRole('navigation', { name: 'Screens' })).getByRole('link', { name: 'Terms' }));
    const main = await screen.findByRole('main', { name: 'Terms' });
    await within(main).findByRole('table', { name: 'Consistency' }, { timeout: 15_000 });
    await userEvent.type(within(main).getByRole('searchbox', { name: 'Search a term (English or Chinese)' }), '政策');
    await within(main).findByText(/2 occurrences of “政策”/);
    expect(within(main).getByRole('list', { name: 'Occurrences' })).toHaveTextContent('We compare two policies on Atari games.');
  });
});
