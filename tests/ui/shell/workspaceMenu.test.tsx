import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MenuButton } from '../../../src/ui/common/MenuButton';

function renderMenu() {
  const chosen = vi.fn<(name: string) => void>();
  render(
    <>
      <MenuButton
        label="Workspace"
        items={['Settings', 'Export workspace', 'Restore workspace', 'Reset demo data'].map((label) => ({
          label,
          onSelect: () => chosen(label),
        }))}
      />
      <button type="button">Elsewhere</button>
    </>,
  );
  return chosen;
}

describe('Workspace menu button (keyboard first)', () => {
  it('is a closed menu button until opened', () => {
    renderMenu();
    const button = screen.getByRole('button', { name: 'Workspace' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('ArrowDown opens on the first item, arrows wrap, Enter chooses and focus returns to the button', async () => {
    const chosen = renderMenu();
    const button = screen.getByRole('button', { name: 'Workspace' });
    button.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menuitem', { name: 'Settings' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Reset demo data' })).toHaveFocus();
    await userEvent.keyboard('{Home}{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Export workspace' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(chosen).toHaveBeenCalledWith('Export workspace');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('Escape closes without choosing; a click elsewhere closes too', async () => {
    const chosen = renderMenu();
    const button = screen.getByRole('button', { name: 'Workspace' });
    await userEvent.click(button);
    expect(screen.getByRole('menu', { name: 'Workspace' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(chosen).not.toHaveBeenCalled();
  });
});
