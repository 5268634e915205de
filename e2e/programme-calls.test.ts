import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

/**
 * The programme's call and training cohort (issue 15, items 2–3), end to end: officer@ creates and
 * publishes a call, records three applications; assessor@ declares no conflict and scores; officer@
 * selects two with their reasons (IDB / Compete Caribbean 003:263); a cohort with sessions, the
 * attendance ticked, certificates issued (more than 80 % / 50 %, 003:286) and a certificate PDF
 * opened. The main screens are axe-clean and fit 390 px.
 */
describe.skipIf(!chromiumPath)('browser: programme calls and cohorts', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('runs a call from publication to selection, and a cohort to its certificates', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'officer@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    const ws = page.url().match(/^(.*\/w\/[^/]+)/)![1]!;

    // The call: created as a draft, then published.
    await page.goto(`${ws}/programme/calls`);
    await page.getByRole('heading', { name: 'Calls', level: 1 }).waitFor();
    await page.getByRole('button', { name: '+ New call' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title').fill('Call 2026 for BSOs');
    await dialog.getByLabel('Questions of the form').fill('Which clusters do you work with? *');
    await dialog.getByRole('button', { name: 'Create the call' }).click();
    await page.getByRole('link', { name: 'Call 2026 for BSOs' }).click();
    await page.getByRole('heading', { name: 'Call 2026 for BSOs', level: 1 }).waitFor();
    const callUrl = page.url();
    expect(
      await page
        .getByText(/Scores from 1 to 5/)
        .first()
        .innerText(),
    ).toContain('platform');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('The call is published').waitFor();

    // Three applications from the register.
    for (const name of [
      'Belize Trade and Investment Development Service (demo)',
      'Dominica Export Import Agency (demo)',
      'Grenada Investment Development Corporation (demo)',
    ]) {
      await page.getByRole('button', { name: '+ Record an application' }).click();
      const form = page.getByRole('dialog');
      await form.getByLabel('Applicant organisation').selectOption({ label: name });
      await form.getByLabel(/Which clusters/).fill('Tourism and cocoa');
      await form.getByRole('button', { name: '+ Record an application' }).click();
      await page.getByRole('heading', { name: new RegExp(name.replace(/[()]/g, '.')) }).waitFor();
    }
    expect(await page.getByText('Eligible', { exact: true }).count()).toBe(3);

    // The assessor declares no conflict and scores two applications.
    const assessorContext = await h.browser.newContext({ locale: 'en-GB' });
    const assessor = await assessorContext.newPage();
    await signInAs(assessor, h.baseUrl, 'assessor@demo.agglomera.org');
    await assessor.waitForURL(/\/w\//);
    await assessor.goto(page.url());
    await assessor.getByRole('heading', { name: 'Your assessment' }).waitFor();
    await assessor.getByRole('button', { name: /^Declare/ }).click();
    await assessor.getByText('Declaration saved.').waitFor();
    for (const short of ['Belize', 'Dominica']) {
      await assessor.getByRole('button', { name: new RegExp(`^Score ${short}`) }).click();
      const form = assessor.getByRole('dialog');
      await form.getByLabel('Cluster / value chain identification').selectOption('4');
      await form.getByLabel('Project design').selectOption('5');
      await form.getByLabel('Implementation').selectOption('3');
      await form.getByRole('button', { name: 'Save the scores' }).click();
      await form.waitFor({ state: 'hidden' });
    }
    expect(await assessor.getByText(/Project design 5/).count()).toBe(2);
    expect(await assessor.getByRole('heading', { name: 'Selection' }).count()).toBe(0);
    expect(await seriousViolations(assessor)).toEqual([]);
    await assessorContext.close();

    // The officer selects two with their reasons.
    await page.reload();
    await page.getByRole('heading', { name: 'Selection' }).waitFor();
    await page.getByRole('checkbox', { name: /Select Belize/ }).check();
    await page.getByRole('textbox', { name: /Reason for selecting Belize/ }).fill('Strongest team');
    await page.getByRole('checkbox', { name: /Select Dominica/ }).check();
    await page.getByRole('textbox', { name: /Reason for selecting Dominica/ }).fill('Cocoa cluster ready');
    await page.getByRole('button', { name: 'Select 2 applications' }).click();
    await page.getByText('2 applications selected.').waitFor();
    expect(await page.getByText('Strongest team').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // A cohort: sessions, a participant, attendance, certificates and a PDF.
    await page.goto(`${ws}/programme/cohorts`);
    await page.getByRole('button', { name: '+ New cohort' }).click();
    await page.getByRole('dialog').getByLabel('Title').fill('Training 2026');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: 'Training 2026' }).click();
    await page.getByRole('heading', { name: 'Training 2026', level: 1 }).waitFor();
    const cohortUrl = page.url();
    expect(await page.getByTestId('thresholds').innerText()).toContain('IDB / Compete Caribbean');
    for (const [date, title] of [
      ['2026-03-01', 'Cluster economics'],
      ['2026-03-02', 'Value chains'],
    ]) {
      await page.getByRole('button', { name: '+ Add a session' }).click();
      const form = page.getByRole('dialog');
      await form.getByLabel('Date').fill(date!);
      await form.getByLabel('Title').fill(title!);
      await form.getByRole('button', { name: '+ Add a session' }).click();
      await page.getByText(title!, { exact: false }).first().waitFor();
    }
    await page.getByRole('button', { name: '+ Add a participant' }).click();
    const p = page.getByRole('dialog');
    await p.getByLabel('Name').fill('Amélie Baptiste');
    await p
      .getByLabel('Organisation from the register')
      .selectOption({ label: 'Dominica Export Import Agency (demo)' });
    await p.getByLabel('Language of the certificate').selectOption('fr');
    await p.getByRole('button', { name: '+ Add a participant' }).click();
    // each tick is saved at once; the box shows the saved state
    await page.getByRole('checkbox', { name: /Amélie Baptiste present at session 1/ }).click();
    await page.getByRole('cell', { name: '1/2' }).waitFor();
    await page.getByRole('checkbox', { name: /Amélie Baptiste present at session 2/ }).click();
    await page.getByRole('cell', { name: '2/2' }).waitFor();
    await page.getByRole('button', { name: 'Issue the certificates' }).click();
    await page.getByText('Certificates issued from the attendance.').waitFor();
    expect(await page.getByTestId('certificate-counts').innerText()).toContain('1 of completion');
    const link = page.getByRole('link', { name: /Certificate of completion/ });
    const href = await link.getAttribute('href');
    const pdf = await page.request.get(`${h.baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect(await page.getByTestId('table1').innerText()).toContain('DEXIA: 1');
    expect(await seriousViolations(page)).toEqual([]);

    // The published-table check: IDB Table 1's certified column.
    await page.goto(`${ws}/programme/table-check`);
    await page.getByRole('button', { name: /Load IDB/ }).click();
    await page.getByRole('button', { name: 'Check the totals' }).click();
    expect(await page.getByTestId('table-check-result').innerText()).toContain(
      'sums to 104, the table states 107',
    );
    expect(await page.getByTestId('idb-text-note').innerText()).toContain('150');

    // A phone: the main screens fit 390 px and pass axe.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [
      `${ws}/programme/calls`,
      `${ws}/programme/applicants`,
      `${ws}/programme/cohorts`,
      `${ws}/programme/table-check`,
      callUrl,
      cohortUrl,
    ]) {
      await page.goto(path);
      await page.locator('h1').waitFor();
      await page.waitForLoadState('networkidle');
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide, path).toBeLessThanOrEqual(390);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await context.close();
  });
});
