import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

/** Issue #12, "What it must show": a form test (layout/forms.tsx, layout/Dialog.tsx). */
describe.skipIf(!chromiumPath)('browser: forms keep what was typed and say what is wrong beside it', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('a refused indicator keeps its name and definition, names the field and focuses it; a success empties the form', async () => {
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\/[^/]+\//);
    const workspace = /\/w\/([^/]+)\//.exec(page.url())![1]!;
    await page.goto(`${h.baseUrl}/w/${workspace}/monitoring`);
    await page.getByRole('heading', { name: 'Results chain', level: 1 }).waitFor();

    // Creation stands behind "+ New": a labelled modal dialog that Escape closes.
    await page.getByRole('button', { name: '+ New indicator' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an indicator' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '+ New indicator' }).click();
    await dialog.waitFor();

    const form = page.getByTestId('new-indicator');
    await form.getByLabel('Indicator', { exact: true }).fill('Export sales of member firms');
    await form.getByLabel('Definition').fill('Sales abroad of member firms, in euros');
    // The browser accepts these dates; the server refuses an end before the start (body.endsOn).
    await form.getByLabel('First period from').fill('2027-01-01');
    await form.getByLabel('Last period until').fill('2026-01-31');
    await form.getByRole('button', { name: 'Add an indicator' }).click();

    const ends = form.getByLabel('Last period until');
    await expect.poll(() => ends.getAttribute('aria-invalid')).toBe('true');
    // The error is beside the field and is what the field is described by.
    const describedBy = (await ends.getAttribute('aria-describedby'))!.split(' ');
    const texts = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).innerText()));
    expect(texts.join(' ')).toMatch(/before startsOn/);
    expect(await form.locator('.form-field.invalid').count()).toBe(1);
    // The message is anchored in the form, not at the top of the page.
    expect(await form.getByRole('alert').innerText()).toMatch(/ends before it starts/);
    // Nothing typed was lost, and the focus is on the refused field.
    expect(await form.getByLabel('Indicator', { exact: true }).inputValue()).toBe(
      'Export sales of member firms',
    );
    expect(await form.getByLabel('Definition').inputValue()).toBe('Sales abroad of member firms, in euros');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('endsOn');
    expect(await seriousViolations(page)).toEqual([]);

    // Corrected, it is created: the dialog closes, a short notice says so, the list shows it.
    await ends.fill('2028-12-31');
    await form.getByRole('button', { name: 'Add an indicator' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Indicator added.' }).waitFor();
    await page.getByRole('link', { name: 'Export sales of member firms' }).waitFor();
    // Opened again, the form is empty.
    await page.getByRole('button', { name: '+ New indicator' }).click();
    expect(await form.getByLabel('Indicator', { exact: true }).inputValue()).toBe('');
    expect(await form.locator('[aria-invalid="true"]').count()).toBe(0);
  });
});
