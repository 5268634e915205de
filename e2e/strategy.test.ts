import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

/**
 * From ranked needs to the strategy (issue 13), end to end on the demo: the manager makes two goals
 * from the needs ranking, gives each an indicator and sees both in the results chain, then adds the
 * goals to a new strategy version; the screens hold at phone width and pass axe.
 */
describe.skipIf(!chromiumPath)('browser: goals and the cluster strategy', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('makes goals from the needs ranking, measures them in the results chain and adds them to the strategy', async () => {
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    const ws = page.url().replace(/\/(lifecycle|home)$/, '');
    await page.goto(`${ws}/strategy/goals`);
    await page.getByRole('heading', { name: 'Goals', level: 1 }).waitFor();
    // The demo's goal without an indicator carries the guide's words.
    await page.getByText('Develop indicators! This goal has no indicator yet').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const made: string[] = [];
    for (const [needs, title] of [
      [
        ['Organisation of events', 'Representation of the members to the public'],
        'Visibility of the cluster',
      ],
      [['Thematic working groups'], 'Working groups that deliver'],
    ] as const) {
      for (const need of needs) await page.getByLabel(`Choose “${need}”`).check();
      await page.getByRole('button', { name: /Make a goal of the/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Goal', { exact: true }).fill(title);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const card = page.locator('li.panel').filter({ has: page.getByRole('heading', { name: title }) });
      await card.waitFor();
      for (const need of needs) expect(await card.innerText()).toContain(need);

      // An indicator made here lands in the results chain, linked to the goal.
      await card.getByRole('button', { name: 'Add an indicator' }).click();
      const indicator = page.getByRole('dialog');
      await indicator.getByLabel('Indicator', { exact: true }).fill(`Indicator of ${title}`);
      await indicator
        .getByLabel('Results-chain box it measures')
        .selectOption({ label: 'Members export to new markets' });
      await indicator.getByRole('button', { name: 'Add an indicator' }).click();
      await indicator.waitFor({ state: 'hidden' });
      await card.getByRole('link', { name: `Indicator of ${title}` }).waitFor();
      expect(await card.innerText()).not.toContain('Develop indicators!');
      made.push(title);
    }

    await page.goto(`${ws}/monitoring`);
    for (const title of made) {
      const line = page
        .locator('li')
        .filter({ has: page.getByRole('link', { name: `Indicator of ${title}` }) });
      await line.first().waitFor();
      expect(await line.first().innerText()).toContain(`serves ${title}`);
    }

    // A new version of the strategy takes the two goals as its strategic objectives.
    await page.goto(`${ws}/strategy`);
    await page.getByRole('heading', { name: 'Cluster strategy', level: 1 }).waitFor();
    await page.getByTestId('strategy').getByText('Lakeside agro-food cluster strategy (demo)').waitFor();
    await page.getByRole('button', { name: '+ New version' }).click();
    await page.getByRole('dialog').getByLabel('Title').fill('Strategy 2030');
    await page.getByRole('dialog').getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: /Version 2: Strategy 2030/ }).waitFor();
    await page.getByRole('button', { name: 'Add goals as objectives' }).click();
    const goals = page.getByRole('dialog');
    for (const title of made) await goals.getByLabel(title).check();
    await goals.getByRole('button', { name: 'Add 2 goals' }).click();
    await goals.waitFor({ state: 'hidden' });
    for (const title of made)
      await page.getByTestId('strategy').getByText(`Strategic objective: ${title}`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A measure cannot stand alone: there is no way to add one outside an initiative, and the
    // initiative added under an objective takes its measure.
    await page.getByRole('button', { name: '+ Initiative' }).first().click();
    await page.getByRole('dialog').getByLabel('Title').fill('Press office');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByText('Competitiveness initiative: Press office').waitFor();

    // The realignment screen puts the evidence beside the four phases.
    await page.goto(`${ws}/strategy/realignment`);
    await page.getByTestId('realignment').getByText('Status quo analysis').waitFor();

    // At phone width nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['strategy', 'strategy/goals']) {
      await page.goto(`${ws}/${path}`);
      await page.locator('h1').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow, path).toBeLessThanOrEqual(392);
    }
  });
});
