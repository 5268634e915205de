import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

describe.skipIf(!chromiumPath)('browser: platform foundation', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('manager works the lifecycle in French and finds the change in the audit log', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    // Sign-in lands on the role home (issue 12); the lifecycle is one click away.
    await page.locator('#home-title').waitFor();
    await page.locator('nav a[href$="/lifecycle"]').click();
    await page.getByRole('heading', { name: 'Lifecycle of the cluster initiative' }).waitFor();

    await page.getByLabel('Language').first().selectOption('fr');
    await page.getByRole('heading', { name: 'Cycle de vie de l’initiative de cluster' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expect.poll(() => page.getByRole('heading', { name: 'Questions clés' }).count()).toBe(1);

    // Tick key question (2) of the initiation stage with evidence.
    const question = page.locator('li.kq').nth(1);
    await question.getByRole('checkbox').check();
    await question.locator('textarea').nth(1).fill('Étude comparative des alternatives (démo)');
    await question.getByRole('button').last().click();
    await question.locator('.kq-summary').waitFor();
    expect(await question.locator('.kq-summary').innerText()).toContain('Étude comparative des alternatives');

    // Move to the next stage, saying why.
    await page
      .getByRole('button', { name: /Établissement/ })
      .first()
      .click();
    await page.locator('form.confirm textarea').fill('Stratégie adoptée par l’assemblée fondatrice');
    await page.locator('form.confirm button[type=submit]').click();
    await expect.poll(() => page.getByTestId('current-stage').innerText()).toBe('Établissement');
    const history = page.locator('table').last();
    expect(await history.innerText()).toContain('Stratégie adoptée par l’assemblée fondatrice');

    // The audit log shows who changed the stage.
    await page.locator('nav a[href$="/audit"]').click();
    // Read the audit table only once the audit page is shown: until then the lifecycle page's own
    // history table is still on screen.
    await page.waitForURL(/\/audit$/);
    const table = page.getByTestId('audit-table');
    await table.waitFor();
    const text = await table.innerText();
    expect(text).toContain('Marie Manager (demo)');
    // In words, in the reader's language: no raw JSON, no enum keys (issue 12, item 9).
    expect(text).toContain('Étape: Initiation → Établissement');
    expect(text).not.toContain('"stage"');
    await context.close();
  });

  it('refuses the users screen to a member', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'member@demo.agglomera.org');
    await page.locator('#home-title').waitFor();
    await page.locator('nav a[href$="/lifecycle"]').click();
    await page.getByRole('heading', { name: 'Lifecycle of the cluster initiative' }).waitFor();
    // A member has no means to tick key questions or move the stage.
    expect(await page.getByRole('checkbox').first().isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /Move to/ }).count()).toBe(0);
    // The navigation does not offer the users screen to a member; a typed address is refused.
    expect(await page.locator('nav a[href$="/users"]').count()).toBe(0);
    await page.goto(page.url().replace(/\/[^/]+$/, '/users'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('You are not allowed');
    expect(await page.locator('table').count()).toBe(0);
    await context.close();
  });

  it('tells a wrong password without saying which part was wrong', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'officer@demo.agglomera.org', 'not-the-password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe('Wrong email or password.');
    await context.close();
  });

  it('has no serious accessibility violations on the sign-in, lifecycle, users and portfolio screens', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/login`);
    await page.getByRole('heading', { name: 'Sign in to Agglomera' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await signInAs(page, h.baseUrl, 'admin@demo.agglomera.org');
    await page.locator('h1').first().waitFor();
    const select = page.getByLabel('Workspace', { exact: true });
    await page.locator('#home-title').waitFor();
    const options = await select.locator('option').allTextContents();
    await select.selectOption({ index: options.findIndex((o) => o.includes('Lakeside')) });
    // The switcher lands on the workspace's home (issue 12).
    await page.waitForURL(/\/home$/);
    await page.locator('#home-title').waitFor();
    await page.locator('nav a[href$="/lifecycle"]').click();
    await page.getByRole('heading', { name: 'Lifecycle of the cluster initiative' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('nav a[href$="/users"]').click();
    // The users page, not the lifecycle page still on screen a moment before.
    await page.waitForURL(/\/users$/);
    await page.locator('table').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await select.selectOption({ index: options.findIndex((o) => o.includes('Programme')) });
    await page.waitForURL(/\/home$/);
    await page.locator('nav a[href$="/portfolio"]').click();
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await expect.poll(() => page.locator('table').innerText()).toContain('Lakeside Agro-Food Cluster (demo)');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets a platform admin verify a workspace, and keeps the screen from everyone else', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'admin@demo.agglomera.org');
    await page.locator('h1').first().waitFor();
    await page.getByRole('link', { name: 'Platform' }).click();
    await page.getByRole('heading', { name: 'Verified workspaces' }).waitFor();
    const table = page.locator('table');
    await table.waitFor();
    const row = table.locator('tr', { hasText: 'Lakeside Agro-Food Cluster (demo)' });
    expect(await row.innerText()).toContain('verified on');
    expect(await seriousViolations(page)).toEqual([]);
    await row.getByRole('button', { name: /Withdraw verification/ }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('withdrawn');
    expect(await row.innerText()).toContain('not verified');
    await page.getByLabel('Show').selectOption('false');
    await expect.poll(() => table.innerText()).not.toContain('Cluster Capacity Programme (demo)');
    await row.getByRole('button', { name: /^Verify/ }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('is verified');
    await context.close();

    const other = await h.browser.newContext({ locale: 'en-GB' });
    const p2 = await other.newPage();
    await signInAs(p2, h.baseUrl, 'staff@demo.agglomera.org');
    await p2.locator('#home-title').waitFor();
    expect(await p2.getByRole('link', { name: 'Platform' }).count()).toBe(0);
    await p2.goto(`${h.baseUrl}/admin/workspaces`);
    await p2.locator('h1').first().waitFor();
    expect(await p2.locator('table').count()).toBe(0);
    await other.close();
  });
});
