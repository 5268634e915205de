import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

/** Role homes and My tasks (issue 12, items 1 and 6): each role lands on its home, at desktop and phone sizes. */
describe.skipIf(!chromiumPath)('browser: role homes', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  const homes: [string, string][] = [
    ['manager@demo.agglomera.org', 'Late and due tasks'],
    ['member@demo.agglomera.org', 'Surveys to answer'],
    ['officer@demo.agglomera.org', 'Lakeside Agro-Food Cluster (demo)'],
    ['panel@demo.agglomera.org', 'Selections awaiting my scores'],
  ];

  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as [number, number][])
    it(`lands every role on its home at ${width} px, accessible and without sideways scroll`, async () => {
      for (const [email, heading] of homes) {
        const context = await h.browser.newContext({ locale: 'en-GB', viewport: { width, height } });
        const page = await context.newPage();
        const refused: string[] = [];
        page.on('response', (r) => {
          if (r.status() === 403) refused.push(r.url());
        });
        await signInAs(page, h.baseUrl, email);
        await page.waitForURL(/\/home$/);
        await page.getByRole('heading', { name: heading }).waitFor();
        expect(await seriousViolations(page), email).toEqual([]);
        // Neither the home's own content nor the page scrolls sideways.
        const overflow = await page.evaluate(() => {
          const main = document.querySelector('main')!;
          return main.scrollWidth - main.clientWidth;
        });
        expect(overflow, `${email} at ${width}px`).toBeLessThanOrEqual(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(refused, email).toEqual([]);
        if (email.startsWith('member@')) {
          // The demo's open survey waits for the demo member.
          await page.getByRole('link', { name: 'Export readiness check (demo)' }).waitFor();
        }
        await context.close();
      }
    });

  it('shows the manager every source of work in My tasks', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/home$/);
    await page.locator('nav a[href$="/tasks"]').click();
    await page.getByRole('heading', { name: 'My tasks' }).waitFor();
    await page.locator('.task-list .badge', { hasText: 'Project task' }).first().waitFor();
    await page.getByLabel('Whose tasks').selectOption('all');
    await page.locator('.task-list .badge', { hasText: 'Improvement cycle (PDCA)' }).first().waitFor();
    expect(await page.locator('.badge-late').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets the manager choose the e-mail reminders of late and soon-due tasks on the account page', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/home$/);
    await page.goto(`${h.baseUrl}/account`);
    await page.getByRole('heading', { name: 'E-mail reminders' }).waitFor();
    await expect
      .poll(() => page.getByTestId('reminders-today').innerText())
      .toMatch(/Today it would list \d+ late/);
    const select = page.getByLabel('Send me the summary');
    expect(await select.inputValue()).toBe('weekly');
    await select.selectOption('daily');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Your reminders are saved.').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'E-mail reminders' }).waitFor();
    await expect.poll(() => page.getByLabel('Send me the summary').inputValue()).toBe('daily');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
