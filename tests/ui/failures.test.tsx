import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addRevision } from '../../src/db';
import { freshDb } from './helpers/freshDb';
import { editButtonOf, findingItem, findingsRegion, openSeed, storedTarget, targetSentence } from './helpers/reviewHelpers';
import { renderApp } from './helpers/renderApp';

const quota = () => Object.assign(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

describe('Failures get a sentence: what happened, what to do; nothing half-written', () => {
  it('a full disk while saving a correction: the alert says so, the draft stays in the editor, nothing is stored', async () => {
    const db = await freshDb();
    await openSeed(db);
    await userEvent.click(await editButtonOf('从理论上讲'));
    await userEvent.type(screen.getByRole('textbox', { name: 'Translation' }), '（已核对）');
    const spy = vi.spyOn(db.events, 'add').mockRejectedValue(quota());
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByText(/no storage space left for duizhao, so nothing was saved/);
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent(/Free some disk space or delete an old project, then try again/);
    // The transaction rolled back: the revision written before the failing step is gone too.
    expect(await db.revisions.count()).toBe(0);
    expect(await storedTarget(db)).not.toContain('（已核对）');
    expect((screen.getByRole('textbox', { name: 'Translation' }) as HTMLTextAreaElement).value).toContain('（已核对）');
    // Space freed: the same Save now works.
    spy.mockRestore();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await storedTarget(db)).toContain('（已核对）'));
  });

  it('a full disk while dismissing: the finding stays open and the alert says what to do', async () => {
    const db = await freshDb();
    await openSeed(db);
    const region = await findingsRegion();
    const before = within(region).getAllByRole('listitem').length;
    vi.spyOn(db.decisions, 'add').mockRejectedValue(quota());
    await userEvent.click(within(findingItem(region, /汇合/)).getByRole('button', { name: 'Dismiss' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Dismiss finding' })).getByRole('button', { name: 'Dismiss' }));
    expect(await screen.findByText(/no storage space left for duizhao/)).toHaveAttribute('role', 'alert');
    expect(within(region).getAllByRole('listitem')).toHaveLength(before);
    expect(await db.decisions.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });

  it('IndexedDB unavailable (private window, blocked storage) at save time: a sentence, nothing lost', async () => {
    const db = await freshDb();
    await openSeed(db);
    await userEvent.click(await editButtonOf('从理论上讲'));
    await userEvent.type(screen.getByRole('textbox', { name: 'Translation' }), '！');
    vi.spyOn(db, 'transaction').mockRejectedValue(Object.assign(new Error('IndexedDB is not available'), { name: 'MissingAPIError' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByText(/could not open its local database \(IndexedDB\)/);
    expect(alert).toHaveTextContent(/allow site data for this page or use a normal window, then reload/);
    expect(screen.getByRole('textbox', { name: 'Translation' })).toBeInTheDocument();
  });

  it('a database opened by a newer duizhao in another tab (VersionError): the app says so instead of failing later', async () => {
    const db = await freshDb();
    vi.spyOn(db.settings, 'get').mockRejectedValue(Object.assign(new Error('The requested version is less than the existing version.'), { name: 'VersionError' }));
    renderApp(db);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Another tab has opened a newer version of duizhao/);
    expect(alert).toHaveTextContent(/Close this tab and reload the other one/);
    expect(screen.queryByRole('navigation', { name: 'Documents' })).toBeNull();
    expect(await db.projects.count()).toBe(0);
  });

  it('blocked: an older duizhao in another tab holds the database while this one upgrades — the app says what to do', async () => {
    const db = await freshDb();
    await openSeed(db);
    db.on('blocked').fire(new Event('blocked'));
    const alert = await screen.findByText(/waiting for another tab that still runs an older version/);
    expect(alert).toHaveTextContent(/Close or reload the other duizhao tabs/);
  });

  it('two tabs: another tab saves the unit while this one edits it — both revisions kept, the later current, this tab told', async () => {
    const db = await freshDb();
    await openSeed(db);
    await userEvent.click(await editButtonOf('从理论上讲'));
    const unitId = (await db.units.toCollection().first())!.id;
    // "The other tab" (another writer with its own tab id) saves first.
    const mt = await storedTarget(db);
    await addRevision(db, { unitId, side: 'target', text: mt.replace('汇合', '收敛'), author: '韩梅梅', tab: 'other-tab' });
    await screen.findByRole('button', { name: 'History' }); // this tab's rows now show the other tab's revision
    await userEvent.type(screen.getByRole('textbox', { name: 'Translation' }), '（本标签页）');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.revisions.count()).toBe(2));
    expect(await screen.findByText(/Another tab saved a different translation of unit 1 while you were editing\. Both are kept in History; yours is now current\./)).toBeInTheDocument();
    expect(await storedTarget(db)).toContain('（本标签页）');

    // And the other way round: the other tab saves after this one → a status message here.
    await addRevision(db, { unitId, side: 'target', text: `${await storedTarget(db)}再改`, author: '韩梅梅', tab: 'other-tab' });
    expect(await screen.findByText(/Another tab saved a new translation of unit 1 \(韩梅梅\); it is now current\. Your revision is kept in History\./)).toBeInTheDocument();
    await targetSentence('再改');
  });
});
