import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

/**
 * Partner search (docs/connect.md), end to end: the demo manager publishes a posting (a past closing
 * date refused beside its field), sees it on the board; the owner of the second demo initiative
 * finds it, expresses interest in a dialog; the manager accepts it and the sender sees the answer.
 * Profiles: the directory, the own profile and its possible partners. The screens pass axe and fit
 * 390 px without horizontal scrolling.
 */
const TITLE = 'Geothermal heat for fruit drying (e2e)';

async function signedIn(
  browser: Browser,
  baseUrl: string,
  email: string,
): Promise<{ page: Page; ws: string }> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await signInAs(page, baseUrl, email);
  await page.waitForURL(/\/w\//);
  const ws = page.url().replace(/\/(lifecycle|home)$/, '');
  return { page, ws };
}

describe.skipIf(!chromiumPath)('browser: partner search', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('publishes, finds on the board, expresses interest and accepts it', async () => {
    const manager = await signedIn(h.browser, h.baseUrl, 'manager@demo.agglomera.org');
    const m = manager.page;
    await m.goto(`${manager.ws}/connect/postings`);
    await m.getByRole('heading', { name: 'Our postings', level: 1 }).waitFor();
    await m.getByTestId('own-postings').getByText('Cold chain losses of fresh fruit').first().waitFor();
    expect(await seriousViolations(m)).toEqual([]);

    await m.getByRole('button', { name: '+ New posting' }).click();
    const form = m.getByTestId('posting-form');
    await form.getByLabel('Kind').selectOption('problem');
    await form.getByLabel('Title').fill(TITLE);
    await form.getByLabel('Description').fill('Our dryers burn diesel; who knows geothermal heat?');
    await form.getByLabel('Green').check();
    await form.getByLabel('Sector').fill('Agro-food processing');
    // A closing date already past: refused beside its field, the input kept.
    await form.getByLabel('Closing date').fill('2020-01-01');
    await form.getByRole('button', { name: 'Publish' }).click();
    await form.locator('.field-error').filter({ hasText: 'is in the past' }).waitFor();
    expect(await form.getByLabel('Closing date').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Title').inputValue()).toBe(TITLE);
    expect(await seriousViolations(m)).toEqual([]);
    await form.getByLabel('Closing date').fill('');
    await form.getByRole('button', { name: 'Publish' }).click();
    await m.getByText('Posting published.').waitFor();
    await m.getByTestId('own-postings').getByText(TITLE).first().waitFor();

    // The board shows it as the initiative's own posting.
    await m.goto(manager.ws + '/connect');
    await m.getByRole('heading', { name: 'Partner search', level: 1 }).waitFor();
    await m.getByTestId('board').getByRole('button', { name: TITLE }).first().waitFor();
    expect(await seriousViolations(m)).toEqual([]);

    // The second demo initiative finds it and expresses interest.
    const partner = await signedIn(h.browser, h.baseUrl, 'partner@demo.agglomera.org');
    const p = partner.page;
    await p.goto(`${partner.ws}/connect`);
    await p.getByRole('heading', { name: 'Partner search', level: 1 }).waitFor();
    await p.getByRole('search').getByRole('searchbox').fill('geothermal');
    await p.getByTestId('board').getByRole('button', { name: TITLE }).first().click();
    const detail = p.getByTestId('board-posting');
    await detail.getByText('Lakeside Agro-Food Cluster (demo)').waitFor();
    expect(await seriousViolations(p)).toEqual([]);
    await detail.getByRole('button', { name: 'Express interest' }).click();
    const interest = p.getByTestId('interest-form');
    await interest
      .getByLabel("Message to the posting's team")
      .fill('Our members drill geothermal wells. (e2e)');
    await interest.getByRole('button', { name: 'Send' }).click();
    await p.getByText("Interest sent. The posting's team will answer.").waitFor();
    await p.goto(`${partner.ws}/connect/interests`);
    const sentRow = p.getByTestId('interests-sent').getByRole('row').filter({ hasText: TITLE });
    await sentRow.getByText('Waiting for an answer').waitFor();
    expect(await seriousViolations(p)).toEqual([]);

    // The manager accepts it.
    await m.goto(`${manager.ws}/connect/postings`);
    const row = m.getByTestId('interests-received').getByRole('row').filter({ hasText: TITLE });
    await row.getByText('partner@demo.agglomera.org').waitFor();
    await row
      .getByRole('button', { name: 'Accept the interest of Coastal Blue Economy Cluster (demo)' })
      .click();
    await m.getByText('The interest of Coastal Blue Economy Cluster (demo) is accepted').waitFor();
    await p.reload();
    await p
      .getByTestId('interests-sent')
      .getByRole('row')
      .filter({ hasText: TITLE })
      .getByText('Accepted')
      .waitFor();

    // Suggested matches say the rule is the platform's.
    await m
      .getByRole('button', {
        name: 'Suggested matches of "Cold chain losses of fresh fruit on the way to the port (demo)"',
      })
      .click();
    await m.getByText("The platform's rule, not a guide's").waitFor();
    await m
      .getByTestId('matches')
      .getByText('Cold chain sensors and monitoring from marine logistics (demo)')
      .waitFor();
    expect(await seriousViolations(m)).toEqual([]);
    await m.keyboard.press('Escape');

    // On a phone: no horizontal scrolling.
    for (const path of [
      '/connect',
      '/connect/postings',
      '/connect/interests',
      '/connect/profiles',
      '/connect/profile',
    ]) {
      await m.setViewportSize({ width: 390, height: 844 });
      await m.goto(manager.ws + path);
      await m.getByRole('heading', { level: 1 }).waitFor();
      await m.waitForLoadState('networkidle');
      expect(await m.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
  }, 180_000);

  it('finds profiles in the directory, edits its own and sees its possible partners', async () => {
    const partner = await signedIn(h.browser, h.baseUrl, 'partner@demo.agglomera.org');
    const p = partner.page;
    await p.goto(`${partner.ws}/connect/profiles`);
    await p.getByRole('heading', { name: 'Profiles of cluster initiatives', level: 1 }).waitFor();
    await p.getByRole('search').getByRole('searchbox').fill('traceability');
    await p
      .getByTestId('profiles')
      .getByRole('button', { name: 'Lakeside Agro-Food Cluster (demo)' })
      .click();
    const detail = p.getByTestId('profile-detail');
    await detail.getByText('Training in digital traceability').waitFor();
    await detail.getByText('Training partner for digital traceability in food safety (demo)').waitFor();
    expect(await seriousViolations(p)).toEqual([]);
    await p.keyboard.press('Escape');

    // Our profile: a need written twice is refused beside its field; a new need finds a partner.
    await p.goto(`${partner.ws}/connect/profile`);
    await p.getByRole('heading', { name: 'Our profile', level: 1 }).waitFor();
    const form = p.getByTestId('profile-form');
    const needs = form.getByLabel('Needs');
    await needs.fill('Solar drying of seaweed\nsolar drying of seaweed');
    await form.getByRole('button', { name: 'Save the profile' }).click();
    await form.locator('.field-error').filter({ hasText: 'is written twice' }).waitFor();
    expect(await needs.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(p)).toEqual([]);
    await needs.fill('Solar drying of seaweed');
    await form.getByRole('button', { name: 'Save the profile' }).click();
    await p.getByText('Profile saved and published.').waitFor();
    const partners = p.getByTestId('profile-matches');
    await partners
      .getByText('Solar drying of fruit and vegetables — for “Solar drying of seaweed”')
      .waitFor();
    expect(await seriousViolations(p)).toEqual([]);
  }, 180_000);
});
