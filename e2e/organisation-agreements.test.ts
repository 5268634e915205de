import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';
import { docxText } from '../packages/server/test/documents.js';

/**
 * Agreements and the business plan (issue 14, items 5 and 7), end to end: the manager records the
 * agreement's choices (a notice longer than the term refused beside the field), downloads the
 * membership agreement as DOCX and finds the GIZ guide's thirteen parts I–XIII in order with the fee
 * (001:2516), records a member's agreement and marks it signed; the trial partner is refused an
 * invoice; the business plan downloads as DOCX; the screens pass axe and fit 390 px.
 */
async function download(page: Page, click: () => Promise<void>): Promise<{ d: Download; data: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { d, data: await readFile((await d.path())!) };
}

const PARTS = [
  'I. Preamble',
  'II. Cooperation',
  'III. Cooperation Fee',
  'IV. Information on Company',
  'V. Contract term',
  'VI. Cluster Trademark',
  'VII. Liability',
  'VIII. Data safety and protection',
  'IX. Applicable law, contract language',
  'X. Mediation Clause',
  'XI. Arbitration Proceedings',
  'XII. Court of Jurisdiction',
  'XIII. Other Provisions',
];

describe.skipIf(!chromiumPath)('browser: agreements and the business plan', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('fills the choices, downloads the agreement, signs a member’s agreement, refuses the trial partner’s invoice', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    const ws = page.url().replace(/\/(lifecycle|home)$/, '');
    const workspaceId = ws.split('/w/')[1]!;
    const api = `${h.baseUrl}/api/v1/workspaces/${workspaceId}`;

    await page.goto(`${ws}/organisation/agreements`);
    await page.getByRole('heading', { name: 'Agreements', level: 1 }).waitFor();
    await page.getByText('a template to be checked by a lawyer').waitFor();
    const settings = page.getByTestId('agreement-settings');
    await settings.getByLabel('Fee category').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A notice longer than the term is refused beside the field.
    await settings.getByLabel('Term in months').fill('6');
    await settings.getByLabel('Notice period in months').fill('9');
    await settings.getByRole('button', { name: 'Save the choices' }).click();
    await settings.locator('.field-error').filter({ hasText: 'termMonths' }).waitFor();
    expect(await settings.getByLabel('Notice period in months').getAttribute('aria-invalid')).toBe('true');
    await settings.getByLabel('Notice period in months').fill('3');
    await settings.getByLabel('Applicable law').fill('the law of the Kingdom of Morocco');
    await settings.getByRole('button', { name: 'Save the choices' }).click();
    await settings.getByText('The agreement’s choices are saved').waitFor();

    // The membership agreement as DOCX: the thirteen parts in order, the fee and the choices.
    const docx = await download(page, () => page.getByTestId('agreement-docx').click());
    expect(docx.d.suggestedFilename()).toBe('membership-agreement.docx');
    const { text } = await docxText(docx.data);
    const at = PARTS.map((p) => text.indexOf(p));
    for (const [i, p] of PARTS.entries()) expect(at[i], p).toBeGreaterThanOrEqual(0);
    for (let i = 1; i < at.length; i++) expect(at[i]).toBeGreaterThan(at[i - 1]!);
    expect(text).toContain('€300.00');
    expect(text).toContain('the law of the Kingdom of Morocco');
    expect(text).toContain('6 months from its signature');

    // A member's agreement: recorded as a draft, then marked signed.
    const agreements = (await (await page.request.get(`${api}/organisation/agreements`)).json())
      .agreements as {
      actorId: string;
    }[];
    const members = (await (await page.request.get(`${api}/actors?status=member&limit=500`)).json())
      .actors as {
      id: string;
      name: string;
    }[];
    const member = members.find((m) => !agreements.some((a) => a.actorId === m.id))!;
    await page.getByRole('button', { name: '+ New agreement' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Member or partner').selectOption({ label: member.name });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Agreement recorded').first().waitFor();
    await page.getByRole('button', { name: `Mark the agreement of ${member.name} signed` }).click();
    await page.getByRole('dialog').getByLabel('Signed on').fill('2026-02-01');
    await page.getByRole('dialog').getByRole('button', { name: 'Mark signed' }).click();
    await page.getByText('Marked signed').waitFor();
    await page.getByTestId('member-agreements').getByLabel('Status').selectOption('signed');
    const list = page.getByTestId('member-agreements');
    await list.getByText(member.name).first().waitFor();
    expect(await list.innerText()).toContain('Signed');

    // The trial partner, whose membership agreement is a draft, is refused an invoice (409 naming it).
    const trial = (await (await page.request.get(`${api}/organisation/agreements`)).json()).agreements.find(
      (a: { membershipStage: string; kind: string }) =>
        a.membershipStage === 'trial' && a.kind === 'membership',
    ) as { actorId: string; actorName: string };
    const { fee } = await (await page.request.get(`${api}/organisation/agreement-settings`)).json();
    const csrf = await page.evaluate(async () => {
      const me = await fetch('/api/v1/me').then((r) => (r.ok ? r.json() : null));
      return (me as { csrf?: string } | null)?.csrf ?? null;
    });
    const refused = await page.request.post(`${api}/fees/invoices`, {
      headers: csrf ? { 'x-csrf-token': csrf } : {},
      data: { actorId: trial.actorId, categoryId: fee.id, issuedOn: '2026-04-01', dueOn: '2026-05-01' },
    });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error.message).toContain(trial.actorName);

    // A phone: the screen fits 390 px and stays accessible.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('heading', { name: 'Agreements', level: 1 }).waitFor();
    await page.getByTestId('member-agreements').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the business plan’s checklist and downloads it as DOCX', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    const ws = page.url().replace(/\/(lifecycle|home)$/, '');
    await page.goto(`${ws}/organisation/business-plan`);
    await page.getByRole('heading', { name: 'Business plan', level: 1 }).waitFor();
    const sections = page.getByTestId('business-plan-sections');
    await sections.waitFor();
    expect(await sections.locator('li').count()).toBe(6);
    expect(await sections.getByRole('link', { name: 'Open the canvas' }).getAttribute('href')).toBe(
      `${new URL(ws).pathname}/strategy/canvas`,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    const docx = await download(page, () => page.getByTestId('business-plan-docx').click());
    expect(docx.d.suggestedFilename()).toBe('business-plan.docx');
    const { text } = await docxText(docx.data);
    for (const h1 of ['Business plan', 'Cluster business canvas', 'Strategy', 'Services', 'Financial plan'])
      expect(text).toContain(h1);
    await context.close();
  });
});
