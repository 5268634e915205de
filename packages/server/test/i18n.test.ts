import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasTranslation, translate, bestLocale, frenchTypography } from '../src/i18n/index.js';
import { sourceMessages } from './i18n-keys.js';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

/** Issue 12, item 9: the API speaks the reader's language. */

const placeholders = (text: string) => [...new Set(text.match(/\{\d+/g) ?? [])].sort();

describe('the server catalogue', () => {
  const found = sourceMessages();

  it('finds the messages of the source (the scanner works)', () => {
    const keys = new Set(found.map((f) => f.key));
    expect(keys.size).toBeGreaterThan(400);
    expect(keys).toContain('Actor not found');
    expect(keys).toContain('An actor named "{0}" is already in the register');
    expect(keys).toContain('must be one of {0}');
  });

  it('has a French and a Spanish translation of every message the server can send', () => {
    const missing = found
      .filter((f) => !hasTranslation('fr', f.key) || !hasTranslation('es', f.key))
      .map((f) => `${f.at}: ${f.key}`);
    expect(missing).toEqual([]);
  });

  it('keeps every placeholder, and every translation formats', () => {
    const wrong: string[] = [];
    for (const { key } of found)
      for (const locale of ['fr', 'es'] as const) {
        const params = Object.fromEntries(placeholders(key).map((p) => [p.slice(1), 2]));
        const text = translate(locale, key, params);
        if (/\{\d/.test(text)) wrong.push(`${locale}: ${key} → ${text}`);
      }
    expect(wrong).toEqual([]);
  });

  it('writes plurals, numbers and French typography', () => {
    expect(translate('en', '{0} minutes', { 0: 1 })).toBe('1 minute');
    expect(translate('fr', '{0} minutes', { 0: 2 })).toBe('2 minutes');
    expect(translate('es', 'must be at least {0}', { 0: 12500.5 })).toBe('debe ser como mínimo 12.500,5');
    expect(translate('fr', 'must be at least {0}', { 0: 12500.5 })).toBe(
      'doit valoir au moins 12\u202f500,5',
    );
    expect(frenchTypography('Erreur: "x"; pourquoi? http://a 10:30')).toBe(
      'Erreur\u00a0: «\u00a0x\u00a0»\u202f; pourquoi\u202f? http://a 10:30',
    );
    expect(bestLocale('de-DE,es;q=0.9,fr;q=0.8')).toBe('es');
    expect(bestLocale('de')).toBe('en');
  });
});

describe('errors in the reader’s language', () => {
  let ctx: TestContext;
  let manager: Session;
  let ws: string;

  beforeAll(async () => {
    ctx = await createTestContext({ settings: { loginMaxFailures: 2 } });
    manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
    ws = workspaceByKind(manager, 'cluster_initiative');
  });
  afterAll(() => ctx.close());

  const withLanguage = (method: 'GET' | 'POST', url: string, language: string, payload?: object) =>
    ctx.app.inject({
      method,
      url,
      headers: {
        cookie: manager.cookie,
        'x-csrf-token': manager.csrf,
        'accept-language': language,
      },
      ...(payload ? { payload } : {}),
    });

  const anonymous = (method: 'GET' | 'POST', url: string, language: string, payload?: object) =>
    ctx.app.inject({
      method,
      url,
      headers: { 'accept-language': language },
      ...(payload ? { payload } : {}),
    });

  it('answers a stranger from Accept-Language (best of en, fr, es), English by default', async () => {
    const fr = await anonymous('GET', '/api/v1/nowhere', 'de-DE,fr;q=0.9');
    expect(fr.statusCode).toBe(404);
    expect(fr.json().error).toMatchObject({ code: 'not_found', message: 'Aucune route GET /api/v1/nowhere' });
    const es = await anonymous('POST', '/api/v1/auth/login', 'es-MX', { email: 'a@b.org' });
    expect(es.statusCode).toBe(400);
    expect(es.json().error.details).toEqual([{ field: 'body.password', message: 'es obligatorio' }]);
    const en = await anonymous('POST', '/api/v1/auth/login', 'de', { email: 'a@b.org' });
    expect(en.json().error.details).toEqual([{ field: 'body.password', message: 'is required' }]);
  });

  it('answers a 404 and a 400 in the user’s language, with details whose fields are unchanged', async () => {
    expect((await as(ctx.app, manager).patch('/api/v1/me', { locale: 'es' })).statusCode).toBeLessThan(300);
    const gone = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/workspaces/${ws}/actors/00000000-0000-4000-8000-000000000000`,
      headers: { cookie: manager.cookie, 'x-csrf-token': manager.csrf, 'accept-language': 'fr' },
      payload: { name: 'X' },
    });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error).toMatchObject({ code: 'not_found', message: 'Actor no encontrado' });
    const res = await withLanguage('POST', `/api/v1/workspaces/${ws}/fees/categories`, 'fr', {
      name: '',
      amount: 10,
      currency: 'eur',
      period: 'week',
      colour: 'red',
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/^Solicitud no válida: body\./);
    const byField = Object.fromEntries(
      (error.details as { field: string; message: string }[]).map((d) => [d.field, d.message]),
    );
    expect(byField['body.colour']).toBe('no es un campo conocido');
    expect(byField['body.name']).toBe('no debe estar vacío');
    expect(byField['body.currency']).toBe('no tiene la forma esperada');
    // A union of literals is one message, with the values in words.
    expect(byField['body.period']).toBe('debe ser año, trimestre o mes');
  });

  it('answers a 409 in the signed-in user’s own language, whatever the header says', async () => {
    const me = await as(ctx.app, manager).patch('/api/v1/me', { locale: 'fr' });
    expect(me.statusCode).toBeLessThan(300);
    const body = { name: 'Petites entreprises', amount: 100, currency: 'EUR', period: 'year' };
    const url = `/api/v1/workspaces/${ws}/fees/categories`;
    expect((await withLanguage('POST', url, 'es', body)).statusCode).toBeLessThan(300);
    const again = await withLanguage('POST', url, 'es', body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(
      'Une catégorie de cotisation nommée «\u00a0Petites entreprises\u00a0» existe déjà',
    );
    // A schema refusal comes before authentication: still in the user's language.
    const bad = await withLanguage('POST', url, 'es', { ...body, amount: 'many' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toContainEqual({ field: 'body.amount', message: 'doit être un nombre' });
    await as(ctx.app, manager).patch('/api/v1/me', { locale: 'en' });
  });

  it('answers a 429 in Spanish with a plural wait', async () => {
    const attempt = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'officer@demo.agglomera.org', password: 'wrong-password' },
        headers: { 'accept-language': 'es-ES' },
        remoteAddress: '10.1.2.3',
      });
    let res = await attempt();
    for (let i = 0; i < 5 && res.statusCode !== 429; i++) res = await attempt();
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('rate_limited');
    expect(res.json().error.message).toMatch(
      /^Demasiados intentos de inicio de sesión fallidos; inténtelo de nuevo en \d+ minutos?$/,
    );
  });
});

describe('the messages of the XLSForm methods', () => {
  it('have a French and a Spanish translation each (keys found in packages/methods)', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = new URL('../../methods/src/surveys/', import.meta.url);
    const keys = new Set<string>();
    for (const f of readdirSync(dir).filter((x) => x.startsWith('xlsform-')))
      for (const m of readFileSync(new URL(f, dir), 'utf8').matchAll(
        /xlsMessage\(\s*(?:[^'()]*\?\s*)?'([^']+)'(?:\s*:\s*'([^']+)')?/g,
      ))
        for (const k of [m[1], m[2]]) if (k) keys.add(k);
    expect(keys.size).toBeGreaterThan(15);
    expect([...keys].filter((k) => !hasTranslation('fr', k) || !hasTranslation('es', k))).toEqual([]);
    expect(translate('fr', 'the function {0}() is not supported', { 0: 'pulldata' })).toBe(
      'la fonction pulldata() n’est pas prise en charge',
    );
  });
});
