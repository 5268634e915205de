import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';
import { CORPUS, corpusWorkbook, type CorpusForm } from '../packages/server/test/fixtures/xlsform-corpus.js';

/**
 * Field XLSForms in the browser (issue 17): the manager imports a KoboToolbox form on the surveys
 * screen and sees what it holds; every form of the corpus is then answered through its public
 * link with its logic applied (questions appear when their relevant holds, a broken rule is said
 * beside the question in the form's own words, repeats take rows) and the answers arrive.
 */

/** Each question's type as the survey sheet writes it, and the repeats. */
function typesOf(form: CorpusForm) {
  const sheet = Object.entries(form.sheets).find(([n]) => n.toLowerCase() === 'survey')![1];
  const header = (sheet[0] as string[]).map((h) => String(h).toLowerCase());
  const ti = header.indexOf('type');
  const ni = header.indexOf('name');
  const types = new Map<string, string>();
  for (const row of sheet.slice(1) as string[][]) {
    const type = String(row[ti] ?? '')
      .replace(/\s+/g, ' ')
      .replace('begin ', 'begin_');
    if (row[ni]) types.set(String(row[ni]), type.split(' ')[0]!);
  }
  return types;
}

/** Types the answers into the open form, question after question, as a respondent would. */
async function fill(page: Page, form: CorpusForm, answers: Record<string, unknown>) {
  const types = typesOf(form);
  const one = async (key: string, name: string, v: unknown) => {
    const type = types.get(name) ?? 'text';
    const field = `q-${key}`;
    if (type === 'select_one') await page.locator(`input[name="${field}"][value="${v}"]`).check();
    else if (type === 'select_multiple')
      for (const x of v as string[]) await page.locator(`input[name="${field}"][value="${x}"]`).check();
    else if (type === 'rank')
      for (const [i, x] of (v as string[]).entries())
        await page.locator(`select[name="${field}.${i}"]`).selectOption(x);
    else if (type === 'acknowledge') await page.locator(`input[name="${field}"]`).check();
    else await page.locator(`[name="${field}"]`).fill(String(v));
  };
  for (const [name, v] of Object.entries(answers)) {
    if (types.get(name) === 'begin_repeat') {
      const section = page.locator(`section[data-repeat="${name}"]`);
      for (const [i, row] of (v as Record<string, unknown>[]).entries()) {
        await section.getByRole('button', { name: /^Add/ }).click();
        for (const [q, x] of Object.entries(row)) await one(`${name}.${i}.${q}`, q, x);
      }
    } else if (!name.endsWith('_other') || types.has(name)) await one(name, name, v);
    else await page.locator(`[name="q-${name}"]`).fill(String(v));
  }
}

