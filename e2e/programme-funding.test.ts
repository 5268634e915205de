import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

/**
 * The programme's funding journey in the browser (issue 15, "What it must show"): the officer seats
 * a two-member investment panel, opens a round, drafts two cluster development plans with their
 * indicators and pitches them to the round; each panel member scores both; the officer funds both,
 * signs a grant agreement of three tapering tranches for each, and opens one funded initiative in
 * the portfolio with the indicators its plan brought. (Calls, assessment, selection, cohort and
 * certificates are the journey of e2e/programme-calls.test.ts.)
 */
describe.skipIf(!chromiumPath)('browser: pitch, fund and follow two cluster development plans', () => {
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
  const PLANS = [
    { title: 'Journey cocoa cluster', indicator: 'Journey firms certified', budget: '120000' },
    { title: 'Journey seaweed cluster', indicator: 'Journey seaweed exporters', budget: '90000' },
  ];

  it('runs the round from panel to grants and opens a funded initiative in the portfolio', async () => {
    const { page, ws } = await open('officer@demo.agglomera.org');
    await page.goto(`${ws}/programme/plans`);
    await page.getByRole('heading', { name: 'Plans and panels', level: 1 }).waitFor();

    // A panel of two.
    const panelForm = page.getByRole('form', { name: 'New panel' });
    await panelForm.getByLabel('Panel name').fill('Journey panel');
    await panelForm.getByLabel('Focus').fill('Agro-food and aquaculture plans');
    await panelForm.getByRole('button', { name: 'Create the panel' }).click();
    const card = page.locator('li.card', { has: page.getByRole('heading', { name: 'Journey panel' }) });
    await card.waitFor();
    for (const name of ['Paula Panel (demo)', 'Pedro Panel (demo)']) {
      await card.getByLabel('Seat a panel member').selectOption({ label: name });
      await card.getByRole('button', { name: 'Seat' }).click();
      await expect.poll(() => card.locator('p', { hasText: 'Members:' }).innerText()).toContain(name);
    }

    // A round before that panel.
    await page.getByText('Open a round').click();
    await page.getByLabel('Round', { exact: true }).fill('Journey round');
    await page.getByLabel('Pitch date').fill('2026-12-20');
    await page.getByLabel('Panel', { exact: true }).selectOption({ label: 'Journey panel' });
    await page.getByRole('button', { name: 'Open the round' }).click();
    await page.getByRole('link', { name: 'Journey round' }).waitFor();

    // Two plans with an indicator each, pitched to the round.
    for (const [i, p] of PLANS.entries()) {
      await page.getByRole('button', { name: 'Draft a plan' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Applicant').selectOption({ index: i + 1 });
      await dialog.getByLabel('Plan', { exact: true }).fill(p.title);
      await dialog.getByLabel('Sector').fill('Agro-food processing');
      await dialog.getByLabel('Budget').fill(p.budget);
      await dialog.getByLabel('Currency (ISO code)').fill('USD');
      await dialog.getByRole('button', { name: 'Add an indicator' }).click();
      await dialog.getByLabel('Indicator', { exact: true }).fill(p.indicator);
      await dialog.getByLabel('Baseline').fill('4');
      await dialog.getByLabel('Target').fill('12');
      await dialog.getByRole('button', { name: 'Save' }).click();
      const row = page.getByRole('row').filter({ hasText: p.title });
      await row.waitFor();
      await row.getByRole('button', { name: 'Submit to a round' }).click();
      await page.getByRole('dialog').getByLabel('Round').selectOption({ label: 'Journey round' });
      await page.getByRole('dialog').getByRole('button', { name: 'Submit to a round' }).click();
      await row.getByText('Journey round').waitFor();
    }
    expect(await seriousViolations(page)).toEqual([]);

    // Each panel member scores both plans on the round's page.
    for (const [email, scores] of [
      ['panel@demo.agglomera.org', ['4', '3']],
      ['panel2@demo.agglomera.org', ['5', '3']],
    ] as const) {
      const member = await open(email);
      await member.page.goto(`${member.ws}/programme/plans`);
      await member.page.getByRole('link', { name: 'Journey round' }).click();
      for (const [i, p] of PLANS.entries()) {
        const score = member.page.getByRole('form', { name: new RegExp(`Score .*${p.title}`) });
        await score.getByLabel(`Your score of ${p.title}`).fill(scores[i]!);
        await score.getByRole('button', { name: 'Save my score' }).click();
        await score.getByText('Score saved').waitFor();
      }
      expect(await seriousViolations(member.page)).toEqual([]);
      await member.page.context().close();
    }

    // The officer funds both.
    await page.getByRole('link', { name: 'Journey round' }).click();
    const decide = page.getByRole('form', { name: 'Decide the round' });
    for (const p of PLANS) {
      const set = decide.getByRole('group', { name: p.title });
      await set.getByLabel('Decision').selectOption('funded');
      await set.getByLabel('Reason').fill(`Strong plan: ${p.title}`);
    }
    await decide.getByRole('button', { name: 'Record the decisions' }).click();
    // The decision form gives way to the decisions, each with its reason, and says it is done.
    for (const p of PLANS) await page.getByText(`Strong plan: ${p.title}`).waitFor();
    await page.getByRole('status').filter({ hasText: 'The round is decided' }).waitFor();

    // A grant agreement of three tapering tranches for each funded plan.
    await page.goto(`${ws}/programme/grants`);
    for (const p of PLANS) {
      const grant = page.getByRole('form', { name: 'New grant agreement' });
      await grant.getByLabel('Funded plan').selectOption({ label: p.title });
      await grant.getByLabel('Starts on').fill('2027-01-01');
      for (let i = 0; i < 3; i++) {
        if (i > 0) await grant.getByRole('button', { name: 'Add a tranche' }).click();
        const tranche = grant.getByRole('group', { name: `Tranche ${i + 1}` });
        await tranche.getByLabel('Title').fill(`Tranche ${i + 1} of ${p.title}`);
        await tranche.getByLabel('Amount').fill(String([50000, 30000, 20000][i]));
        await tranche.getByLabel('Due on').fill(`2027-0${1 + i * 4}-15`);
        await tranche.getByLabel('Milestone').fill(`Milestone ${i + 1}`);
      }
      await grant.getByRole('button', { name: 'Create the agreement' }).click();
      await page.getByRole('link', { name: p.title }).waitFor();
    }
    const rows = page.getByRole('row').filter({ hasText: 'Journey' });
    expect(await rows.count()).toBe(2);
    for (const p of PLANS)
      expect(await page.getByRole('row').filter({ hasText: p.title }).innerText()).toContain('0/3');
    expect(await seriousViolations(page)).toEqual([]);

    // The funded plan is an initiative of the portfolio, its indicator shared.
    await page.goto(`${ws}/portfolio`);
    await page.getByRole('link', { name: PLANS[0]!.title }).first().click();
    await page.getByText(PLANS[0]!.indicator).first().waitFor();
    await fits(page);
  });

  const fits = async (page: Page) => {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
  };
});
