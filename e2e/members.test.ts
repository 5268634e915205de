import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

describe.skipIf(!chromiumPath)('browser: members and prospects', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('a prospect applies through the link, a seated board member approves and the applicant becomes a trial member', async () => {
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    await page.locator('nav a[href$="/operations"]').click();
    await page.getByRole('heading', { name: 'Members and prospects', exact: true }).waitFor();
    await page.locator('summary', { hasText: 'Application links' }).click();
    await page.getByRole('button', { name: 'Create an application link' }).click();
    const link = await page.getByTestId('application-link').innerText();
    expect(await seriousViolations(page)).toEqual([]);

    // The prospect, without an account.
    const prospect = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await prospect.goto(link.replace(/^https?:\/\/[^/]+/, h.baseUrl));
    await prospect.getByRole('heading', { name: 'Membership application' }).waitFor();
    await prospect.getByLabel('Organisation', { exact: true }).fill('Sunny Jams Ltd');
    await prospect.getByLabel('Your name').fill('Awa Diop');
    await prospect.getByLabel('Email').fill('awa@sunnyjams.example');
    await prospect.getByLabel('Why do you want to join?').fill('Joint purchasing of jars');
    await prospect.getByRole('button', { name: 'Send the application' }).click();
    await prospect
      .getByText('Thank you: your application to Lakeside Agro-Food Cluster (demo) has been received.')
      .waitFor();
    expect(await seriousViolations(prospect)).toEqual([]);

    // The demo's executive board decides on applications (docs/organisation.md, "Board role"):
    // Mehdi, seated on it, approves from the member portal; the manager then moves the stage.
    const board = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(board, h.baseUrl, 'member@demo.agglomera.org');
    await board.waitForURL(/\/w\//);
    await board.goto(`${page.url().replace(/\/operations.*$/, '')}/operations/portal`);
    const application = board.getByTestId('application').filter({ hasText: 'Sunny Jams Ltd' });
    await application.getByRole('button', { name: 'Approve (trial partnership)' }).click();
    await board.getByText('Sunny Jams Ltd approved: trial partnership started.').waitFor();
    await page.reload();
    expect(await page.getByTestId('stage-trial').innerText()).toContain('Sunny Jams Ltd');
    await page.getByLabel('Next stage for Sunny Jams Ltd').selectOption('member');
    await page
      .getByTestId('stage-trial')
      .locator('li', { hasText: 'Sunny Jams Ltd' })
      .getByRole('button', { name: 'Move' })
      .click();
    await page.getByText('Sunny Jams Ltd: Full members.').waitFor();
    expect(await page.getByTestId('stage-member').innerText()).toContain('Sunny Jams Ltd');

    // The link brought one application; revoked (after confirming), it opens nothing any more.
    await page.locator('summary', { hasText: 'Application links' }).click();
    const links = page.getByRole('table', { name: 'Application links' });
    expect(await links.locator('tbody tr').first().innerText()).toContain('1');
    await links.getByRole('button', { name: 'Revoke link' }).first().click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke link' }).click();
    await page.getByText('Application link revoked.').waitFor();
    expect(await links.locator('tbody tr').first().innerText()).toContain('revoked on');
    await prospect.goto(link.replace(/^https?:\/\/[^/]+/, h.baseUrl));
    await prospect.getByRole('alert').waitFor();
    expect(await prospect.getByRole('button', { name: 'Send the application' }).count()).toBe(0);
  });
  it('sets a fee category, issues an invoice to a member and records the payment', async () => {
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    await page.goto(page.url().replace(/\/(lifecycle|home)$/, '/operations/fees'));
    await page.getByRole('heading', { name: 'Membership fees' }).waitFor();
    const cat = page.locator('form').filter({ hasText: 'Add a fee category' });
    await cat.getByLabel('Name').fill('Small firms');
    await cat.getByLabel('Amount').fill('-10');
    await cat.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('alert').filter({ hasText: 'A fee cannot be negative' }).waitFor();
    await cat.getByLabel('Amount').fill('250');
    await cat.getByRole('button', { name: 'Add' }).click();
    await page.getByText('Fee category added.').waitFor();
    const issue = page.locator('form').filter({ hasText: 'Issue an invoice' });
    await issue.getByRole('combobox', { name: /^Member/ }).selectOption({ index: 1 });
    // The category added above (the demo has its own "Member firms" category too).
    const category = issue.getByLabel('Category');
    await category.selectOption(
      (await category.locator('option', { hasText: 'Small firms' }).getAttribute('value'))!,
    );
    await issue.getByRole('button', { name: 'Issue' }).click();
    await page.getByText('Invoice issued.').waitFor();
    await page.getByRole('button', { name: 'Mark paid today' }).click();
    await page.getByText('Payment recorded.').waitFor();
    expect(await page.getByTestId('summary-EUR').innerText()).toMatch(/Paid\s+€250\.00/i);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
