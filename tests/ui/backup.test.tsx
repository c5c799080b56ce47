import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { countRecords, exportWorkspace, parseWorkspaceBackup, restoreWorkspace, type DuizhaoDB } from '../../src/db';
import { freshDb } from './helpers/freshDb';
import { editButtonOf, findingItem, findingsRegion, openSeed, storedTarget, targetSentence } from './helpers/reviewHelpers';

/** Every store, every record, in primary-key order (what "lossless" compares). */
async function dump(db: DuizhaoDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

/** A reviewed seed: a correction, a dismissal, a confirmed finding (annotation) and settings. */
async function reviewedSeed(): Promise<DuizhaoDB> {
  const db = await freshDb();
  await openSeed(db, '王芳');
  await userEvent.click(await editButtonOf('从经验上讲'));
  await userEvent.type(screen.getByRole('textbox', { name: 'Translation' }), '另外');
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));
  await targetSentence('另外');
  const region = await findingsRegion();
  await userEvent.click(within(findingItem(region, /汇合/, /收敛/)).getByRole('button', { name: 'Confirm' }));
  await waitFor(async () => expect(await db.annotations.count()).toBe(1));
  await userEvent.click(within(findingItem(region, /Openai Gym/)).getByRole('button', { name: 'Dismiss' }));
  await userEvent.click(within(await screen.findByRole('dialog', { name: 'Dismiss finding' })).getByRole('button', { name: 'Dismiss' }));
  await waitFor(async () => expect(await db.decisions.count()).toBe(2));
  cleanup();
  return db;
}

function backupFile(text: string, name = 'duizhao-workspace-2026-11-28.json'): File {
  return new File([text], name, { type: 'application/json' });
}

describe('Export workspace / Restore workspace', () => {
  it('round trip through the UI: Export → fresh profile → Restore (Replace) → every store equal', async () => {
    const source = await reviewedSeed();
    const before = await dump(source);
    // Export via the header button: capture the downloaded text.
    let saved = '';
    const createURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      void (blob as Blob).text().then((t) => (saved = t));
      return 'blob:backup';
    });
    await openSeed(source, null);
    await userEvent.click(screen.getByRole('button', { name: 'Workspace' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Export workspace' }));
    await waitFor(() => expect(saved).not.toBe(''));
    createURL.mockRestore();
    expect(JSON.parse(saved)).toMatchObject({ format: 'duizhao-workspace', schemaVersion: source.verno });
    cleanup();

    // A different profile with other work in it: Replace drops that work.
    const target = await freshDb();
    await openSeed(target, '别人');
    await userEvent.click(await editButtonOf('从经验上讲'));
    await userEvent.type(screen.getByRole('textbox', { name: 'Translation' }), '别的');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await targetSentence('别的');
    await userEvent.upload(screen.getByLabelText('Workspace backup file'), backupFile(saved));
    const ask = await screen.findByRole('alertdialog', { name: 'Restore workspace' });
    expect(ask).toHaveTextContent(/1 projects, 10 documents/);
    await userEvent.click(within(ask).getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Restored \d+ records/));
    expect(await dump(target)).toEqual(before);
    expect(await storedTarget(target)).toContain('另外');
    expect(await storedTarget(target)).not.toContain('别的');
  });

  it('Merge keeps what is stored and adds the backup’s records by id', async () => {
    const source = await reviewedSeed();
    const backup = await exportWorkspace(source);
    const target = await freshDb();
    await target.settings.put({ key: 'onlyHere', value: '保留' });
    await restoreWorkspace(target, parseWorkspaceBackup(JSON.stringify(backup), 'b.json', target), 'merge');
    expect(await target.settings.get('onlyHere')).toEqual({ key: 'onlyHere', value: '保留' });
    const counts = await countRecords(target);
    expect(counts.revisions).toBe(1);
    expect(counts.annotations).toBe(1);
    expect(counts.settings).toBe((await source.settings.count()) + 1);
  });

  it.each([
    ['a corrupt file', '{"format": "duizhao-workspace", "tables": {', /is not valid JSON/],
    ['a foreign JSON file', '{"name": "my-app", "version": "1.0.0"}', /not a duizhao workspace backup/],
    ['a backup from a newer schema', '{"format": "duizhao-workspace", "schemaVersion": 99, "exportedAt": "2027-01-01T00:00:00Z", "tables": {}}', /newer version of duizhao \(schema 99/],
    ['a damaged record', '{"format": "duizhao-workspace", "schemaVersion": 1, "exportedAt": "x", "tables": {"units": [{"source": "无编号"}]}}', /record 1 of “units” has no “id”/],
  ])('%s: a clear message naming the file, nothing changed', async (_what, text, message) => {
    const db = await freshDb();
    await openSeed(db);
    const before = await dump(db);
    await userEvent.upload(screen.getByLabelText('Workspace backup file'), backupFile(text, '备份.json'));
    const alert = await screen.findByText(message);
    expect(alert.closest('[role="alert"]')).toHaveTextContent(/备份\.json/);
    expect(alert.closest('[role="alert"]')).toHaveTextContent(/Nothing was changed/);
    expect(screen.queryByRole('alertdialog', { name: 'Restore workspace' })).toBeNull();
    expect(await dump(db)).toEqual(before);
  });
});
