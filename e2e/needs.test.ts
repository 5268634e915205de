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
    await page.getByText('3 people have voted so far.').waitFor();
    const rows = page.locator('table tbody tr');
    // First need: 1 × important + 2 × very important = 8/3 → 2.7, ranked first.
    expect(await rows.first().locator('td').first().innerText()).toBe('1');
    expect(await rows.first().getByTestId('need-score').innerText()).toBe('2.7');
    // Second need: 2 × less important + 1 × important = 4/3 → 1.3.
    const scores = await page.getByTestId('need-score').allInnerTexts();
    expect(scores).toContain('1.3');
    expect(scores.filter((s) => s === '—').length).toBe(6);
    // The top need already answers a goal of the demo strategy (issue 13): it carries the mark.
    await rows.first().getByText('goal', { exact: true }).waitFor();
    await rows.first().getByRole('link', { name: 'See its goal' }).waitFor();
  });
});
