import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

async function open(h: Harness, email: string) {
  const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
  await signInAs(page, h.baseUrl, email);
  await page.waitForURL(/\/w\/[^/]+\//);
  const workspace = /\/w\/([^/]+)\//.exec(page.url())![1]!;
  return { page, workspace };
}

async function addIndicator(page: Page, fields: { name: string; unit: string; metric?: string }) {
  await page.getByRole('button', { name: '+ New indicator' }).click();
  const form = page.getByTestId('new-indicator');
  await form.getByLabel('Indicator', { exact: true }).fill(fields.name);
  await form.getByLabel(/^Unit/).selectOption({ label: fields.unit });
  if (fields.metric) {
    await form.getByLabel('Source of values').selectOption('platform');
    await form.getByLabel('Platform metric').selectOption({ label: fields.metric });
  } else await form.getByLabel('Source of values').selectOption('manual');
  await form.getByLabel('Frequency').selectOption({ label: 'Quarterly' });
  await form.getByRole('button', { name: 'Add an indicator' }).click();
  await page.getByRole('link', { name: fields.name }).waitFor();
}

describe.skipIf(!chromiumPath)('browser: results chain and a member survey', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('manager defines a results chain and a Likert survey, three of five members answer, manager sees rate and collapsed percentages', async () => {
    const { page, workspace } = await open(h, 'manager@demo.agglomera.org');
    await page.goto(`${h.baseUrl}/w/${workspace}/monitoring`);
    await page.getByRole('heading', { name: 'Results chain', level: 1 }).waitFor();
    // The demo's chain and its indicator are there (the results chain of the role-homes demo).
    await page.getByRole('heading', { name: 'Indicators', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Firms in joint export actions (demo)' }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The chain: an activity leads to an outcome.
    const itemForm = page.locator('form', { has: page.getByRole('heading', { name: 'Add to the chain' }) });
    for (const [level, title] of [
      ['Activities', 'Export coaching'],
      ['Outcomes', 'More member firms export'],
    ] as const) {
      await itemForm.getByLabel('Level').selectOption({ label: level });
      await itemForm.getByLabel('Title').fill(title);
      await itemForm.getByRole('button', { name: 'Add to the chain' }).click();
      await page.getByTestId(`level-${level.toLowerCase()}`).getByText(title).waitFor();
    }
    const hypForm = page.locator('form', { has: page.getByRole('heading', { name: 'Add a hypothesis' }) });
    await hypForm.getByLabel('From (lower level)').selectOption({ label: 'Activities: Export coaching' });
    await hypForm
      .getByLabel('Leads to (higher level)')
      .selectOption({ label: 'Outcomes: More member firms export' });
    await hypForm.getByLabel('Why we expect it').fill('Coached firms find buyers abroad');
    await hypForm.getByRole('button', { name: 'Add a hypothesis' }).click();
    await page.getByText(': Coached firms find buyers abroad').waitFor();

    // Three indicators, one computed from the platform's records.
    await addIndicator(page, { name: 'Member firms exporting', unit: 'Percentage' });
    await addIndicator(page, { name: 'Jobs in member firms', unit: 'Number' });
    await addIndicator(page, {
      name: 'Members of the cluster organisation',
      unit: 'Number',
      metric: 'Members',
    });
    const members = await page.evaluate(
      async (ws) =>
        (await (await fetch(`/api/v1/workspaces/${ws}/actors?status=member&limit=500`)).json()).actors.length,
      workspace,
    );
    expect(members).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('computed-Members of the cluster organisation').innerText())
      .toBe(String(members));
    // The indicators defined here and the demo's own (the results chain's, the strategy goal's, the
    // green action plan's CO₂ KPI and the two of the plan the demo programme funded).
    expect(await page.locator('table tbody tr').count()).toBe(8);
    expect(await seriousViolations(page)).toEqual([]);

    // The indicator screen shows the computed value by period.
    await page.getByRole('link', { name: 'Members of the cluster organisation' }).click();
    await page.getByRole('heading', { name: 'Periods, targets and values' }).waitFor();
    const now = new Date();
    const quarter = `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
    await page.getByRole('button', { name: `Record computed value for ${quarter}` }).click();
    await page.getByText('Computed value recorded.').waitFor();
    const row = page.getByTestId(`period-${quarter}`);
    expect(await row.locator('td').nth(1).innerText()).toBe(String(members));
    expect(await row.locator('td').nth(2).innerText()).toBe(String(members));
    expect(await seriousViolations(page)).toEqual([]);
    // No diagnostic recorded as a baseline yet: the button says so.
    await page.getByRole('button', { name: 'Take the baseline from the diagnostic' }).click();
    await page
      .getByRole('alert')
      .getByText(/No diagnostic has been recorded as a baseline/)
      .waitFor();

    // A percentage target above 100 is refused with a clear message.
    await page.getByRole('link', { name: 'Results chain' }).click();
    await page.getByRole('link', { name: 'Member firms exporting' }).click();
    const targetForm = page.locator('form', { has: page.getByRole('heading', { name: 'Set a target' }) });
    await targetForm.getByLabel(/^Period/).selectOption(quarter);
    await targetForm.getByLabel('Target').fill('120');
    await targetForm.getByRole('button', { name: 'Save the target' }).click();
    await page
      .getByRole('alert')
      .getByText('A percentage target must be between 0 and 100, got 120')
      .waitFor();
    await targetForm.getByLabel('Target').fill('40');
    await targetForm.getByRole('button', { name: 'Save the target' }).click();
    await page.getByText('Target saved.').waitFor();
    expect(await page.getByTestId(`period-${quarter}`).locator('td').first().innerText()).toBe('40');

    // Edit the indicator; then edit and remove (after confirming) items of the chain.
    await page.getByRole('button', { name: 'Edit the indicator' }).click();
    const editForm = page.locator('form[aria-labelledby="edit-indicator"]');
    await editForm.getByLabel('Definition').fill('Members with export sales, over all members');
    await editForm.getByLabel('Evaluation level').selectOption({ label: 'National ecosystem' });
    await editForm.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('Indicator saved.').waitFor();
    await page.getByText('Members with export sales, over all members').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Results chain' }).click();
    await page.getByRole('button', { name: 'Edit More member firms export' }).click();
    const itemEdit = page.getByRole('form', { name: 'Edit More member firms export' });
    await itemEdit.getByLabel('Title').fill('More member firms export each year');
    await itemEdit.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Item saved.').waitFor();
    await page.getByTestId('level-outcomes').getByText('More member firms export each year').waitFor();
    await page.getByRole('button', { name: 'Remove Export coaching' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText('Remove “Export coaching” from the results chain?').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByText('Removed from the results chain.').waitFor();
    expect(await page.getByTestId('level-activities').getByText('Export coaching').count()).toBe(0);

    // A Likert survey in three languages.
    await page.getByRole('link', { name: 'Surveys' }).click();
    await page.getByRole('heading', { name: 'Surveys', level: 1 }).waitFor();
    // The demo's open survey is listed (the survey of the role homes).
    await page.getByRole('link', { name: 'Export readiness check (demo)' }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Title in English').fill('Member satisfaction');
    await page.getByLabel('Title in French').fill('Satisfaction des membres');
    await page.getByLabel('Title in Spanish').fill('Satisfacción de los miembros');
    await page.getByLabel('Anonymous answers').uncheck();
    await page.getByLabel('Question in English').fill('The services are worth their fee');
    await page.getByLabel('Question in French').fill('Les services valent leur prix');
    await page.getByLabel('Question in Spanish').fill('Los servicios valen su precio');
    await page.getByRole('button', { name: 'Create the survey' }).click();
    await page.getByRole('heading', { name: 'Member satisfaction', level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText('Links sent.').waitFor();
    expect(await page.getByTestId('invited').innerText()).toBe('5');
    const surveyUrl = page.url();
    await page.context().close();

    // Three of the five members answer from their own login.
    const answers: [string, string][] = [
      ['member@demo.agglomera.org', 'Strongly agree'],
      ['member2@demo.agglomera.org', 'Agree'],
      ['member3@demo.agglomera.org', 'Disagree'],
    ];
    for (const [email, choice] of answers) {
      const m = await open(h, email);
      await m.page.goto(`${h.baseUrl}/w/${m.workspace}/monitoring/surveys`);
      await m.page.getByRole('heading', { name: 'My surveys' }).waitFor();
      await m.page.getByRole('link', { name: 'Member satisfaction' }).click();
      await m.page.getByRole('group', { name: '1. The services are worth their fee *' }).waitFor();
      await m.page.getByLabel(choice, { exact: true }).check();
      if (email === 'member@demo.agglomera.org') expect(await seriousViolations(m.page)).toEqual([]);
      await m.page.getByRole('button', { name: 'Send my answers' }).click();
      await m.page.getByText('Thank you: your answers are saved.').waitFor();
      await m.page.context().close();
    }

    // The manager sees the response rate and the collapsed percentages.
    const again = await open(h, 'manager@demo.agglomera.org');
    await again.page.goto(surveyUrl);
    await again.page.getByRole('heading', { name: 'Results' }).waitFor();
    expect(await again.page.getByTestId('responses').innerText()).toBe('3');
    expect(await again.page.getByTestId('response-rate').innerText()).toBe('60%');
    const result = again.page.getByTestId('result-q1');
    await result.getByRole('row', { name: /^Agree 1 33.3 %$/ }).waitFor();
    await again.page.getByLabel('Collapse scales into categories (e.g. agree + strongly agree)').check();
    await result.getByRole('row', { name: /^Agree \+ Strongly agree 2 66.7 %$/ }).waitFor();
    await result.getByRole('row', { name: /^Strongly disagree \+ Disagree 1 33.3 %$/ }).waitFor();
    await result.getByRole('row', { name: /^Neutral 0 0 %$/ }).waitFor();
    expect(await seriousViolations(again.page)).toEqual([]);
  });

  it('reads the demo member satisfaction: the indicator not met, the threshold the platform’s, members by size, on a phone', async () => {
    const { page, workspace } = await open(h, 'manager@demo.agglomera.org');
    const list = await page.request.get(`${h.baseUrl}/api/v1/workspaces/${workspace}/monitoring/reports`);
    const survey = (await list.json()).satisfactionSurveys[0];
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${h.baseUrl}/w/${workspace}/monitoring/satisfaction/${survey.id}`);
    const unmet = page.getByTestId('satisfaction-unmet');
    await expect.poll(() => unmet.innerText()).toContain('Not met: Communication of progress.');
    const micro = page.getByTestId('satisfaction-by-size').getByRole('row', { name: /^micro/i });
    expect(await micro.innerText()).toContain('3');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('An indicator is met when the members satisfied reach').fill('30');
    await expect.poll(() => unmet.innerText()).toBe('Every indicator answered by members is met.');
  });

  it('plans an evaluation with its development period, says the criteria are late, offers the IDB levels, and removes it', async () => {
    const { page, workspace } = await open(h, 'manager@demo.agglomera.org');
    await page.goto(`${h.baseUrl}/w/${workspace}/monitoring/evaluations`);
    await page.getByRole('heading', { name: 'Evaluations', level: 1 }).waitFor();
    const form = page.locator('form').filter({ hasText: 'New evaluation' });
    await form.getByLabel('Title').fill('Review of the 2025 period');
    await form.getByLabel('Requesting body').fill('Ministry of Trade');
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Start of the development period evaluated').fill(yearAgo);
    await form.getByRole('button', { name: 'Plan the evaluation' }).click();
    const panel = page.getByRole('article').filter({ hasText: 'Review of the 2025 period' });
    await panel.getByLabel('Criterion').fill('Collaboration in the national ecosystem');
    await panel.getByLabel('Targets').selectOption('national_ecosystem');
    await panel.getByRole('button', { name: 'Add the criterion' }).click();
    await panel.getByText('Collaboration in the national ecosystem (National ecosystem)').waitFor();
    await expect.poll(() => panel.getByTestId('criteria-late').innerText()).toContain('more than 90 days');
    expect(await seriousViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => panel.count()).toBe(0);
  });
});
