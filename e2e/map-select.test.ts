import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

// Ten US states (FIPS) × four benchmark industries + one outside every cluster × two years.
const STATES = ['01', '06', '12', '17', '19', '36', '48', '53', '39', '13'];
const INDUSTRIES = ['336411', '115111', '511210', '311111', '999999'];
function dataset(): string {
  const lines = ['region,industry,year,employment,establishments'];
  STATES.forEach((s, i) =>
    INDUSTRIES.forEach((ind, j) => {
      for (const year of [2020, 2022]) {
        const base =
          1000 +
          ((i * 37 + j * 101) % 17) * 900 +
          (s === '53' && ind === '336411' ? 60000 : 0) +
          (s === '19' && ind === '115111' ? 25000 : 0);
        lines.push(
          `${s},${ind},${year},${year === 2022 ? Math.round(base * 1.1) : base},${Math.ceil(base / 30)}`,
        );
      }
    }),
  );
  return lines.join('\n');
}

/** The select inside the label whose text starts with `label`. */
const field = (page: Page, label: string) =>
  page
    .locator('label')
    .filter({ hasText: new RegExp(`^${label}`) })
    .locator('select')
    .first();

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' });
  return context.newPage();
}

describe.skipIf(!chromiumPath)('browser: map and select clusters', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('uploads a dataset, reads a region profile and the map, runs a two-scorer selection and opens the new initiative', async () => {
    const page = await newPage(h.browser);
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.locator('#home-title').waitFor();
    const initiativeUrl = page.url();
    const ws = initiativeUrl.split('/w/')[1]!.split('/')[0]!;

    // Upload the dataset.
    await page.locator('nav a[href$="/map"]').click();
    await page.getByRole('heading', { name: 'Upload regional statistics' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('US states 2020–2022');
    await page
      .locator('input[name=file]')
      .setInputFiles({ name: 'states.csv', mimeType: 'text/csv', buffer: Buffer.from(dataset()) });
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'US states 2020–2022' }).click();

    // Region profile with charts and the limits of mapping.
    await page.getByRole('heading', { name: 'Limits of cluster mapping' }).waitFor();
    await field(page, 'Region').selectOption('19');
    await page.getByRole('heading', { name: '19' }).waitFor();
    await page.locator('figure.chart').first().waitFor();
    expect(await page.locator('figure.chart figcaption').first().innerText()).toBe(
      'Most specialised clusters (location quotient)',
    );
    expect(await page.locator('figure.chart .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    // The built-in US states map.
    await page.getByRole('tab', { name: 'Map' }).click();
    const map = page.locator('svg.choropleth');
    await map.waitFor();
    await expect.poll(() => map.locator('path').count()).toBeGreaterThan(40);
    expect(await page.getByText('10 of 10 regions drawn on the map').count()).toBeGreaterThan(0);

    // A selection with two scorers.
    await page.goto(`${h.baseUrl}/w/${ws}/selection`);
    await page.getByLabel('Name', { exact: true }).fill('First cluster to support');
    await page.getByLabel('Mapping dataset').selectOption({ label: 'US states 2020–2022' });
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'First cluster to support' }).waitFor();
    const selectionUrl = page.url();
    for (const [region, cluster] of [
      ['19', 'Agricultural Products'],
      ['53', 'Aerospace Vehicles and Defense'],
    ]) {
      await field(page, 'Region').selectOption(region!);
      await field(page, 'Cluster').selectOption({ label: cluster! });
      await page.getByRole('button', { name: 'Add candidate' }).first().click();
      await page.getByRole('cell', { name: new RegExp(cluster!) }).waitFor();
    }
    await page.locator('form').filter({ hasText: 'Add criterion' }).getByLabel('Name').fill('Size');
    await page.getByRole('button', { name: 'Add criterion' }).click();
    await page.getByText('computed from employment').waitFor();
    const criteria = page.locator('form').filter({ hasText: 'Add criterion' });
    await criteria.getByLabel('Name').fill('Local capacity');
    await criteria.getByLabel('Kind').selectOption('scored');
    await page.getByRole('button', { name: 'Add criterion' }).click();
    await page.getByText('scored by the panel from 0 to 5').waitFor();
    for (const [who, role] of [
      ['Sofia Staff (demo)', 'Staff'],
      ['Mehdi Member (demo)', 'Member'],
    ]) {
      await page.getByLabel('Add a scorer').selectOption({ label: `${who} (${role})` });
      await page.getByRole('button', { name: 'Add to panel' }).click();
      await page.getByText(`${who} — 0 of 2 scores given`).waitFor();
    }

    for (const [email, scores] of [
      ['staff@demo.agglomera.org', ['5', '2']],
      ['member@demo.agglomera.org', ['3', '2']],
    ] as const) {
      const scorer = await newPage(h.browser);
      await signInAs(scorer, h.baseUrl, email);
      await scorer.waitForURL(/\/w\//);
      await scorer.goto(selectionUrl);
      await scorer.getByRole('heading', { name: 'Your scores' }).waitFor();
      expect(await scorer.getByRole('heading', { name: 'Weighted ranking' }).count()).toBe(0);
      await scorer.getByLabel('Local capacity: Agricultural Products — Iowa').fill(scores[0]);
      await scorer.getByLabel('Local capacity: Aerospace Vehicles and Defense — Washington').fill(scores[1]);
      await scorer.getByRole('button', { name: 'Save my scores' }).click();
      await scorer.getByText('Your scores are saved.').waitFor();
      await scorer.context().close();
    }

    await page.reload();
    await page.getByRole('heading', { name: 'Weighted ranking' }).waitFor();
    expect(await page.getByText('Sofia Staff (demo) — 2 of 2 scores given').count()).toBe(1);
    const ranking = await page.locator('table').filter({ hasText: 'Disagreement' }).innerText();
    expect(ranking).toContain('Agricultural Products — Iowa');

    await page.getByRole('checkbox', { name: 'Agricultural Products — Iowa' }).check();
    await page
      .getByLabel('Deciding body (e.g. steering committee, donor)')
      .fill('Iowa cluster steering committee');
    await page
      .locator('form')
      .filter({ hasText: 'Record the decision' })
      .getByLabel('Why')
      .fill('Highest local capacity on the panel');
    await page.getByLabel('Name of the cluster initiative').fill('Iowa Agri-Food Cluster');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByTestId('decision').waitFor();
    expect(await page.getByTestId('decision').innerText()).toContain('Iowa cluster steering committee');

    await page.getByRole('link', { name: 'Open the new cluster initiative' }).click();
    await page.getByRole('heading', { name: 'Baseline of the initiative' }).waitFor();
    const baseline = await page.locator('dl.baseline').innerText();
    expect(baseline).toContain('employment');
    expect(baseline).toContain('location quotient');
    expect(
      await page.getByLabel('Workspace', { exact: true }).locator('option:checked').innerText(),
    ).toContain('Iowa Agri-Food Cluster');
  });
  it('maps another country from its own definitions and an uploaded GeoJSON', async () => {
    const page = await newPage(h.browser);
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    await page.locator('nav a[href$="/map"]').click();
    await page.getByLabel('Name', { exact: true }).fill('Regions of Senegal');
    await page.locator('input[name=file]').setInputFiles({
      name: 'senegal.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'region,region_name,industry,employment\nSN-DK,Dakar,C10,500\nSN-DK,Dakar,J62,900\nSN-TH,Thiès,C10,700\nSN-TH,Thiès,J62,100\n',
      ),
    });
    await page.getByLabel('My own definitions (cluster_code, cluster_name, industry)').check();
    await page.locator('input[name=definitionsFile]').setInputFiles({
      name: 'isic.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'cluster_code,cluster_name,industry\nAGRO,Agro-food,C10\nICT,Digital services,J62\n',
      ),
    });
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await page.getByRole('link', { name: 'Regions of Senegal' }).click();
    await page.getByRole('tab', { name: 'Map' }).click();
    await page.getByText('No map for these region codes').waitFor();
    const square = (code: string, x: number) => ({
      type: 'Feature',
      properties: { iso: code },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, 14],
            [x + 1, 14],
            [x + 1, 15],
            [x, 15],
            [x, 14],
          ],
        ],
      },
    });
    await page.getByText('Map other regions: upload a GeoJSON').click();
    await page.getByLabel('GeoJSON file').setInputFiles({
      name: 'senegal.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(
        JSON.stringify({ type: 'FeatureCollection', features: [square('SN-DK', -17), square('SN-TH', -16)] }),
      ),
    });
    await page.getByLabel('Property holding the region code').fill('iso');
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    const map = page.locator('svg.choropleth');
    await map.waitFor();
    expect(await map.locator('path').count()).toBe(2);
    expect(await page.getByText('2 of 2 regions drawn on the map').count()).toBe(1);
    expect(await map.locator('path title').first().textContent()).toMatch(/Dakar \(SN-DK\): LQ/);
  });
});
