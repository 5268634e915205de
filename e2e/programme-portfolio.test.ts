import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

/**
 * The programme's portfolio (issue 15, slice A), end to end: the officer opens the portfolio and
 * the demo initiative's page with its shared indicators, traffic lights and reports, and the
 * blueprint chart; the cluster development agent sees only the initiative assigned to them. The
 * screens are axe-clean and fit 390 px.
 */
describe.skipIf(!chromiumPath)('browser: the programme portfolio', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('opens the portfolio and the demo initiative; the agent sees only the assigned initiative', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'officer@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    const wsId = page.url().split('/w/')[1]!.split('/')[0]!;
    const ws = `${h.baseUrl}/w/${wsId}`;

    await page.goto(`${ws}/portfolio`);
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Follow with an invitation code' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Lakeside Agro-Food Cluster (demo)' }).first().click();
    await page.getByRole('heading', { name: 'Lakeside Agro-Food Cluster (demo)', level: 1 }).waitFor();
    // Its shared indicators with their traffic lights, its report, its agent and the agent's report.
    const table = page.getByRole('table').first();
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await table.innerText()).toMatch(/On track|Close to target|Off track|No data/);
    // The trends are the server's pictures, the same the initiative's monitoring report holds.
    const trend = page.locator('.trend-grid img.server-chart').first();
    await trend.waitFor();
    expect(await trend.getAttribute('alt')).toMatch(/^Trend of /);
    await page.getByRole('link', { name: 'PDF' }).first().waitFor();
    await page
      .getByText(/Andre Agent \(demo\)/)
      .first()
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('heading', { name: 'Lakeside Agro-Food Cluster (demo)', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.goto(`${ws}/portfolio/blueprint`);
    await page.getByRole('heading', { name: 'Blueprint chart', level: 1 }).waitFor();
    expect(await page.getByRole('table').innerText()).toContain('BIT Alijansa (demo)');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();

    const agentContext = await h.browser.newContext({ locale: 'en-GB' });
    const agent = await agentContext.newPage();
    await signInAs(agent, h.baseUrl, 'agent@demo.agglomera.org');
    await agent.waitForURL(/\/w\//);
    await agent.goto(`${ws}/portfolio`);
    await agent.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
    await agent
      .getByText('As a cluster development agent you see the initiatives assigned to you.')
      .waitFor();
    await agent.getByRole('link', { name: 'Lakeside Agro-Food Cluster (demo)' }).first().waitFor();
    // Only the assigned initiative, and no code to redeem.
    expect(await agent.getByRole('button', { name: 'Follow' }).count()).toBe(0);
    const names = await agent.locator('main a[href*="/portfolio/"]').allInnerTexts();
    expect(names.filter((n) => n.includes('(demo)') && !n.includes('Lakeside'))).toEqual([]);
    expect(await seriousViolations(agent)).toEqual([]);
    await agentContext.close();
  }, 180_000);

  it("lets the programme's evaluator read the shared benchmarking and conduct and sign an external assessment (GIZ 001:3654)", async () => {
    const context = await h.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'evaluator@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    const wsId = page.url().split('/w/')[1]!.split('/')[0]!;
    await page.goto(`${h.baseUrl}/w/${wsId}/portfolio`);
    await page.getByRole('link', { name: 'Lakeside Agro-Food Cluster (demo)' }).first().click();
    await page.getByRole('heading', { name: 'Lakeside Agro-Food Cluster (demo)', level: 1 }).waitFor();
    const section = page.getByTestId('portfolio-benchmarking');
    await section.getByRole('table').waitFor();
    expect(await section.getByRole('table').innerText()).toContain('External assessor: Eva Evaluator (demo)');
    // The guide's group names in full.
    expect(await section.getByRole('table').innerText()).toContain(
      'Range of services and activities of the cluster management organisation',
    );
    const form = section.locator('form[aria-labelledby="portfolio-bench-new"]');
    await form.getByLabel('Total number of cluster / network actors').first().selectOption('3');
    await form.getByLabel('Organisation of the assessor').fill('Independent assessors (demo)');
    await form.getByRole('button', { name: 'Save the assessment' }).click();
    await page.getByRole('status').filter({ hasText: 'External assessment saved' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const recForm = section.locator('form[aria-labelledby="portfolio-bench-rec-new"]');
    await recForm.getByLabel('Recommendation').fill('Publish success stories of joint purchasing');
    await recForm.getByLabel('Group').selectOption('results');
    await recForm.getByRole('button', { name: 'Add the recommendation' }).click();
    await page.getByRole('status').filter({ hasText: 'Recommendation added' }).waitFor();
    expect(await section.locator('ul[aria-labelledby="portfolio-bench-recs"]').innerText()).toContain(
      'Result generation, impacts and visibility: Publish success stories of joint purchasing',
    );
    await section.getByRole('button', { name: /^Sign off/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Sign', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Assessment signed' }).waitFor();
    expect(await section.getByRole('table').innerText()).toContain('(Independent assessors (demo))');
    expect(await section.getByRole('button', { name: /^Sign off/ }).count()).toBe(0);
    // Signed, the assessment takes no more recommendations.
    expect(await section.locator('form[aria-labelledby="portfolio-bench-rec-new"]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);
});
