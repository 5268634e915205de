import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumPath, seriousViolations, startHarness, type Harness } from './harness.js';

/**
 * The sweep of issue 12 ("What it must show", first bullet): every main screen that each demo role's
 * navigation offers (the side navigation and each area's sub-navigation), checked for
 * - no horizontal scroll (document scroll width ≤ viewport width),
 * - no serious or critical axe violation,
 * - no request answered 403,
 * - no seed file name or reference (`.txt:`, `001:1203`) and no raw i18n key or enum value in the text,
 * - no key missing in the screen's language (the app's opt-in i18n check, see web/src/i18n/index.ts).
 *
 * Matrix (to stay within a few minutes on a small machine): English at 1440×900 and 390×844 for
 * every role, French at 390×844 and Spanish at 1440×900 for every role; axe runs in English at both
 * sizes and once in French and Spanish (at their size). Each screen is visited once per row.
 */

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Pass {
  lang: 'en' | 'fr' | 'es';
  viewport: { width: number; height: number };
  axe: boolean;
}
const PASSES: Pass[] = [
  { lang: 'en', viewport: DESKTOP, axe: true },
  { lang: 'en', viewport: PHONE, axe: false },
  { lang: 'fr', viewport: PHONE, axe: false },
  { lang: 'es', viewport: DESKTOP, axe: false },
];

/** The demo's roles: the cluster manager (owner), staff and a member of the cluster initiative; the
 * programme's owner, officer (the funder) and a panel member. The demo has no evaluator. */
const ALL_ROLES: { email: string; kind: 'cluster_initiative' | 'programme'; full: boolean }[] = [
  { email: 'manager@demo.agglomera.org', kind: 'cluster_initiative', full: true },
  { email: 'member@demo.agglomera.org', kind: 'cluster_initiative', full: true },
  { email: 'officer@demo.agglomera.org', kind: 'programme', full: true },
  { email: 'panel@demo.agglomera.org', kind: 'programme', full: true },
  // Their screens are the manager's and the officer's: checked for refused requests, text and width
  // in English at desktop size only, to keep the sweep within a few minutes.
  { email: 'staff@demo.agglomera.org', kind: 'cluster_initiative', full: false },
  { email: 'admin@demo.agglomera.org', kind: 'programme', full: false },
];

/** SWEEP_ROLES=member,officer narrows a local run to some roles. */
const only = process.env.SWEEP_ROLES?.split(',');
const ROLES = ALL_ROLES.filter((r) => !only || only.includes(r.email.split('@')[0]!));

const en = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', 'packages', 'web', 'src', 'i18n', 'locales', 'en.json'),
    'utf8',
  ),
) as Record<string, unknown>;
/** A raw i18n key on screen: one of the translation files' sections followed by `.key`. */
const RAW_KEY = new RegExp(`\\b(?:${Object.keys(en).join('|')})\\.[a-zA-Z0-9_]+`);
/** A raw enum value (snake_case) such as `cluster_initiative` or `panel_member`; the column names
 * an upload asks for (region_name…) are meant to be typed as shown. */
const RAW_ENUM = /\b[a-z]+_[a-z_]+\b/;
/**
 * Screens that still scroll sideways at 390 px (wide diagrams and forms not yet reworked): listed
 * here so the sweep guards every other screen; remove an entry once its screen is fixed.
 */
const KNOWN_PHONE_OVERFLOW: string[] = [];
/** Sentences that list an import file's columns, whose names are meant to be typed as shown. */
const COLUMN_LIST = /columns|colonnes|columnas|region_name|cluster_code/i;
/** A seed file name or a seed reference. */
const SEED_REF = /\.txt:|\b00[0-4]:\d+/;

interface Screen {
  path: string;
}

