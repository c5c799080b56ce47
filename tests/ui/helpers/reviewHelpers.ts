import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import type { DuizhaoDB } from '../../../src/db';
import { findDocumentEntries, renderApp } from './renderApp';

/** Opens the app on the seed with a reviewer name already set (no name question). */
export async function openSeed(db: DuizhaoDB, reviewer: string | null = '李雷') {
  if (reviewer !== null) await db.settings.put({ key: 'reviewerName', value: reviewer });
  const view = renderApp(db);
  const entries = await findDocumentEntries(10);
  return { view, entries };
}

/** The Findings region once the check has listed at least one item. */
export async function findingsRegion(): Promise<HTMLElement> {
  const region = await screen.findByRole('region', { name: 'Findings' });
  await waitFor(() => expect(within(region).getAllByRole('listitem').length).toBeGreaterThan(0), { timeout: 15_000 });
  return region;
}

/** The finding item whose text matches every pattern. */
export function findingItem(region: HTMLElement, ...patterns: RegExp[]): HTMLElement {
  const item = within(region)
    .getAllByRole('listitem')
    .find((li) => patterns.every((p) => p.test(li.textContent ?? '')));
  if (!item) throw new Error(`No finding matches ${patterns.join(' ')}`);
  return item;
}

export function targetRegion(): HTMLElement {
  return screen.getByRole('region', { name: 'Target (Chinese)' });
}

/** The target sentence (paragraph) holding `text`, once shown. */
export async function targetSentence(text: string): Promise<HTMLElement> {
  let found: HTMLElement | undefined;
  await waitFor(() => {
    const region = screen.getByRole('region', { name: 'Target (Chinese)' });
    found = [...region.querySelectorAll<HTMLElement>('p.sentence')].find((el) => (el.textContent ?? '').includes(text));
    if (!found) throw new Error(`No target sentence holds "${text}"`);
  });
  return found!;
}

/** The "Edit translation" button of the target row holding `text`. */
export async function editButtonOf(text: string): Promise<HTMLElement> {
  const p = await targetSentence(text);
  return within(p.parentElement!).getByRole('button', { name: 'Edit translation' });
}

/** The current target text of the first unit of document `order` (0-based) as stored. */
export async function storedTarget(db: DuizhaoDB, order = 0): Promise<string> {
  const { getDocumentUnits } = await import('../../../src/db');
  const docs = await db.documents.orderBy('id').toArray();
  const doc = docs.find((d) => d.order === order)!;
  return (await getDocumentUnits(db, doc.id))[0].target;
}
