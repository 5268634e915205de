import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

/**
 * The programme's plans, panels and grants on the demo (issue 15, items 4–5): the officer reads the
 * plans and rounds, a panel member sees the rounds of their panel, the demo initiative's grant shows
 * its three tapering tranches, and the funded initiative opens in the portfolio with the indicators
 * that came from its plan. The main screens pass axe and fit 390 px.
 */
describe.skipIf(!chromiumPath)('browser: programme plans, panels and grants', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  const open = async (email: string) => {
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(page, h.baseUrl, email);
    await page.waitForURL(/\/w\//);
    return { page, ws: page.url().match(/^(.*\/w\/[^/]+)/)![1]! };
  };
  const fits = async (page: Page) => {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  };

  it('shows plans, rounds, panels and the grant of the funded demo initiative, then its shared indicators', async () => {
    const { page, ws } = await open('officer@demo.agglomera.org');
    await page.goto(`${ws}/programme/plans`);
    await page.getByRole('heading', { name: 'Plans and panels', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Investment panels' }).waitFor();
    expect(await page.getByText('Funded').count()).toBeGreaterThan(0);
    await fits(page);

    // A round of the demo opens with its plans and the decision form or the decisions.
    const rounds = page.locator(`a[href*="/programme/rounds/"]`);
    await rounds.first().waitFor();
    expect(await rounds.count()).toBeGreaterThanOrEqual(3);
    await rounds.first().click();
    await page.locator('h1#round-title').waitFor();
    expect(await page.locator('main h2').count()).toBeGreaterThan(0);
    await fits(page);

    // The grants: Lakeside's agreement has three tranches, the first released.
    await page.goto(`${ws}/programme/grants`);
    await page.getByRole('heading', { name: 'Grants', level: 1 }).waitFor();
    await fits(page);
    const lakeside = page.getByRole('row').filter({ hasText: 'Lakeside' }).first();
    await lakeside.getByRole('link').first().click();
    await page.locator('h1#grant-title').waitFor();
    await page.getByRole('heading', { name: 'Tranches' }).waitFor();
    await page.getByRole('heading', { name: 'Due next' }).first().waitFor();
    await fits(page);

    // The funded initiative in the portfolio, with the indicators its plan brought.
    await page.goto(`${ws}/portfolio`);
    await page.getByRole('link', { name: 'Lakeside Agro-Food Cluster (demo)' }).first().click();
    await page.getByRole('heading', { name: 'Lakeside Agro-Food Cluster (demo)', level: 1 }).waitFor();
    // The shared indicators load after the heading: count them once they are on screen.
    await page.getByRole('table').first().locator('tbody tr').first().waitFor();
    expect(await page.getByRole('table').first().locator('tbody tr').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('lets a panel member read the plans of their rounds only', async () => {
    const { page, ws } = await open('panel2@demo.agglomera.org');
    await page.goto(`${ws}/programme/plans`);
    await page.getByRole('heading', { name: 'Plans and panels', level: 1 }).waitFor();
    // Count once the rounds are on screen (the heading comes before the data).
    await page.locator(`a[href*="/programme/rounds/"]`).first().waitFor();
    const theirs = await page.locator(`a[href*="/programme/rounds/"]`).count();
    const officer = await open('officer@demo.agglomera.org');
    await officer.page.goto(`${officer.ws}/programme/plans`);
    await officer.page.getByRole('heading', { name: 'Plans and panels', level: 1 }).waitFor();
    await officer.page.locator(`a[href*="/programme/rounds/"]`).first().waitFor();
    const all = await officer.page.locator(`a[href*="/programme/rounds/"]`).count();
    expect(theirs).toBeGreaterThan(0);
    expect(theirs).toBeLessThan(all);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('surveys a list of respondents the officer imports: those invited already are skipped, the new one counted', async () => {
    const { page, ws } = await open('officer@demo.agglomera.org');
    await page.goto(`${ws}/monitoring/surveys`);
    await page
      .getByRole('link', { name: 'Business support organisations after the training (demo)' })
      .click();
    await page.getByTestId('invited').waitFor();
    expect(await page.getByTestId('invited').innerText()).toBe('6');
    const list = page.getByTestId('respondent-list');
    await list.locator('input[name=file]').setInputFiles({
      name: 'more.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'name,email,organisation\nNia Brown,nia.brown@jbdc.example,JBDC\nAna Ruiz (demo),ana.ruiz@beltraide.example,BELTRAIDE\n',
      ),
    });
    await list.getByRole('button', { name: 'Invite the list' }).click();
    await page.getByText('1 respondent invited.').waitFor();
    expect(await page.getByTestId('invited').innerText()).toBe('7');
    expect(await seriousViolations(page)).toEqual([]);
    await fits(page);
  });
});
