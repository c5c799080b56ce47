import { render, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import type { DuizhaoDB } from '../../../src/db';
import { resetStore } from '../../../src/store';
import { App } from '../../../src/ui/shell';

/** Mounts the app on `db` with a fresh UI store (as a new page load would). */
export function renderApp(db: DuizhaoDB) {
  resetStore();
  return render(<App db={db} />);
}

/** Waits until the "Documents" navigation lists `count` entries and returns them (buttons). */
export async function findDocumentEntries(count: number): Promise<HTMLElement[]> {
  const nav = await screen.findByRole('navigation', { name: 'Documents' });
  await waitFor(() => expect(within(nav).getAllByRole('button')).toHaveLength(count));
  return within(nav).getAllByRole('button');
}
