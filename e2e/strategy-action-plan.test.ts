import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

/**
 * The action plan (issue 13, item 4; GIZ 001:2036–2061), end to end: the manager sees the demo's
 * agreed plan with its late tasks, drafts a new version, adds a task and a sub-task (a sub-task due
 * after its parent is refused beside its field), exports the plan as XLSX and imports it back
 * unchanged.
 */
describe.skipIf(!chromiumPath)('browser: action plan', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('drafts a plan with a sub-task, exports it as XLSX and imports it back unchanged', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    const ws = page.url().replace(/\/(lifecycle|home)$/, '');
    await page.goto(`${ws}/strategy/action-plan`);
    await page.getByRole('heading', { name: 'Action plan', level: 1 }).waitFor();
    const table = page.getByTestId('action-plan-table');
    await table.waitFor();
    // The demo's agreed plan: three levels of numbers and its two late tasks.
    expect(await table.locator('tbody th').allTextContents()).toContain('1.1.1');
    expect(await table.locator('.badge-late').count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);

    // A new draft version from the agreed one.
    await page.getByRole('button', { name: 'New version from this one' }).click();
    await page.getByText('New draft version started from this one.').waitFor();
    expect(await page.getByTestId('plan-title').innerText()).toContain('Version 2 · draft');
    const rowsBefore = await table.getByTestId('plan-task').count();

    // A task, then a sub-task under it.
    const deadline = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    const later = new Date(Date.now() + 95 * 86_400_000).toISOString().slice(0, 10);
    const earlier = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await page.getByRole('button', { name: '+ Add a task' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Task', { exact: true }).fill('Develop the statute of the cluster');
    await dialog.getByLabel('Priority').selectOption('high');
    await dialog.getByLabel('Deadline').fill(deadline);
    await dialog.getByLabel('Responsible').selectOption({ label: 'Sofia Staff (demo)' });
    await dialog.getByLabel('Support').fill('A lawyer of the chamber');
    await dialog.getByRole('button', { name: 'Add the task' }).click();
    await page.getByText('Task “Develop the statute of the cluster” added.').waitFor();
    const row = table.getByTestId('plan-task').filter({ hasText: 'Develop the statute of the cluster' });
    const number = (await row.locator('th').innerText()).trim();
    expect(number).toMatch(/^\d+$/);

    await page.getByRole('button', { name: `Add a sub-task to task ${number}` }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Task', { exact: true }).fill('Elect the cluster board');
    await dialog.getByLabel('Deadline').fill(later);
    await dialog.getByRole('button', { name: 'Add the task' }).click();
    // Due after its parent: refused, the error beside the deadline, nothing stored.
    const error = dialog.locator('.form-field.invalid').filter({ has: page.getByLabel('Deadline') });
    await error.locator('.field-error').waitFor();
    expect(await error.locator('.field-error').innerText()).toBe('is after the deadline of the parent task');
    await dialog.getByLabel('Deadline').fill(earlier);
    await dialog.getByRole('button', { name: 'Add the task' }).click();
    await page.getByText('Task “Elect the cluster board” added.').waitFor();
    const sub = table.getByTestId('plan-task').filter({ hasText: 'Elect the cluster board' });
    expect((await sub.locator('th').innerText()).trim()).toBe(`${number}.1`);
    expect(await table.getByTestId('plan-task').count()).toBe(rowsBefore + 2);
    // Moved one place up, the task and its sub-task are renumbered.
    await page.getByRole('button', { name: `Move task ${number} up`, exact: true }).click();
    await page.getByText('“Develop the statute of the cluster” moved.').waitFor();
    const moved = Number(number) - 1;
    expect((await row.locator('th').innerText()).trim()).toBe(String(moved));
    expect((await sub.locator('th').innerText()).trim()).toBe(`${moved}.1`);
    expect(await seriousViolations(page)).toEqual([]);

    // Export as XLSX: the eight columns, one row per task.
    const before = await table.locator('tbody').innerText();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export as XLSX' }).click(),
    ]);
    const file = await readFile((await download.path())!);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'NO',
      'TASK',
      'PRIORITY',
      'DEADLINE',
      'RESPONSIBLE',
      'SUPPORT',
      'REMARKS',
      'STATUS',
    ]);
    expect(sheet.actualRowCount).toBe(rowsBefore + 3);

    // Import it back: the plan is unchanged.
    await page.getByRole('button', { name: 'Import XLSX or CSV' }).click();
    dialog = page.getByRole('dialog');
    await dialog.locator('input[name=file]').setInputFiles({
      name: 'action-plan.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await dialog.getByRole('button', { name: 'Import' }).click();
    await page.getByText(`${rowsBefore + 2} tasks imported.`).waitFor();
    expect(await table.locator('tbody').innerText()).toBe(before);

    // At 390 px the page does not scroll sideways: the wide table scrolls inside its own box.
    await page.setViewportSize({ width: 390, height: 844 });
    // (The chart resizes itself after the viewport changes: wait for the layout to settle.)
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 5000 })
      .toBeLessThanOrEqual(390);
    expect(await table.evaluate((t) => t.parentElement!.className)).toBe('table-scroll');

    // The audit log tells the changes in words.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${ws}/audit`);
    const audit = page.getByTestId('audit-table');
    await audit.waitFor();
    const text = await audit.innerText();
    expect(text).toContain('Action plan task added');
    expect(text).toContain('Action plan imported');
    expect(text).not.toContain('action_plan.');
    await context.close();
  });
});
