import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { DEFAULT_WEB_DIST, MemoryMailer, startServer } from '@agglomera/server';

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  return candidates.find((p) => existsSync(p)) ?? null;
}

export const chromiumPath = findChromium();
if (!chromiumPath && process.env.AGGLOMERA_REQUIRE_BROWSER === '1') {
  throw new Error('AGGLOMERA_REQUIRE_BROWSER=1 but no Chromium was found: apt-get install chromium');
}

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** What the server mailed (personal survey links, invitations…). */
  mailer: MemoryMailer;
  close(): Promise<void>;
}

/** A real server (embedded PostgreSQL in memory, loaded with the demo) and a headless Chromium. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(`${DEFAULT_WEB_DIST}/index.html`))
    throw new Error(`The web app is not built (${DEFAULT_WEB_DIST}); run npm run build or npm test`);
  process.env.LOG_LEVEL ??= 'warn';
  const mailer = new MemoryMailer();
  const { app, url } = await startServer({
    mailer,
    port: 0,
    host: '127.0.0.1',
    dataDir: 'memory',
    demo: 'auto',
    log: () => {},
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath!,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  return {
    baseUrl: url,
    browser,
    mailer,
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

export async function signInAs(page: Page, baseUrl: string, email: string, password = 'demo-password') {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Serious or critical accessibility violations found by axe-core on the current page. */
export async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
