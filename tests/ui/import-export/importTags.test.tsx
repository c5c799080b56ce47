import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../helpers/freshDb';
import { findDocumentEntries, renderApp } from '../helpers/renderApp';
import { cachedFindings } from '../helpers/cachedFindings';

// Two abstracts: the first one's MT drops the <x id="2"/> placeholder of its source (the
// `tags` check must say so, in the app as in the CLI); the second keeps both of its tags.
const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="abstract-warmup.txt" source-language="en" target-language="zh-CN" datatype="plaintext">
    <body>
      <trans-unit id="warmup-1">
        <source>We set the <g id="1">learning rate</g> to 0.01 after<x id="2"/> a linear warm-up.</source>
        <target state="translated">经过线性预热后，我们将<g id="1">学习率</g>设置为0.01。</target>
      </trans-unit>
    </body>
  </file>
  <file original="abstract-gnn.txt" source-language="en" target-language="zh-CN" datatype="plaintext">
    <body>
      <trans-unit id="gnn-1">
        <source>Graph neural networks <g id="3">leak</g> group properties<x id="4"/>.</source>
        <target state="translated">图神经网络<g id="3">泄露</g>了群体属性<x id="4"/>。</target>
      </trans-unit>
    </body>
  </file>
</xliff>
`;

async function importXliff(): Promise<void> {
  const file = new File([XLIFF], 'warmup.xlf', { type: 'application/x-xliff+xml' });
  await userEvent.upload(screen.getByLabelText('Choose a file to import'), file);
  expect(await screen.findByRole('status', { name: 'Import' })).toHaveTextContent(/Imported warmup\.xlf: 2 documents, 2 units/);
}

describe('Inline tags of an imported XLIFF reach the checks', () => {
  it('the review Findings list a placeholder the translation dropped', async () => {
    const db = await freshDb();
    renderApp(db);
    await findDocumentEntries(10);
    await importXliff();
    await findDocumentEntries(2); // the imported project is open (its own Findings region)
    await waitFor(
      () => {
        const items = within(screen.getByRole('region', { name: 'Findings' })).getAllByRole('listitem');
        expect(items.some((li) => /<x2\/>/.test(li.textContent ?? '') && /missing in the translation/.test(li.textContent ?? ''))).toBe(true);
      },
      { timeout: 15_000 },
    );
    // The paired <g1> tag is kept: no finding about it.
    const items = within(screen.getByRole('region', { name: 'Findings' })).getAllByRole('listitem');
    expect(items.some((li) => /<g1>/.test(li.textContent ?? ''))).toBe(false);
  });

  it('the project re-check stores a tags finding for the unit that dropped it and none for the one that kept its tags', async () => {
    const db = await freshDb();
    renderApp(db);
    await findDocumentEntries(10);
    await importXliff();
    const project = (await db.projects.toArray()).find((p) => p.fileName === 'warmup.xlf');
    expect(project).toBeDefined();
    await findDocumentEntries(2); // the imported project is open
    await userEvent.click(screen.getByRole('button', { name: 'Re-check project' }));
    expect(await screen.findByRole('status', { name: 'Re-check' }, { timeout: 30_000 })).toHaveTextContent(/Re-checked 2 units/);
    const units = await db.units.where('projectId').equals(project!.id).toArray();
    const warmup = units.find((u) => u.extId === 'warmup-1')!;
    const gnn = units.find((u) => u.extId === 'gnn-1')!;
    const tags = (await cachedFindings(db, project!.id)).filter((f) => f.check === 'tags');
    expect(tags.map((f) => f.unitId)).toEqual([warmup.id]);
    expect(String(tags[0].message)).toContain('<x2/>');
    expect(tags.some((f) => f.unitId === gnn.id)).toBe(false);
  });
});
