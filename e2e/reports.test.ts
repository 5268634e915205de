import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';
import { docxText, pdfText } from '../packages/server/test/documents.js';
import { validateIati } from '../packages/server/src/monitoring/iati-validate.js';

/** An API session for setting up data the journey then reads (the indicator screens are tested elsewhere). */
async function api(baseUrl: string, email: string) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-password' }),
  });
  const body = (await login.json()) as { csrf: string; workspaces: { id: string; kind: string }[] };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = async (method: string, path: string, payload?: unknown) => {
    const res = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': body.csrf, 'content-type': 'application/json' },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ id: string }>;
  };
  return { workspace: body.workspaces.find((w) => w.kind === 'cluster_initiative')!.id, call };
}

async function download(page: Page, click: () => Promise<void>): Promise<{ d: Download; data: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { d, data: await readFile((await d.path())!) };
}

describe.skipIf(!chromiumPath)('browser: monitoring report, IATI export and benchmarking', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('manager writes the report narrative and downloads it as PDF and DOCX, and the IATI XML', async () => {
    const year = new Date().getUTCFullYear() - 1;
    const { workspace: ws, call } = await api(h.baseUrl, 'manager@demo.agglomera.org');
    const outcome = await call('POST', `/workspaces/${ws}/monitoring/items`, {
      level: 'outcomes',
      title: 'More member firms export',
    });
    const common = {
      frequency: 'annual',
      evaluationLevel: 'cluster',
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
    };
    const exporting = await call('POST', `/workspaces/${ws}/monitoring/indicators`, {
      ...common,
      name: 'Member firms exporting',
      itemId: outcome.id,
      level: 'outcomes',
      unit: 'percentage',
      baselineValue: 10,
      baselineDate: `${year}-01-15`,
      targets: [{ period: `${year}`, value: 20 }],
    });
    const trained = await call('POST', `/workspaces/${ws}/monitoring/indicators`, {
      ...common,
      name: 'People trained',
      level: 'outputs',
      unit: 'number',
      baselineValue: 0,
      targets: [{ period: `${year}`, value: 100 }],
    });
    await call('POST', `/workspaces/${ws}/monitoring/indicators/${exporting.id}/values`, {
      period: `${year}`,
      value: 12,
    });
    await call('POST', `/workspaces/${ws}/monitoring/indicators/${trained.id}/values`, {
      period: `${year}`,
      value: 104,
    });

    const context = await h.browser.newContext({ locale: 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    await page.goto(`${h.baseUrl}/w/${ws}/monitoring/reports`);
    await page.getByRole('heading', { name: 'Monitoring reports', level: 1 }).waitFor();
    // The GIZ participation checks are shown as warnings while unmet.
    await page.getByTestId('warning-impact').waitFor();
    expect(await page.getByTestId('warning-impact').innerText()).toContain(
      'minimum of 70 % of the cluster actors',
    );
    expect(await page.getByTestId('warning-baseline').innerText()).toContain('at least 15 cluster firms');
    // Counted over the actors actively involved, and the screen says so (fidelity item 15).
    expect(await page.getByTestId('impact-base').innerText()).toContain('members and trial partners');
    expect(await seriousViolations(page)).toEqual([]);

    const form = page.locator('form[aria-labelledby="report-new"]');
    await form.getByLabel('Title').fill(`Annual monitoring report ${year}`);
    await form.getByLabel('From', { exact: true }).fill(`${year}-01-01`);
    await form.getByLabel('To', { exact: true }).fill(`${year}-12-31`);
    await form.getByRole('button', { name: 'Create the report' }).click();
    await page.getByRole('heading', { name: `Annual monitoring report ${year}`, level: 1 }).waitFor();
    const row = (name: string) =>
      page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
    expect(await row('Member firms exporting').innerText()).toContain('Off track');
    expect(await row('People trained').innerText()).toContain('On track');
    // The trend chart the server draws with ECharts, the same picture as in the PDF.
    const chart = page.getByRole('img', {
      name: 'Trend of Member firms exporting: targets (dashed) and actual values (solid) by date',
    });
    await chart.waitFor();
    expect(await chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(560);

    await page.getByLabel('Summary').fill('Training went beyond its target; exports lag behind.');
    await page.getByLabel('Next steps').fill('Open an export desk for member firms.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const pdf = await download(page, () => page.getByTestId('download-pdf').click());
    expect(pdf.d.suggestedFilename()).toBe(`monitoring-report-${year}-01-01-${year}-12-31.pdf`);
    const text = (await pdfText(pdf.data)).replace(/\s+/g, ' ');
    expect(text).toContain(`Annual monitoring report ${year}`);
    expect(text).toContain('Member firms exporting');
    expect(text).toContain('12%');
    expect(text).toContain('Off track');
    expect(text).toContain('Training went beyond its target; exports lag behind.');

    const docx = await download(page, () => page.getByTestId('download-docx').click());
    expect(docx.d.suggestedFilename()).toBe(`monitoring-report-${year}-01-01-${year}-12-31.docx`);
    const word = await docxText(docx.data);
    expect(word.text).toContain('People trained');
    expect(word.text).toContain('On track');
    expect(word.text).toContain('Open an export desk for member firms.');

    await page.goto(`${h.baseUrl}/w/${ws}/monitoring/reports`);
    await page.getByLabel('Reporting organisation identifier').fill('XM TEST');
    await page.getByText('An IATI organisation identifier has 1 to 100 letters').waitFor();
    expect(await page.getByRole('button', { name: 'Check against the IATI schema' }).isDisabled()).toBe(true);
    await page.getByLabel('Reporting organisation identifier').fill('XM-TEST-7');
    await page.getByLabel('Reporting organisation type').selectOption('80');
    await page.getByRole('button', { name: 'Check against the IATI schema' }).click();
    await page.getByTestId('iati-validation').getByText('Valid: the file passes').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const iati = await download(page, () => page.getByTestId('iati-link').click());
    const xml = iati.data.toString('utf8');
    expect((await validateIati(xml)).problems).toEqual([]);
    expect(xml).toContain('<reporting-org ref="XM-TEST-7" type="80">');
    expect(xml).toContain('<title><narrative>Member firms exporting</narrative></title>');
    expect(xml).toContain('<baseline year="' + year + '" value="10"/>');
    expect(xml).toContain('<target value="20"/><actual value="12"/>');
    await context.close();
  });

  it('opens the benchmarking screen, which names the labels and who awards them, and records a self-assessment', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\/[^/]+\//);
    const ws = /\/w\/([^/]+)\//.exec(page.url())![1]!;
    await page.goto(`${h.baseUrl}/w/${ws}/monitoring/benchmarking`);
    await page.getByRole('heading', { name: 'Benchmarking', level: 1 }).waitFor();
    const notice = await page.getByTestId('label-notice').innerText();
    expect(notice).toContain('Bronze, Silver, Gold');
    expect(notice).toContain('accredited body');
    expect(notice).toContain('European Secretariat for Cluster Analysis');
    expect(await seriousViolations(page)).toEqual([]);

    const form = page.locator('form[aria-labelledby="bench-new"]');
    await form.getByLabel('Total number of cluster / network actors').first().selectOption('4');
    await form.getByLabel('Financial resources of the cluster management organisation').selectOption('2');
    await form.getByLabel('Assessed by').fill('Impartial expert (demo)');
    await form.getByRole('button', { name: 'Save the assessment' }).click();
    await page.getByRole('status').filter({ hasText: 'Assessment saved' }).waitFor();
    const strengths = page.locator('ul[aria-labelledby="bench-strengths"]');
    expect(await strengths.innerText()).toContain('Structure of the Cluster');
    expect(await page.locator('ul[aria-labelledby="bench-weaknesses"]').innerText()).toContain('Financing');
    expect(await seriousViolations(page)).toEqual([]);

    // Who conducted each assessment: the demo's external one, signed by the programme's evaluator
    // ("conducted by impartial experts", GIZ 001:3654), and the team's new one, which the manager signs.
    const assessments = page.getByTestId('bench-assessments');
    expect(await assessments.innerText()).toContain('External assessor: Eva Evaluator (demo)');
    expect(await assessments.innerText()).toMatch(/Signed on .* by Eva Evaluator \(demo\)/);
    await assessments.getByRole('button', { name: /^Sign off/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Sign', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Assessment signed' }).waitFor();
    expect(await assessments.getByRole('button', { name: /^Sign off/ }).count()).toBe(0);
    expect(await assessments.innerText()).toMatch(/The initiative's team: Impartial expert \(demo\)/);

    // Sharing, the peers can be narrowed to the initiative's field of activity (001:3641).
    await page.getByRole('button', { name: 'Share with peers (anonymised)' }).click();
    const field = page.getByLabel("Peers' field of activity");
    await field.waitFor();
    const narrowed = page.waitForResponse((r) => r.url().includes('/benchmarking?field='));
    await field.selectOption({ label: "Agro-food processing (this initiative's field)" });
    await narrowed;
    expect(await field.inputValue()).toBe('Agro-food processing');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
