import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestContext,
  signIn,
  uploadAs,
  workspaceByKind,
  type Session,
  type TestContext,
} from './helpers.js';

// Hardening issue, item 14: no CSP, frame protection, nosniff or referrer policy on the app, the
// API or HTML reports; `javascript:` URLs accepted in actor websites.

let ctx: TestContext;
let manager: Session;
let ws: string;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

const expectSafeHeaders = (headers: Record<string, unknown>) => {
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(String(headers['content-security-policy'])).toContain("frame-ancestors 'none'");
};

describe('security headers', () => {
  it('sends them with the app, the API and errors', async () => {
    for (const url of ['/', '/api/health', `/api/v1/workspaces/${ws}/actors`, '/api/v1/nowhere']) {
      const res = await as(ctx.app, manager).get(url);
      expect(res.statusCode).toBe(url === '/api/v1/nowhere' ? 404 : 200);
      expectSafeHeaders(res.headers);
      expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    }
  });

  it('lets an HTML report run no script and load nothing', async () => {
    const res = await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/diagnostic-report?format=html`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expectSafeHeaders(res.headers);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).not.toContain('script-src');
  });
});

describe('web addresses', () => {
  it('refuses a website that is not http(s), by the API and by import', async () => {
    for (const website of ['javascript:alert(document.cookie)', 'data:text/html,<script>1</script>', 'www']) {
      const res = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/actors`, {
        name: `Firm with ${website.slice(0, 10)}`,
        actor_type: 'firm',
        website,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].field).toBe('body.website');
    }
    const ok = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/actors`, {
      name: 'Firm with a site',
      actor_type: 'firm',
      website: 'https://example.org/firm',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const imported = await uploadAs(
      ctx.app,
      manager,
      `/api/v1/workspaces/${ws}/actors/import`,
      'sites.csv',
      'name,actor_type,website\nGood Site Firm,firm,http://example.org\nBad Site Firm,firm,javascript:alert(1)\n',
    );
    expect(imported.statusCode).toBe(400);
    expect(imported.json().error.details).toMatchObject({ line: 3, column: 'website' });
  });
});
