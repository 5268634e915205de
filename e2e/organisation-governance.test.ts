import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

/**
 * The organisation's profile, legal form and governance (issue 14, items 1–3), end to end: the
 * manager records a legal form with its answers and reasons (GIZ 001:2297–2331), sets up a board
 * and names it as the body that decides on membership applications (001:2382); from then on the
 * manager alone cannot approve (the API answers 403, the screen shows no buttons) and a seated
 * board login approves from the portal. The organisation chart is drawn; the screens are
 * axe-clean and fit 390 px.
 */

/** Calls the API from the page, with the session's CSRF token, and returns the status. */
const apiStatus = (page: Page, method: string, url: string, body?: unknown) =>
  page.evaluate(
    async ({ method, url, body }) => {
      const me = await (await fetch('/api/v1/me')).json();
      const res = await fetch(`/api/v1${url}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrf },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: await res.json() };
    },
    { method, url, body },
  );

describe.skipIf(!chromiumPath)('browser: organisation profile, legal form and governance', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('chooses a legal form, moves the approval of applications to a board, and a seated board login approves', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    const ws = page.url().replace(/\/(lifecycle|home)$/, '');
    const wsId = ws.split('/w/')[1]!;

    // The legal form: the guide's table (five of the seven forms), then a decision recorded.
    await page.goto(`${ws}/organisation/legal-form`);
    await page.getByRole('heading', { name: 'Legal form', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: /Comparing the most common legal forms/ });
    expect(await table.locator('thead th').count()).toBe(5);
    expect(await table.innerText()).toContain('Not a legal entity');
    expect(await page.getByTestId('not-compared').innerText()).toContain('Joint stock company');
    expect(await page.getByTestId('current-legal-form').innerText()).toContain('Association');
    await page.getByLabel('Legal form chosen').selectOption('foundation');
    await page.getByLabel(/Answer: How closely/).fill('Closely, through a shared research fund');
    await page.getByLabel(/Answer: What is the role of commercial/).fill('None');
    await page.getByLabel(/Answer: How quickly/).fill('Selective');
    await page.getByLabel('Reasons', { exact: true }).fill('A donor endows the research fund');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByText('Decision recorded.').waitFor();
    expect(await page.getByTestId('current-legal-form').innerText()).toContain('Foundation');

    // Governance: a steering committee of one, seating the demo login member2, named as the decider.
    await page.goto(`${ws}/organisation/governance`);
    await page.getByRole('heading', { name: 'Governance', level: 1 }).waitFor();
    expect(await page.getByTestId('org-chart').innerText()).toContain('Executive board');
    await page.getByRole('button', { name: '+ Add a body' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Kind of body').selectOption('steering_committee');
    await dialog.getByLabel('Name').fill('Admissions committee');
    await dialog.getByLabel('Largest size in the statutes').fill('1');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Body saved.').waitFor();
    const committee = page.getByTestId('governance-body').filter({ hasText: 'Admissions committee' });
    await committee.getByRole('button', { name: '+ Seat someone' }).click();
    const seat = page.getByRole('dialog');
    await seat.getByLabel('Login (platform user)').selectOption({ label: 'Nadia Member (demo)' });
    await seat.getByLabel('Role in the body').fill('Chair');
    await seat.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Seat filled.', { exact: true }).waitFor();
    // A second seat is beyond the statute's maximum of one: refused, beside the form.
    await committee.getByRole('button', { name: '+ Seat someone' }).click();
    await page.getByRole('dialog').getByLabel('Name', { exact: true }).fill('Second person');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('dialog')
      .getByText('Admissions committee has at most 1 seat under its statutes')
      .first()
      .waitFor();
    await page.keyboard.press('Escape');
    await page.getByLabel('Body that decides').selectOption({ label: 'Admissions committee' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('deciding-body').filter({ hasText: 'Decided by: Admissions committee' }).waitFor();
    expect(await page.getByTestId('org-chart').innerText()).toContain('Admissions committee');
    expect(await seriousViolations(page)).toEqual([]);

    // An application arrives through the link.
    await page.goto(`${ws}/operations`);
    await page.locator('summary', { hasText: 'Application links' }).click();
    await page.getByRole('button', { name: 'Create an application link' }).click();
    const link = await page.getByTestId('application-link').innerText();
    const prospect = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await prospect.goto(link.replace(/^https?:\/\/[^/]+/, h.baseUrl));
    await prospect.getByLabel('Organisation', { exact: true }).fill('Blue Lake Honey');
    await prospect.getByLabel('Your name').fill('Ines Moreau');
    await prospect.getByLabel('Email').fill('ines@bluelakehoney.example');
    await prospect.getByRole('button', { name: 'Send the application' }).click();
    await prospect.getByText(/your application to .* has been received/).waitFor();

    // The manager sees it, who decides, and no buttons; the API refuses the manager.
    await page.reload();
    const application = page.getByTestId('application').filter({ hasText: 'Blue Lake Honey' });
    await application.waitFor();
    expect(await page.getByTestId('deciding-body').innerText()).toContain('Admissions committee');
    expect(await application.getByRole('button', { name: 'Approve (trial partnership)' }).count()).toBe(0);
    const list = await apiStatus(page, 'GET', `/workspaces/${wsId}/membership/applications`);
    const id = list.json.applications.find(
      (a: { organisation: string }) => a.organisation === 'Blue Lake Honey',
    ).id;
    const refused = await apiStatus(
      page,
      'POST',
      `/workspaces/${wsId}/membership/applications/${id}/decision`,
      {
        decision: 'approve',
      },
    );
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toContain('Admissions committee');

    // The seated board login approves from the member portal.
    const board = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(board, h.baseUrl, 'member2@demo.agglomera.org');
    await board.waitForURL(/\/w\//);
    await board.goto(`${ws}/operations/portal`);
    const toDecide = board.getByTestId('application').filter({ hasText: 'Blue Lake Honey' });
    await toDecide.getByRole('button', { name: 'Approve (trial partnership)' }).click();
    await board.getByText('Blue Lake Honey approved: trial partnership started.').waitFor();
    expect(await seriousViolations(board)).toEqual([]);
    await page.reload();
    await page.getByTestId('stage-trial').filter({ hasText: 'Blue Lake Honey' }).waitFor();

    // A phone: the three screens fit 390 px and pass axe.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['organisation', 'organisation/legal-form', 'organisation/governance']) {
      await page.goto(`${ws}/${path}`);
      await page.locator('h1').waitFor();
      await page.waitForLoadState('networkidle');
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide, path).toBeLessThanOrEqual(390);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await context.close();
  });

  it('speaks French and Spanish on the three screens, with no key missing', async () => {
    for (const [lang, locale, heading, indicator] of [
      ['fr', 'fr-FR', 'Gouvernance', 'Indicateurs de bonne gouvernance'],
      ['es', 'es-ES', 'Gobernanza', 'Indicadores de buena gobernanza'],
    ] as const) {
      const context = await h.browser.newContext({ locale });
      await context.addInitScript((l: string) => {
        localStorage.setItem('agglomera.lang', l);
        localStorage.setItem('agglomera.i18nCheck', '1');
      }, lang);
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/login`);
      await page.locator('input[type=email]').fill('manager@demo.agglomera.org');
      await page.locator('input[type=password]').fill('demo-password');
      await page.locator('main button[type=submit]').click();
      await page.waitForURL(/\/w\//);
      const ws = page.url().replace(/\/(lifecycle|home)$/, '');
      const missing: string[] = [];
      const collect = async () =>
        missing.push(
          ...(await page.evaluate(() => [
            ...((window as unknown as { __i18nMissing?: Set<string> }).__i18nMissing ?? []),
          ])),
        );
      await page.goto(`${ws}/organisation/governance`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.getByTestId('governance-checklist').waitFor();
      expect(await page.locator('main').innerText()).toContain(indicator);
      await collect();
      for (const path of ['organisation', 'organisation/legal-form']) {
        await page.goto(`${ws}/${path}`);
        await page.locator('h1').waitFor();
        await page.waitForLoadState('networkidle');
        await collect();
      }
      expect(missing, lang).toEqual([]);
      await context.close();
    }
  });
});
