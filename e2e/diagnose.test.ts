import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

describe.skipIf(!chromiumPath)('browser: diagnose the cluster (actors and network)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('imports 50 actors from XLSX, records a tie and reads the network picture', async () => {
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    await page.locator('nav a[href$="/diagnose"]').click();
    await page.getByRole('heading', { name: 'Actor register' }).waitFor();
    expect(await page.locator('table caption').innerText()).toBe('Actors 1–25 of 100');
    expect(await seriousViolations(page)).toEqual([]);

    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('actors');
    sheet.addRow(['name', 'actor_type', 'size_class', 'status', 'sector']);
    for (let i = 1; i <= 50; i++)
      sheet.addRow([
        `Coastal Supplier ${String(i).padStart(2, '0')}`,
        i % 10 === 0 ? 'research' : 'firm',
        'small',
        'stakeholder',
        'Packaging',
      ]);
    await page.getByRole('button', { name: '+ Import actors' }).click();
    await page.locator('input[name=file]').setInputFiles({
      name: 'actors.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('50 actors imported.').waitFor();
    await expect.poll(() => page.locator('table caption').innerText()).toBe('Actors 1–25 of 150');
    await page.getByLabel('Search', { exact: true }).fill('Coastal Supplier');
    await expect.poll(() => page.locator('table caption').innerText()).toBe('Actors 1–25 of 50');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.locator('table caption').innerText()).toBe('Actors 26–50 of 50');

    await page.locator('nav.subnav a', { hasText: 'Network' }).click();
    await page.getByRole('heading', { name: 'Network of the cluster actors' }).waitFor();
    const circles = page.locator('svg.network circle');
    await expect.poll(() => circles.count()).toBe(150);
    const tiesBefore = Number(
      (await page.getByTestId('network-figures').locator('div').nth(1).locator('dd').innerText()).split(
        ' ',
      )[0],
    );
    const form = page.locator('form').filter({ hasText: 'Record a tie' });
    await form.getByLabel('From').selectOption({ label: 'Coastal Supplier 01' });
    await form.getByLabel('To').selectOption({ label: 'Coastal Supplier 02' });
    await form.getByLabel('Kind of tie').selectOption('joint_action');
    await form.getByRole('button', { name: 'Record' }).click();
    await page.getByText('Tie recorded between Coastal Supplier 01 and Coastal Supplier 02.').waitFor();
    await expect
      .poll(async () =>
        Number(
          (await page.getByTestId('network-figures').locator('div').nth(1).locator('dd').innerText()).split(
            ' ',
          )[0],
        ),
      )
      .toBe(tiesBefore + 1);
    expect(await page.locator('svg.network line').count()).toBe(tiesBefore + 1);

    // Did ties grow since the diagnostic? Compare with the end of 2024.
    await page.getByLabel('Compare with').fill('2024-12-31');
    await page.getByText('Changes in brackets are compared with the network on 2024-12-31.').waitFor();
    expect(await page.getByTestId('network-figures').innerText()).toMatch(/Ties\s+\d+ \(\+\d+\)/);
    expect(await seriousViolations(page)).toEqual([]);
  });
  it('shows the stakeholders by influence and point of view, and ticks a measure done', async () => {
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    await page.goto(page.url().replace(/\/(lifecycle|home)$/, '/diagnose/stakeholders'));
    await page.getByRole('heading', { name: 'Stakeholder analysis' }).waitFor();
    expect(await page.getByTestId('cell-high-positive').innerText()).toContain(
      'Lakeside Regional Council (demo)',
    );
    expect(await page.getByTestId('cell-medium-critical').innerText()).toContain('Baobab Dairy (demo)');
    const row = page.locator('tr', { hasText: 'Ministry of Trade and Industry (demo)' });
    await row.getByRole('checkbox').click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.reload();
    expect(
      await page
        .locator('tr', { hasText: 'Ministry of Trade and Industry (demo)' })
        .getByRole('checkbox')
        .isChecked(),
    ).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });
  it('maps a value chain from the cluster template and shows its white spots', async () => {
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    await page.goto(page.url().replace(/\/(lifecycle|home)$/, '/diagnose'));
    await page.locator('nav.subnav a', { hasText: 'Value chain' }).click();
    await page.getByRole('heading', { name: 'Value chain map' }).waitFor();
    await page.getByLabel('Name of a new value chain').fill('Fruit processing');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByText('0 % of the stages are covered by local actors.').waitFor();
    for (const [stage, actor] of [
      ['Processing and manufacturing', 'Lakeside Fruit Processors (demo)'],
      ['Customers and end users', 'Continental Foods Lakeside (demo)'],
    ]) {
      await page.getByLabel(`Actor for ${stage}`).selectOption({ label: actor! });
      await page.getByTestId(`stage-${stage}`).getByRole('button', { name: 'Place' }).click();
      await page.getByTestId(`stage-${stage}`).getByText(actor!).waitFor();
    }
    expect(await page.getByTestId('stage-Processing and manufacturing').getByText('white spot').count()).toBe(
      0,
    );
    expect(await page.getByTestId('stage-Raw material providers').getByText('white spot').count()).toBe(1);
    await page.getByText('22 % of the stages are covered by local actors.').waitFor();
    expect(
      await page
        .getByText(/White spots: Raw material providers, Machinery and equipment manufacturers/)
        .count(),
    ).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
  it('adds a tagged Diamond item and reads the SWOT of the demo', async () => {
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    await page.goto(page.url().replace(/\/(lifecycle|home)$/, '/diagnose/analysis'));
    await page.getByRole('heading', { name: 'SWOT, five forces and Diamond' }).waitFor();
    expect(await page.getByTestId('category-weaknesses').innerText()).toContain(
      'Post-harvest losses from missing cold chain',
    );
    await page.getByRole('tab', { name: "Porter's Diamond" }).click();
    await page.getByTestId('category-related_industries').waitFor();
    await page.getByLabel('Category').selectOption('related_industries');
    await page.getByLabel('Sign').selectOption('−');
    await page.getByLabel('Item', { exact: true }).fill('Few local packaging suppliers');
    await page.getByLabel('[private sector]').check();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page
      .getByTestId('category-related_industries')
      .getByText('Few local packaging suppliers')
      .waitFor();
    expect(await page.getByTestId('category-related_industries').innerText()).toContain('[private sector]');
    expect(await seriousViolations(page)).toEqual([]);
  });
  it('produces the diagnostic report as PDF and records it as the baseline', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    await page.goto(page.url().replace(/\/(lifecycle|home)$/, '/diagnose/report'));
    await page.getByRole('heading', { name: 'Diagnostic report' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as PDF' }).click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/^diagnostic-\d{4}-\d{2}-\d{2}\.pdf$/);
    await page.getByRole('button', { name: "Record today's diagnostic as baseline" }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: "Record today's diagnostic as baseline" })
      .click();
    await page.getByText('Baseline recorded.').waitFor();
    expect(await page.getByText(/Diagnostic report of \d{4}-\d{2}-\d{2}/).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
  it('draws a constraint pathway and records an association recommendation', async () => {
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    await page.goto(page.url().replace(/\/(lifecycle|home)$/, '/diagnose/constraints'));
    await page.getByRole('heading', { name: 'Constraint diagnosis' }).waitFor();
    // The demo's constraints show when they came to light, who holds them, and a revision.
    const table = page.getByTestId('constraints-table');
    const certificates = table.getByRole('row').filter({ hasText: 'Export health certificates' });
    expect(await certificates.innerText()).toContain('sub-optimal in scope and quality');
    expect(await certificates.innerText()).toContain('Port Authority');
    expect(await certificates.innerText()).toContain('revised');
    for (const [title, tier] of [
      ['No food technologists', '1'],
      ['No practical course', '2'],
    ]) {
      await page.getByRole('button', { name: '+ New constraint' }).click();
      const add = page.getByTestId('constraint-form');
      await add.getByLabel('Constraint').fill(title!);
      await add.getByLabel('Tier').selectOption(tier!);
      await add.getByRole('button', { name: 'Add' }).click();
      await page.getByText('Constraint added.').waitFor();
    }
    // The demo's own constraints are linked too: count the lines this test adds.
    const lines = await page.locator('svg.pathway-graph line').count();
    const link = page.locator('form').filter({ hasText: 'Link a cause to its effect' });
    await link.getByLabel('Cause').selectOption({ label: 'Tier 2: No practical course' });
    await link.getByLabel('Effect').selectOption({ label: 'Tier 1: No food technologists' });
    await link.getByRole('button', { name: 'Link' }).click();
    await page.getByText('Linked.').waitFor();
    expect(await page.locator('svg.pathway-graph line').count()).toBe(lines + 1);
    const path = page.locator('form').filter({ hasText: 'Record a pathway' });
    await path.getByLabel('Name').fill('Skills');
    await path.getByLabel('Next step').selectOption({ label: 'Tier 2: No practical course' });
    await path.getByLabel('Next step').selectOption({ label: 'Tier 1: No food technologists' });
    await path.getByLabel('Ability to act').fill('4');
    await path.getByRole('button', { name: 'Record pathway' }).click();
    await page.getByText('Pathway recorded.').waitFor();
    const skills = page
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: 'Skills', exact: true }) });
    expect(await skills.getByTestId('pathway-score').innerText()).toBe('7');
    expect(await seriousViolations(page)).toEqual([]);

    // A pilot shows the course exists but is too narrow and poor: the constraint is revised.
    await table
      .getByRole('row')
      .filter({ hasText: 'No practical course' })
      .getByRole('button', { name: 'Revise' })
      .click();
    const edit = page.getByTestId('constraint-form');
    await edit.getByLabel('Deficiency').selectOption({ label: 'sub-optimal in scope and quality' });
    await edit.getByLabel('Held by (actors)').selectOption({ label: 'Institute of Food Technology (demo)' });
    expect(await seriousViolations(page)).toEqual([]);
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Constraint revised.').waitFor();
    const course = table.getByRole('row').filter({ hasText: 'No practical course' });
    expect(await course.innerText()).toContain('sub-optimal in scope and quality');
    expect(await course.innerText()).toContain('Institute of Food Technology');

    // The link cannot go while the pathway runs along it; the pathway goes first, after a confirmation.
    await page
      .getByRole('button', { name: 'Remove the link No practical course → No food technologists' })
      .click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('alert').filter({ hasText: 'Skills' }).waitFor();
    await page.getByRole('button', { name: 'Remove the pathway Skills' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    await page.getByText('Pathway removed.').waitFor();
    await page
      .getByRole('button', { name: 'Remove the link No practical course → No food technologists' })
      .click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    await page.getByText('Link removed.').waitFor();
    expect(await page.locator('svg.pathway-graph line').count()).toBe(lines);

    await page.locator('nav.subnav a', { hasText: 'Associations' }).click();
    await page.getByLabel('New assessment').fill('Fruit industry associations');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByTestId('question-B1').waitFor();
    const answer = page.locator('form').filter({ hasText: 'Record an answer' });
    await answer.getByLabel('Question').selectOption('B1');
    await answer.getByLabel('Informant').fill('Processor, 40 staff');
    await answer.getByLabel('Existing association').fill('Lakeside Chamber of Commerce');
    await answer.getByLabel('Answer').fill('Export advice only in the capital');
    await answer.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('question-B1').getByText('Export advice only in the capital').waitFor();
    // Part C waits for the judgement that partnering is unrealistic or undesirable (000:110).
    expect(await page.getByTestId('preamble-B').innerText()).toBe(
      'Assess the landscape of existing C/MAs first, asking:',
    );
    expect(await page.getByTestId('question-C1').count()).toBe(0);
    const judgement = page.getByTestId('partnering-form');
    await judgement.getByLabel('the companies').check();
    await judgement.getByLabel('Reasons').fill('Processors would not join the chamber');
    await judgement.getByRole('button', { name: 'Record the judgement' }).click();
    await page.getByTestId('question-C1').waitFor();
    expect(await page.getByTestId('part-c-state').innerText()).toContain(
      'deemed unrealistic or undesirable by the companies',
    );
    await answer.getByLabel('Question').selectOption('C1');
    await answer.getByLabel('Informant').fill('Processor, 40 staff');
    await answer.getByLabel('Answer').fill('Too small alone; nobody took the lead');
    await answer.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('question-C1').getByText('Too small alone; nobody took the lead').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const recommend = page.locator('form').filter({ hasText: 'Record the recommendation' });
    await recommend.getByLabel('Create a new association').check();
    await recommend.getByLabel('Reasons').fill('No association serves processors');
    await page.getByRole('button', { name: 'Record the recommendation' }).click();
    await page.getByTestId('recommendation').getByText('Create a new association').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('gives an actor several roles, and keeps member cards tied to the service they assess', async () => {
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    const ws = page.url().match(/\/w\/([^/]+)/)![1];
    await page.goto(`${h.baseUrl}/w/${ws}/diagnose`);
    await page.getByLabel('Search', { exact: true }).fill('Lakeside University');
    await page
      .getByRole('button', { name: 'Lakeside University Food Science Department (demo)' })
      .first()
      .click();
    const dialog = page.getByRole('dialog', {
      name: 'Edit Lakeside University Food Science Department (demo)',
    });
    const roles = dialog.getByRole('group', { name: 'Roles' });
    expect(await roles.getByLabel('Multiplier').isChecked()).toBe(true);
    await roles.getByLabel('Instigator / champion').check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Actor saved.').waitFor();
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: 'Lakeside University' }).innerText())
      .toContain('Instigator / champion, Multiplier');

    await page.goto(`${h.baseUrl}/w/${ws}/diagnose/member-cards`);
    await page.getByRole('heading', { name: 'Cluster Member Cards' }).waitFor();
    await page.getByRole('button', { name: 'New member card' }).click();
    const form = page.getByTestId('member-card-form');
    await form.getByLabel('Persona (name)').fill('Rosa, training lead');
    await form.getByLabel('Age').fill('30–40');
    await form.getByLabel('Member type').fill('Full member');
    await form.getByLabel('Service assessed').selectOption({ label: 'Tender training (demo)' });
    await form.getByRole('button', { name: 'Add card' }).click();
    const card = page.getByTestId('member-card').filter({ hasText: 'Rosa, training lead' });
    await card.getByTestId('card-service').getByText('Tender training (demo)').waitFor();
    expect(await card.innerText()).toContain('30–40 · Full member');
    expect(await seriousViolations(page)).toEqual([]);

    await card.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit the card of Rosa, training lead' });
    await edit.getByLabel('Position', { exact: true }).fill('Head of training');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => card.innerText()).toContain('30–40 · Head of training · Full member');

    await card.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => card.count()).toBe(0);
  });

  it('imports a large file as a job: the form waits for it and names a bad row the job found', async () => {
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    await page.locator('nav a[href$="/diagnose"]').click();
    await page.getByRole('heading', { name: 'Actor register' }).waitFor();
    // Over the inline limit (256 KB): the server answers 202 and runs the import as a job.
    const rows = (bad: boolean) =>
      [
        'name,actor_type,sector,location',
        ...Array.from(
          { length: 7_000 },
          (_, i) =>
            `Bulk Import Firm ${String(i).padStart(4, '0')},${bad && i === 6_500 ? 'spaceship' : 'firm'},Food processing and packaging,Lakeside`,
        ),
      ].join('\n');
    expect(Buffer.byteLength(rows(false))).toBeGreaterThan(256 * 1024);
    await page.getByRole('button', { name: '+ Import actors' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.locator('input[name=file]').setInputFiles({
      name: 'bulk-bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows(true)),
    });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    // The job's refusal stays inside the form, naming the line and the column.
    await dialog.getByText(/bulk-bad\.csv:6502 \(column "actor_type"\)/).waitFor({ timeout: 60_000 });
    await dialog.locator('input[name=file]').setInputFiles({
      name: 'bulk.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows(false)),
    });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('7000 actors imported.').waitFor({ timeout: 60_000 });
    await page.getByLabel('Search', { exact: true }).fill('Bulk Import Firm');
    await expect.poll(() => page.locator('table caption').innerText()).toBe('Actors 1–25 of 7000');
    dialog = page.getByRole('dialog');
    expect(await dialog.count()).toBe(0);
  }, 180_000);
});
