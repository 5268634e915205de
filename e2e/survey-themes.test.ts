import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

/**
 * Surveys as the IDB ran them (fidelity issue 16, item 19), on the demo: a 4-point capacity scale
 * reported in its own three categories beside a 5-point scale, and an open list of the three main
 * weaknesses whose answers the manager codes into themes, ranked by how often each is cited.
 */
describe.skipIf(!chromiumPath)('browser: survey categories and coded open answers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('shows the question’s own categories, ranks the coded themes and codes the last answer', async () => {
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    const ws = page.url().match(/^(.*\/w\/[^/]+)/)![1]!;
    await page.goto(`${ws}/monitoring/surveys`);
    await page.getByRole('link', { name: 'Capacities after the export training (demo)' }).click();
    await page.getByTestId('coded-weaknesses').waitFor();
    // Poor / Limited / Good + Excellent without asking for a collapse.
    await page.getByRole('rowheader', { name: 'Good + Excellent' }).waitFor();
    const themes = page.getByTestId('themes-weaknesses');
    expect(await themes.locator('tbody tr').first().innerText()).toContain(
      'Fostering cluster member collaboration',
    );
    expect(await page.getByTestId('coded-weaknesses').innerText()).toBe(
      '10 of 11 answers coded into themes.',
    );
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Code the answers' }).click();
    const form = page.getByTestId('coding-form');
    const row = form.getByRole('row').filter({ hasText: 'Members see no value in sharing data' });
    await row.locator('input').fill('Monitoring and evaluation');
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('11 of 11 answers coded into themes.').waitFor();
    const data = themes.getByRole('row').filter({ hasText: 'Monitoring and evaluation' });
    expect(await data.getByRole('cell').first().innerText()).toBe('3');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