describe.skipIf(!chromiumPath)('browser: field XLSForms', () => {
  let h: Harness;
  let api: string;
  let csrf: string;
  let manager: Page;
  beforeAll(async () => {
    h = await startHarness();
    manager = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(manager, h.baseUrl, 'manager@demo.agglomera.org');
    await manager.waitForURL(/\/w\//);
    const ws = manager.url().match(/\/w\/([^/]+)/)![1]!;
    api = `${h.baseUrl}/api/v1/workspaces/${ws}/surveys`;
    csrf = await manager.evaluate(async () => (await (await fetch('/api/v1/me')).json()).csrf as string);
  });
  afterAll(async () => h?.close());

  /** Imports a form, sends it to the members and returns the public link mailed to one of them. */
  async function linkFor(form: CorpusForm) {
    const res = await manager.request.post(`${api}/import`, {
      headers: { 'x-csrf-token': csrf },
      multipart: {
        file: { name: form.file, mimeType: 'application/octet-stream', buffer: await corpusWorkbook(form) },
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    const id = (await res.json()).id as string;
    const mine = () => h.mailer.sent.filter((m) => m.to === 'member2@demo.agglomera.org');
    const before = mine().length;
    const sent = await manager.request.post(`${api}/${id}/send`, {
      headers: { 'x-csrf-token': csrf },
      data: { members: true, actors: 'none' },
    });
    expect(sent.status()).toBeLessThan(300);
    for (let i = 0; i < 300 && mine().length === before; i++) await manager.waitForTimeout(100);
    const token = /\/s\/([A-Za-z0-9_-]+)/.exec(mine().at(-1)!.text)![1]!;
    return { id, url: `${h.baseUrl}/s/${token}` };
  }

  it('imports a form on the surveys screen and shows its groups, repeats, languages and what was left out', async () => {
    const form = CORPUS.find((f) => f.file === 'media-metadata.xlsx')!;
    const page = manager;
    await page.goto(`${api.replace('/api/v1/workspaces', '/w').replace('/surveys', '')}/monitoring/surveys`);
    await page.getByLabel('XLSForm file (.xlsx)').setInputFiles({
      name: form.file,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await corpusWorkbook(form),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('link', { name: 'media-metadata' }).first().click();
    await page.getByRole('heading', { name: 'Imported XLSForm' }).waitFor();
    const warnings = page.getByTestId('import-warnings').getByRole('listitem');
    expect(await warnings.count()).toBe(5);
    expect(await page.getByTestId('import-warnings').innerText()).toContain(
      'is recorded by a device, not asked',
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('answers every form of the corpus through its public link, under its rules', async () => {
    for (const form of CORPUS) {
      const { id, url } = await linkFor(form);
      const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
      await page.goto(url);
      await page.getByRole('button', { name: 'Send my answers' }).waitFor();
      if (form.bad && form.file !== 'cascade.xlsx') {
        await fill(page, form, form.bad.answers);
        await page.getByRole('button', { name: 'Send my answers' }).click();
        const said = form.bad.message.startsWith('Please answer')
          ? 'Please answer this question.'
          : form.bad.message;
        await page.locator('.field-error', { hasText: said }).first().waitFor();
        expect(await page.locator('[aria-invalid="true"]').count(), form.file).toBeGreaterThan(0);
        await page.reload();
        await page.getByRole('button', { name: 'Send my answers' }).waitFor();
      }
      await fill(page, form, form.answers);
      await page.getByRole('button', { name: 'Send my answers' }).click();
      await page.getByRole('status').filter({ hasText: /thank/i }).waitFor();
      const detail = await (await manager.request.get(`${api}/${id}`)).json();
      expect(detail.responses, form.file).toBe(1);
      await page.context().close();
    }
  });

  it('hides what the skip logic leaves out, filters choices and fills calculations as the respondent answers', async () => {
    const farm = CORPUS.find((f) => f.file === 'farm.xlsx')!;
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await page.goto((await linkFor(farm)).url);
    await page.locator('input[name="q-has_farm"][value="no"]').check();
    expect(await page.locator('[name="q-hectares"]').count()).toBe(0);
    await page.locator('input[name="q-has_farm"][value="yes"]').check();
    await page.locator('[name="q-hectares"]').waitFor();

    const cascade = CORPUS.find((f) => f.file === 'cascade.xlsx')!;
    await page.goto((await linkFor(cascade)).url);
    await page.locator('input[name="q-region"][value="dakar"]').check();
    expect(await page.locator('input[name="q-district"]').count()).toBe(2);
    await page.locator('input[name="q-region"][value="thies"]').check();
    expect(await page.locator('input[name="q-district"]').count()).toBe(1);

    const calc = CORPUS.find((f) => f.file === 'calculations.xlsx')!;
    await page.goto((await linkFor(calc)).url);
    await page.locator('[name="q-price"]').fill('25.5');
    await page.locator('[name="q-bags"]').fill('60');
    await page.getByText('Revenue: 1530 (large)').waitFor();

    const sw = CORPUS.find((f) => f.file === 'multilingual.xlsx')!;
    await page.goto((await linkFor(sw)).url);
    await page.getByLabel('Language of the form').selectOption('sw');
    await page.getByText('Jina la biashara').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const household = CORPUS.find((f) => f.file === 'household.xlsx')!;
    await page.goto((await linkFor(household)).url);
    await page.getByRole('button', { name: 'Add: Household member' }).click();
    await page.getByRole('button', { name: 'Add: Household member' }).click();
    await page.getByText('The household has 2 members.').waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
