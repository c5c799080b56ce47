import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/** Goes to the Dashboard screen by its navigation link; resolves with its main region. */
export async function openDashboard(): Promise<HTMLElement> {
  await userEvent.click(within(await screen.findByRole('navigation', { name: 'Screens' })).getByRole('link', { name: 'Dashboard' }));
  return screen.findByRole('main', { name: 'Dashboard' });
}
