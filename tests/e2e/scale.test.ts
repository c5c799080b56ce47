// A 20,000-unit project in a real browser (issue 7): the import shows a progress bar with a
// value, the lists stay bounded after scrolling to the end, and a cancelled import or a tab
// closed mid-import leaves no project behind in IndexedDB. No timing assertions.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENTUALLY } from './browser';
import { useSeedPage } from './useSeedPage';
import { documentEntries, documentsNav, nextFrames, waitForDocuments } from './reviewScreen';

const PHRASES: [string, string][] = [
  ['We pre-train a graph neural network on molecules', '我们在分子上预训练了一个图神经网络'],
  ['The policy gradient converges to a stable point', '策略梯度收敛到一个稳定点'],
  ['Membership inference attacks leak training data', '成员推断攻击泄露了训练数据'],
  ['Vision Transformers transfer to small models', '视觉Transformer可以迁移到小模型'],
];

/** 20,000 units: 10,000 one-unit abstracts, then one 10,000-unit document (the `document` column). */
function project20k(): Buffer {
  const lines = ['id\tdocument\tsource\ttarget'];
  for (let n = 1; n <= 20_000; n++) {
    const [en, zh] = PHRASES[n % PHRASES.length];
    const doc = n <= 10_000 ? `abstract ${n}` : 'arXiv batch 2024-05';
    lines.push(`u${n}\t${doc}\tUnit ${n}: ${en}. It is evaluated on ${n % 97} benchmarks.\t第${n}单元：${zh}。它在${n % 97}个基准上进行了评估。`);
  }
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

const FILE = project20k();

async function pick(page: Page, name: string, buffer: Buffer = FILE): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import', exact: true }).click()]);
  await chooser.setFiles({ name, mimeType: 'text/tab-separated-values', buffer });
}

/**
 * 5,000 units in 500 abstracts of 10: every fourth renders "policy" as 政策 (the built-in
 * termbase forbids it in RL), every tenth changes the number of benchmarks; r1, r2, r3 are clean.
 */
function project5kWithErrors(): Buffer {
  const lines = ['id\tdocument\tsource\ttarget'];
  for (let n = 1; n <= 5_000; n++) {
    const [en, zh] = n % 4 === 0 ? ['The policy gradient converges to a stable point', '政策梯度收敛到一个稳定点'] : PHRASES[n % PHRASES.length];
    const bench = n % 97;
    lines.push(`r${n}\tabstract ${Math.ceil(n / 10)}\tUnit ${n}: ${en}. It is evaluated on ${bench} benchmarks.\t第${n}单元：${zh}。它在${n % 10 === 0 ? bench + 1 : bench}个基准上进行了评估。`);
  }
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

/** The findings IndexedDB holds for a project (raw, not through the app: its finding chunks), with the unit's id from the file. */
function storedFindings(page: Page, fileName: string): Promise<{ check: string; extId: string }[]> {
  return page.evaluate(
    (file) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('duizhao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['projects', 'units', 'findingChunks'], 'readonly');
          const projects = tx.objectStore('projects').getAll();
          projects.onsuccess = () => {
            const p = (projects.result as { id: number; fileName: string }[]).find((x) => x.fileName === file);
            if (!p) return resolve([]);
            const units = tx.objectStore('units').index('projectId').getAll(p.id);
            // The findings cache: chunks of many findings a record, primary key [projectId, chunk].
            const chunks = tx.objectStore('findingChunks').getAll(IDBKeyRange.bound([p.id, -Infinity], [p.id, Infinity]));
            tx.oncomplete = () => {
              db.close();
              const ext = new Map((units.result as { id: number; extId: string }[]).map((u) => [u.id, u.extId]));
              const findings = (chunks.result as { findings: { check: string; unitId: number }[] }[]).flatMap((c) => c.findings);
              resolve(findings.map((f) => ({ check: f.check, extId: ext.get(f.unitId) ?? '?' })));
            };
          };
        };
      }),
    fileName,
  );
}

/** How far the project's last full check got, as IndexedDB holds it (raw: the project record's findingsCheck). */
function findingsCheck(page: Page, fileName: string): Promise<{ complete: boolean; outcome: string; units?: number } | null> {
  return page.evaluate(
    (file) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('duizhao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('projects', 'readonly').objectStore('projects').getAll();
          all.onsuccess = () => {
            db.close();
            const p = (all.result as { fileName: string; findingsCheck?: { complete: boolean; outcome: string; units?: number } }[]).find((x) => x.fileName === file);
            resolve(p?.findingsCheck ?? null);
          };
        };
      }),
    fileName,
  );
}

