import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

/**
 * Staff and the financial plan (issue 14), end to end: the manager scores two members of the demo
 * office on the GIZ guide's criteria (001:2443–2452) and the FTE-weighted team score moves as
 * computed by hand (001:2439); builds a 12-month plan (001:2081) whose liquidity closes below zero
 * in a named month and sees the financing mix chart (001:2097–2098); both screens are axe-clean
 * and fit 390 px.
 */
describe.skipIf(!chromiumPath)('browser: staff and financial plan', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('scores two staff members, builds a plan with a liquidity gap, shows the financing mix', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    const ws = page.url().replace(/\/(lifecycle|home)$/, '');

    // Staff: the demo office of 2.5 FTE; the team score weighted by FTE is 34.2 / 10 = 3.42.
    await page.goto(`${ws}/organisation/staff`);
    await page.getByRole('heading', { name: 'Staff', level: 1 }).waitFor();
    const score = page.getByTestId('team-score');
    await expect.poll(() => score.innerText()).toBe('3.42 of 5');
    expect(await page.getByTestId('fte-total').innerText()).toBe('2.5');
    expect(await page.getByTestId('fte-reference').innerText()).toContain('2 to 2.5 FTE');
    expect(await seriousViolations(page)).toEqual([]);

    // The assistant (0.5 FTE) goes from 3 to 5 on tertiary education: (5 + 4 + 0.5·5) / 2.5 = 4.6,
    // the team (34.2 − 4.2 + 4.6) / 10 = 3.46.
    await page.getByRole('button', { name: 'Score Amina Haddad' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tertiary level education').selectOption('5');
    await dialog.getByRole('button', { name: 'Save the scores' }).click();
    await page.getByText('Scores of Amina Haddad saved.').waitFor();
    await expect.poll(() => score.innerText()).toBe('3.46 of 5');

    // The staff login (1 FTE) from 3 to 5 on English: (4 + 5 + 0.5·2) / 2.5 = 4.0 instead of 3.2.
    await page.getByRole('button', { name: 'Score Sofia Staff (demo)' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Proficiency in English').selectOption('5');
    await dialog.getByRole('button', { name: 'Save the scores' }).click();
    await page.getByText('Scores of Sofia Staff (demo) saved.').waitFor();
    await expect.poll(() => score.innerText()).toBe('3.54 of 5');
    expect(await seriousViolations(page)).toEqual([]);

    // The financial plan: the demo's agreed plan is short of money in February.
    await page.goto(`${ws}/organisation/financial-plan`);
    await page.getByRole('heading', { name: 'Financial plan', level: 1 }).waitFor();
    const gap = page.getByTestId('liquidity-gap');
    await expect.poll(() => gap.innerText()).toContain('first closes below zero in February');
    await page.getByTestId('financing-mix').waitFor();
    expect(await page.getByTestId('public-share').innerText()).toContain('Public share: 54 %');
    // Both charts are the server's ECharts drawings, the pictures the business plan's PDF holds.
    const liquidityImg = page.getByTestId('liquidity-chart').locator('img.server-chart');
    expect(await liquidityImg.getAttribute('alt')).toContain('Income, expenditure and closing balance');
    expect(await liquidityImg.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(await page.getByTestId('financing-mix').locator('img.server-chart').getAttribute('alt')).toMatch(
      /Membership fees \d+ %/,
    );
    expect(await seriousViolations(page)).toEqual([]);

    // A new plan: fewer than 12 months is refused beside the field.
    await page.getByRole('button', { name: '+ New plan' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title').fill('Plan 2030');
    await dialog.getByLabel('First month').fill('2030-01');
    await dialog.getByLabel('Months').fill('6');
    await dialog.getByLabel('Opening balance').fill('3000');
    await dialog.getByRole('button', { name: 'Start the plan' }).click();
    await dialog
      .locator('.field-error')
      .filter({ hasText: 'must be a whole number from 12 to 60' })
      .waitFor();
    await dialog.getByLabel('Months').fill('12');
    await dialog.getByRole('button', { name: 'Start the plan' }).click();
    await page.getByTestId('plan-heading').filter({ hasText: 'Plan 2030' }).waitFor();

    // Personnel 2000 a month; membership fees of 12000 arrive in April: 3000 − 2000 = 1000, then −1000 in February.
    await page.getByRole('button', { name: '+ Add a line' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Income or expenditure').selectOption('expenditure');
    await dialog.getByLabel('Line', { exact: true }).fill('Salaries');
    await dialog.getByLabel('Cost category').selectOption('personnel');
    await dialog.getByLabel('The same amount every month').fill('2000');
    await dialog.getByRole('button', { name: 'Fill every month' }).click();
    await dialog.getByRole('button', { name: 'Add the line' }).click();
    await page.getByText('Line “Salaries” added.').waitFor();
    await page.getByRole('button', { name: '+ Add a line' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Line', { exact: true }).fill('Membership fees');
    await dialog.getByLabel('Source of financing').selectOption('membership_fees');
    await dialog.getByLabel('April 2030').fill('12000');
    await dialog.getByRole('button', { name: 'Add the line' }).click();
    await page.getByText('Line “Membership fees” added.').waitFor();
    await expect.poll(() => gap.innerText()).toContain('first closes below zero in February 2030');
    expect(await gap.getAttribute('data-gap')).toBe('2030-02');
    expect(await page.getByTestId('plan-grid').innerText()).toContain('Salaries');
    await page.getByTestId('financing-mix').waitFor();
    expect(await page.getByTestId('public-share').innerText()).toContain('Public share: 0 %');
    expect(await seriousViolations(page)).toEqual([]);

    // A phone: both screens fit 390 px without scrolling sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['staff', 'financial-plan']) {
      await page.goto(`${ws}/organisation/${path}`);
      await page.locator('h1').waitFor();
      await page.waitForLoadState('networkidle');
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide, path).toBeLessThanOrEqual(390);
      expect(await seriousViolations(page)).toEqual([]);
    }
    await context.close();
  });
});