async function openAs(
  h: Harness,
  email: string,
  pass: Pass,
): Promise<{ context: BrowserContext; page: Page }> {
  const locale = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' }[pass.lang];
  const context = await h.browser.newContext({ locale, viewport: pass.viewport });
  // Every page of the context speaks the pass's language and lists the keys that language lacks.
  await context.addInitScript((lang: string) => {
    localStorage.setItem('agglomera.lang', lang);
    localStorage.setItem('agglomera.i18nCheck', '1');
  }, pass.lang);
  const page = await context.newPage();
  await page.goto(`${h.baseUrl}/login`);
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill('demo-password');
  await page.locator('main button[type=submit]').click();
  await page.waitForURL(/\/w\//);
  return { context, page };
}

/** Waits until no request has been in flight for a moment and no "Loading…" status is shown. */
async function settle(page: Page, inflight: () => number) {
  const start = Date.now();
  let quietSince = Date.now();
  while (Date.now() - start < 15_000) {
    if (inflight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince > 200) {
      const loading = await page
        .locator('main [role=status]')
        .filter({ hasText: /…|\.\.\./ })
        .count();
      if (loading === 0) return;
    }
    await page.waitForTimeout(50);
  }
}

describe.skipIf(!chromiumPath)('browser: every main screen of every role', () => {
  let h: Harness;
  /** Screens per role, found once at desktop size in English. */
  const screens = new Map<string, { workspace: string; screens: Screen[] }>();

  beforeAll(async () => {
    h = await startHarness();
    for (const role of ROLES) {
      const { context, page } = await openAs(h, role.email, PASSES[0]!);
      const me = (await (await page.request.get(`${h.baseUrl}/api/v1/me`)).json()) as {
        workspaces: { id: string; kind: string }[];
      };
      const ws = me.workspaces.find((w) => w.kind === role.kind)!.id;
      await page.goto(`${h.baseUrl}/w/${ws}/monitoring`);
      await page.locator('#sidenav a').first().waitFor();
      const main = await page
        .locator('#sidenav a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const found: string[] = [];
      for (const href of main) {
        if (!found.includes(href)) found.push(href);
        await page.goto(`${h.baseUrl}${href}`);
        await page
          .locator('main h1')
          .first()
          .waitFor({ timeout: 10_000 })
          .catch(() => undefined);
        await page.waitForTimeout(300);
        const sub = await page
          .locator('main nav.subnav a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        for (const s of sub) if (!found.includes(s)) found.push(s);
      }
      screens.set(role.email, { workspace: ws, screens: found.map((path) => ({ path })) });
      await context.close();
    }
  }, 180_000);
  afterAll(async () => h?.close());

  it.skipIf(only)('offers each role only what it may use', () => {
    const paths = (email: string) =>
      screens.get(email)!.screens.map((s) => s.path.replace(/^\/w\/[^/]+/, ''));
    const member = paths('member@demo.agglomera.org');
    for (const refused of ['/map', '/users', '/audit', '/sharing', '/diagnose', '/operations'])
      expect(member, refused).not.toContain(refused);
    expect(member).toContain('/diagnose/needs');
    expect(member).toContain('/operations/portal');
    const manager = paths('manager@demo.agglomera.org');
    for (const area of ['/map', '/selection', '/diagnose', '/operations', '/users', '/audit', '/sharing'])
      expect(manager, area).toContain(area);
    expect(paths('staff@demo.agglomera.org')).not.toContain('/audit');
    expect(paths('panel@demo.agglomera.org')).not.toContain('/users');
    expect(paths('officer@demo.agglomera.org')).toContain('/users');
  });

  it.skipIf(only)(
    'returns to a deep link after sign-in, and opens the navigation as a drawer on a phone',
    async () => {
      const { workspace } = screens.get('manager@demo.agglomera.org')!;
      const context = await h.browser.newContext({ locale: 'en-GB', viewport: PHONE });
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/w/${workspace}/monitoring/reports`);
      await page.waitForURL(/\/login\?next=/);
      await page.locator('input[type=email]').fill('manager@demo.agglomera.org');
      await page.locator('input[type=password]').fill('demo-password');
      await page.locator('main button[type=submit]').click();
      await page.waitForURL(`${h.baseUrl}/w/${workspace}/monitoring/reports`);

      const menu = page.getByRole('button', { name: 'Menu' });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('#sidenav').isVisible()).toBe(false);
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      expect(await page.locator('#sidenav').isVisible()).toBe(true);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('#sidenav') !== null))
        .toBe(true);
      const box = await page.locator('#sidenav a').first().boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      await page.keyboard.press('Escape');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Menu');
      await menu.click();
      await page.locator('#sidenav a[href$="/operations"]').click();
      await page.waitForURL(/\/operations$/);
      // The route may change a frame before the drawer's closing render: wait for it rather than race it.
      await expect.poll(() => page.locator('#sidenav').isVisible()).toBe(false);
      await context.close();
    },
  );

  for (const role of ROLES)
    for (const pass of role.full ? PASSES : [{ ...PASSES[0]!, axe: false }])
      it(`${role.email.split('@')[0]}: ${pass.lang} at ${pass.viewport.width}px`, async () => {
        const { workspace, screens: list } = screens.get(role.email)!;
        expect(list.length).toBeGreaterThan(2);
        const { context, page } = await openAs(h, role.email, pass);
        let inflight = 0;
        const refused: string[] = [];
        page.on('request', () => inflight++);
        page.on('requestfinished', () => inflight--);
        page.on('requestfailed', () => inflight--);
        page.on('response', (r) => {
          if (r.status() === 403) refused.push(`${r.request().method()} ${r.url().replace(h.baseUrl, '')}`);
        });
        const problems: string[] = [];
        for (const { path } of list) {
          refused.length = 0;
          await page.goto(`${h.baseUrl}${path}`);
          await page
            .locator('main h1')
            .first()
            .waitFor({ timeout: 10_000 })
            .catch(() => problems.push(`${path}: no heading`));
          await settle(page, () => inflight);
          const at = `${path.replace(`/w/${workspace}`, '')}`;
          const shown = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            width: window.innerWidth,
            text: document.body.innerText,
            lang: document.documentElement.lang,
            missing: [...((window as unknown as { __i18nMissing?: Set<string> }).__i18nMissing ?? [])],
          }));
          if (shown.lang !== pass.lang) problems.push(`${at}: page in ${shown.lang}`);
          if (
            shown.scrollWidth > shown.width &&
            !(pass.viewport === PHONE && KNOWN_PHONE_OVERFLOW.includes(at))
          )
            problems.push(`${at}: scrolls sideways (${shown.scrollWidth} > ${shown.width})`);
          for (const r of refused) problems.push(`${at}: ${r} answered 403`);
          for (const [what, re] of [
            ['seed reference', SEED_REF],
            ['raw key', RAW_KEY],
            ['raw enum value', RAW_ENUM],
          ] as const) {
            const text =
              re === RAW_ENUM
                ? shown.text
                    .split('\n')
                    .filter((line) => !COLUMN_LIST.test(line))
                    .join('\n')
                : shown.text;
            const hit = re.exec(text);
            if (hit) problems.push(`${at}: ${what} "${hit[0]}" in "${contextOf(text, hit.index)}"`);
          }
          for (const key of shown.missing) problems.push(`${at}: key missing in ${key}`);
          if (pass.axe) for (const v of await seriousViolations(page)) problems.push(`${at}: axe ${v}`);
        }
        await context.close();
        expect(problems).toEqual([]);
      }, 400_000);
});

const contextOf = (text: string, index: number) =>
  text.slice(Math.max(0, index - 40), index + 40).replace(/\s+/g, ' ');