/** Raw IndexedDB contents (not through the app): every project, incomplete ones included, and the unit count. */
function stored(page: Page): Promise<{ projects: { name: string; incomplete: boolean }[]; units: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('duizhao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['projects', 'units'], 'readonly');
          const all = tx.objectStore('projects').getAll();
          const count = tx.objectStore('units').count();
          tx.oncomplete = () => {
            db.close();
            resolve({
              projects: (all.result as { name: string; incomplete?: boolean }[]).map((p) => ({ name: p.name, incomplete: !!p.incomplete })),
              units: count.result,
            });
          };
        };
      }),
  );
}

/** Scrolls the scrolling ancestor of the first element matching `selector` to its end. */
async function scrollToEnd(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    let el = document.querySelector(sel) as HTMLElement | null;
    while (el && !(el.scrollHeight > el.clientHeight && /(auto|scroll)/.test(getComputedStyle(el).overflowY))) el = el.parentElement;
    if (!el) throw new Error(`no scrolling ancestor of ${sel}`);
    el.scrollTop = el.scrollHeight;
  }, selector);
  for (let i = 0; i < 4; i++) await nextFrames(page);
}

describe('a 20,000-unit project in Chromium', () => {
  const t = useSeedPage();

  it('imports with a progress bar that fills, then both lists stay bounded after scrolling to the end', async () => {
    const { page } = t;
    await pick(page, 'scale-20k.tsv');
    const bar = page.getByRole('progressbar', { name: 'Importing scale-20k.tsv' });
    await bar.waitFor({ state: 'visible' });
    const notice = page.getByRole('status', { name: 'Import' }).filter({ hasText: 'Imported scale-20k.tsv' });
    let sawValue = false;
    while (!(await notice.isVisible())) {
      const v = await bar.evaluate((el) => (el as HTMLProgressElement).position).catch(() => -1);
      if (v > 0 && v < 1) sawValue = true;
      await page.waitForTimeout(20);
    }
    expect(sawValue, 'the progress bar showed a fraction between 0 and 1 while importing').toBe(true);
    expect(await notice.innerText()).toContain('10,001 documents, 20,000 units');

    // Documents: the list has 10,001 entries but only a window of them is in the page.
    await expect.poll(() => documentEntries(page).first().innerText(), EVENTUALLY).toContain('abstract 1');
    // The first screen (100 documents) renders before the whole list has been read: scroll
    // once the list holds all 10,001, or the end reached would be the first screen's.
    await expect.poll(() => documentEntries(page).first().getAttribute('aria-setsize'), EVENTUALLY).toBe('10001');
    const last = documentsNav(page).getByRole('button', { name: /arXiv batch 2024-05/ });
    await expect
      .poll(async () => {
        await scrollToEnd(page, 'nav[aria-label="Documents"] li');
        return last.isVisible();
      }, EVENTUALLY)
      .toBe(true);
    expect(await documentEntries(page).count()).toBeLessThan(300);
    expect(await documentEntries(page).last().getAttribute('aria-setsize')).toBe('10001');

    // The 10,000-unit document: scrolled to its end, the rows in the page stay a few hundred.
    await last.click();
    const grid = page.getByRole('group', { name: 'Aligned sentences' });
    await expect.poll(() => grid.getByText('Unit 10001:').count(), EVENTUALLY).toBeGreaterThan(0);
    await expect
      .poll(async () => {
        await scrollToEnd(page, '[aria-label="Aligned sentences"] [data-row-index]');
        return grid.getByText('Unit 20000:').count();
      }, EVENTUALLY)
      .toBeGreaterThan(0);
    const cells = await grid.locator('[data-row-index]').count();
    expect(cells).toBeGreaterThan(0);
    expect(cells).toBeLessThan(600); // both columns: < 300 rows
    expect(await grid.getByText('Unit 10001:').count()).toBe(0);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(5000);
  }, 240_000);

  it('"Cancel import" mid-way leaves no project and no unit behind, even hidden ones', async () => {
    const { page } = t;
    const before = await stored(page);
    await pick(page, 'cancel-20k.tsv');
    const bar = page.getByRole('progressbar', { name: 'Importing cancel-20k.tsv' });
    await bar.waitFor({ state: 'visible' });
    // Cancel while the worker is writing (some chunks are already in IndexedDB).
    await expect.poll(() => page.getByText(/^Saving cancel-20k\.tsv/).count(), EVENTUALLY).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Cancel import' }).click();
    await page.getByRole('status', { name: 'Import' }).filter({ hasText: 'Import of cancel-20k.tsv cancelled; nothing was stored.' }).waitFor();
    expect(await stored(page)).toEqual(before);
    await page.reload();
    await waitForDocuments(page, 10);
    expect(await page.getByRole('combobox', { name: 'Project' }).count()).toBe(0);
    expect(await stored(page)).toEqual(before);
  }, 240_000);

  it('a tab closed mid-import leaves nothing visible, and the half-written project is deleted at a later start', async () => {
    const before = await stored(t.page);
    const second = await t.context.newPage();
    await second.goto('/');
    await waitForDocuments(second, 10);
    await pick(second, 'closed-20k.tsv');
    await expect.poll(() => second.getByText(/^Saving closed-20k\.tsv/).count(), EVENTUALLY).toBeGreaterThan(0);
    await second.close(); // the worker dies with its tab mid-write
    const left = await stored(t.page);
    expect(left.projects.filter((p) => !p.incomplete)).toEqual(before.projects);
    // The first tab never shows the half-written project.
    expect(await t.page.getByRole('combobox', { name: 'Project' }).count()).toBe(0);
    // Once its heartbeat is stale (20 s), the next start deletes it.
    await t.page.waitForTimeout(21_000);
    await t.page.reload();
    await waitForDocuments(t.page, 10);
    await expect.poll(() => stored(t.page), EVENTUALLY).toEqual(before);
  }, 240_000);

  it('"Re-check project" checks 5,000 units in the workers: progress, every finding it counts is in IndexedDB, a second run replaces them, a cancelled one stops and leaves the project marked not fully checked', async () => {
    const { page } = t;
    await pick(page, 'recheck-5k.tsv', project5kWithErrors());
    await page.getByRole('status', { name: 'Import' }).filter({ hasText: 'Imported recheck-5k.tsv: 500 documents, 5,000 units.' }).waitFor();
    await expect.poll(() => documentEntries(page).first().innerText(), EVENTUALLY).toContain('abstract 1');
    // Watch for the re-check's progress bar from before the click (a fast run shows it briefly),
    // and for the worker telling the page's live queries that findings were written (Dexie's
    // cross-context channel; the findings stream into open views through it).
    await page.evaluate(() => {
      const w = window as unknown as { __sawRecheckBar: boolean; __findingsTold: number };
      w.__sawRecheckBar = false;
      w.__findingsTold = 0;
      new BroadcastChannel('x-storagemutated-1').onmessage = (e: MessageEvent) => {
        if (Object.keys(e.data ?? {}).some((k) => k.startsWith('idb://duizhao/findingChunks/'))) w.__findingsTold++;
      };
      new MutationObserver(() => {
        if (document.querySelector('progress[aria-label="Re-checking the project"]')) w.__sawRecheckBar = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const run = async () => {
      await page.getByRole('button', { name: 'Re-check project' }).click();
      const status = page.getByRole('status', { name: 'Re-check' });
      await status.waitFor();
      const m = /^Re-checked 5,000 units: ([\d,]+) findings\.$/.exec((await status.innerText()).trim());
      expect(m, await status.innerText()).not.toBeNull();
      return Number(m![1].replace(/,/g, ''));
    };
    const counted = await run();
    expect(await findingsCheck(page, 'recheck-5k.tsv')).toMatchObject({ complete: true, outcome: 'done', units: 5000 });
    expect(await page.evaluate(() => (window as unknown as { __sawRecheckBar: boolean }).__sawRecheckBar)).toBe(true);
    // Told when the old findings were cleared, and again as the new ones were written.
    expect(await page.evaluate(() => (window as unknown as { __findingsTold: number }).__findingsTold)).toBeGreaterThanOrEqual(2);
    const stored = await storedFindings(page, 'recheck-5k.tsv');
    expect(stored.length).toBe(counted);
    // 政策 for "policy" (r4, r8…) and the changed number (r100: 3 benchmarks → 4) are found; r1–r3 are clean.
    expect(stored.some((f) => f.extId === 'r4' && f.check.startsWith('terminology.'))).toBe(true);
    expect(stored.some((f) => f.extId === 'r100' && f.check === 'numbers')).toBe(true);
    expect(stored.filter((f) => f.extId === 'r1' || f.extId === 'r2' || f.extId === 'r3')).toEqual([]);
    // Again: the project's findings are replaced, not added to.
    await page.getByRole('button', { name: 'Re-check project' }).waitFor();
    expect(await run()).toBe(counted);
    expect((await storedFindings(page, 'recheck-5k.tsv')).length).toBe(counted);
    // Cancelled as soon as it shows progress: it says so, keeps no more than a full run would,
    // marks the project not fully checked (the Dashboard reads that mark), and the next run
    // stores them all again and marks it checked.
    await page.getByRole('button', { name: 'Re-check project' }).click();
    await page.getByRole('button', { name: 'Cancel re-check' }).click();
    await page.getByRole('status', { name: 'Re-check' }).filter({ hasText: 'Re-check cancelled; findings already found are kept. The project is not fully checked' }).waitFor();
    expect((await storedFindings(page, 'recheck-5k.tsv')).length).toBeLessThanOrEqual(counted);
    expect(await findingsCheck(page, 'recheck-5k.tsv')).toMatchObject({ complete: false, outcome: 'cancelled' });
    expect(await run()).toBe(counted);
    expect((await storedFindings(page, 'recheck-5k.tsv')).length).toBe(counted);
    expect(await findingsCheck(page, 'recheck-5k.tsv')).toMatchObject({ complete: true, outcome: 'done', units: 5000 });
  }, 240_000);
});
