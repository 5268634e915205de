import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

describe.skipIf(!chromiumPath)('browser: needs vote and ranking', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('three members vote and the manager sees the ranking on the 1.0–3.0 scale', async () => {
    // Each member's answer for the first two needs of the demo survey (3 = very important).
    const ballots: [string, string, string][] = [
      ['member@demo.agglomera.org', 'very important', 'less important'],
      ['member2@demo.agglomera.org', 'very important', 'important'],
      ['member3@demo.agglomera.org', 'important', 'less important'],
    ];
    for (const [email, first, second] of ballots) {
      const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
      await signInAs(page, h.baseUrl, email);
      await page.waitForURL(/\/w\//);
      await page.locator('nav a[href$="/diagnose/needs"]').click();
      await page.getByRole('heading', { name: 'Needs of the cluster actors' }).waitFor();
      const sets = page.locator('fieldset.vote');
      await sets.first().waitFor();
      await sets.nth(0).getByLabel(first, { exact: true }).check();
      await sets.nth(1).getByLabel(second, { exact: true }).check();
      if (email === 'member@demo.agglomera.org') expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Send my vote' }).click();
      await page.getByText('Your vote is saved.').waitFor();
      await page.context().close();
    }
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    await page.goto(page.url().replace(/\/(lifecycle|home)$/, '/diagnose/needs'));
    // The three members, and four key actors whose votes the moderator entered from the demo's
    // workshop (each voted "very important" for export markets, one "important" for funding).
    await page.getByText('Voters so far: 7 (each organisation once).').waitFor();
    expect(await page.getByTestId('who-votes').innerText()).toContain(
      '4 actors entered from a moderated workshop',
    );
    const rows = page.locator('table tbody tr');
    // First need: 1 × important + 6 × very important = 20/7 → 2.9, ranked first.
    expect(await rows.first().locator('td').first().innerText()).toBe('1');
    expect(await rows.first().getByTestId('need-score').innerText()).toBe('2.9');
    // Second need: 2 × less important + 2 × important = 6/4 → 1.5.
    const scores = await page.getByTestId('need-score').allInnerTexts();
    expect(scores).toContain('1.5');
    expect(scores.filter((s) => s === '—').length).toBe(0);
    // The top need already answers a goal of the demo strategy (issue 13): it carries the mark.
    await rows.first().getByText('goal', { exact: true }).waitFor();
    await rows.first().getByRole('link', { name: 'See its goal' }).waitFor();
    // The moderator enters one more key actor's votes from the workshop.
    const workshop = page.getByTestId('needs-workshop');
    await workshop.getByLabel('Key actor').selectOption({ label: 'Port Authority (demo)' });
    await workshop.locator('fieldset.vote').first().getByLabel('very important', { exact: true }).check();
    await workshop.getByRole('button', { name: 'Enter the actor’s votes' }).click();
    await page.getByText('Voters so far: 8 (each organisation once).').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
