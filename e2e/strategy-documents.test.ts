import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

/**
 * Strategy documents (issue 13), end to end: the manager fills the cluster business canvas (GIZ
 * 001:1647–1653) and saves a new version, opens it as PDF, adds an item to the demo roadmap and
 * sees it drawn in its lane (001:4316–4321), and records the internationalisation strategy's
 * review cadence (ECCP 004:650–653); a phone-sized screen does not scroll sideways.
 */
describe.skipIf(!chromiumPath)('browser: strategy documents', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('fills the canvas, opens it as PDF, draws a roadmap item and sets the review cadence', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    const ws = page.url().replace(/\/(lifecycle|home)$/, '');

    // The canvas: the demo's two versions, the ten blocks with their guiding questions.
    await page.goto(`${ws}/strategy/canvas`);
    await page.getByRole('heading', { name: 'Cluster business canvas', level: 1 }).waitFor();
    await page.getByText('Next version, starting from version 2').waitFor();
    const grid = page.getByTestId('canvas-grid');
    expect(await grid.locator('h3').count()).toBe(10);
    expect(await grid.innerText()).toContain('For what services are our cluster actors willing to pay?');
    expect(await seriousViolations(page)).toEqual([]);

    // An empty name is refused beside the field, nothing saved.
    await page.getByLabel('Name', { exact: true }).fill(' ');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.locator('.field-error').filter({ hasText: 'is empty' }).waitFor();
    expect(await page.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Name', { exact: true }).fill('Lakeside Agro-Food Cluster');
    await page.getByRole('textbox', { name: 'Key Challenges' }).fill('Keep the export adviser after 2028');
    await page.getByLabel('What changed in this version (optional)').fill('Board retreat');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByText('Canvas saved as version 3.').waitFor();
    expect(await page.getByTestId('canvas-versions').innerText()).toContain('Board retreat');

    // "Open as PDF": the link answers a PDF of the version shown.
    const href = await page.getByTestId('canvas-pdf').getAttribute('href');
    const pdf = await page.request.get(`${h.baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // The roadmap: add an item to the effects lane, linked to a measure, and see its bar.
    await page.goto(`${ws}/strategy/roadmaps`);
    await page.getByRole('heading', { name: 'Roadmaps', level: 1 }).waitFor();
    const svg = page.getByTestId('roadmap-svg');
    await svg.waitFor();
    expect(await svg.getAttribute('role')).toBe('img');
    const bars = page.getByTestId('roadmap-bar');
    const before = await bars.count();
    expect(before).toBeGreaterThan(0);
    const years = (await page.locator('#roadmap-shown').innerText()).match(/(\d{4})–(\d{4})/)!;
    await page.getByRole('button', { name: 'Add an item', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Lane').selectOption('effects');
    await dialog.getByLabel('Item', { exact: true }).fill('Cluster brand known by buyers');
    await dialog.getByLabel('From year').fill(String(Number(years[1]) + 1));
    // A year beyond the roadmap is refused beside the field.
    await dialog.getByLabel('To year').fill(String(Number(years[2]) + 3));
    await dialog.getByRole('button', { name: 'Add an item' }).click();
    await dialog.locator('.field-error').filter({ hasText: 'outside the roadmap' }).waitFor();
    await dialog.getByLabel('To year').fill(years[2]!);
    await dialog
      .getByLabel('Strategy element it serves')
      .selectOption({ label: 'Measure: Joint stand at an international food fair' });
    await dialog.getByRole('button', { name: 'Add an item' }).click();
    await page.getByText('Item “Cluster brand known by buyers” added.').waitFor();
    expect(await bars.count()).toBe(before + 1);
    const bar = page.locator('[data-testid="roadmap-bar"][data-item="Cluster brand known by buyers"]');
    expect(await bar.locator('xpath=ancestor::*[@data-lane][1]').getAttribute('data-lane')).toBe('effects');
    expect(await bar.locator('title').textContent()).toContain(
      'Serves: Joint stand at an international food fair',
    );
    expect(await page.getByTestId('lane-effects').innerText()).toContain('Cluster brand known by buyers');
    expect(await seriousViolations(page)).toEqual([]);

    // The internationalisation strategy: the demo's review is due; the team sets a quarterly cadence.
    await page.goto(`${ws}/strategy/internationalisation`);
    await page.getByRole('heading', { name: 'Internationalisation strategy', level: 1 }).waitFor();
    expect(await page.getByTestId('question-ambitions').innerText()).toContain(
      'What are the international ambitions and expectations of your members?',
    );
    expect(await page.getByTestId('target-market').count()).toBe(3);
    await page.getByLabel('Review every (months)').fill('3');
    await page.getByRole('button', { name: 'Save the strategy' }).click();
    await page.getByText('Internationalisation strategy saved.').waitFor();
    expect(await page.getByTestId('review-status').innerText()).toContain('Reviewed every 3 months.');
    await page.getByRole('button', { name: 'Record a review' }).click();
    await page.getByText('Review recorded; the next review counts from it.').waitFor();
    expect(await page.getByTestId('review-status').innerText()).not.toContain('Review due');
    expect(await seriousViolations(page)).toEqual([]);

    // The audit log says in words what was done.
    await page.goto(`${ws}/audit`);
    await page.getByText('Internationalisation strategy reviewed').waitFor();
    const log = await page.locator('main').innerText();
    expect(log).toContain('Canvas version saved');
    expect(log).toContain('Roadmap item added');

    // A phone: the three screens fit 390 px without scrolling sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['canvas', 'roadmaps', 'internationalisation']) {
      await page.goto(`${ws}/strategy/${path}`);
      await page.locator('h1').waitFor();
      await page.waitForLoadState('networkidle');
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide, path).toBeLessThanOrEqual(390);
    }
    await context.close();
  });
  it('speaks French and Spanish on the three screens, with no key missing', async () => {
    for (const [lang, locale, heading, block] of [
      ['fr', 'fr-FR', 'Business canvas du cluster', 'Sources de revenus'],
      ['es', 'es-ES', 'Business canvas del clúster', 'Fuentes de ingresos'],
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
      // Each page load lists the keys its language lacks.
      const missing: string[] = [];
      const collect = async () =>
        missing.push(
          ...(await page.evaluate(() => [
            ...((window as unknown as { __i18nMissing?: Set<string> }).__i18nMissing ?? []),
          ])),
        );
      await page.goto(`${ws}/strategy/canvas`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.getByTestId('canvas-grid').waitFor();
      expect(await page.getByTestId('canvas-grid').innerText()).toContain(block);
      await collect();
      for (const path of ['roadmaps', 'internationalisation']) {
        await page.goto(`${ws}/strategy/${path}`);
        await page.locator('main h1').waitFor();
        await page.waitForLoadState('networkidle');
        await collect();
      }
      expect(missing, lang).toEqual([]);
      await context.close();
    }
  });
});
