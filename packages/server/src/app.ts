import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import { makeAjv } from './http/validator.js';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import type { Database } from './db/database.js';
import type { App } from './http/app-types.js';
import { defaultSettings, type Settings } from './settings.js';
import { installErrorHandler } from './http/errors.js';
import { installAccessPolicies } from './http/policy.js';
import { installInputChecks } from './http/input.js';
import { loggerOptions } from './http/logging.js';
import { installSecurityHeaders } from './http/security-headers.js';
import { installAfterReply } from './http/after-reply.js';
import { installResponseCheck, serializeAsIs } from './http/response-check.js';
import { Health, HealthUnavailable } from './http/schemas.js';
import { mailerFromEnvironment, type Mailer, type SmtpMailer } from './mail/mailer.js';
import { authRoutes } from './auth/routes.js';
import { auditRoutes } from './audit/routes.js';
import { webRoutes } from './web/routes.js';
import multipart from '@fastify/multipart';
import { registerWorkspaces } from './workspaces/register.js';
import { registerLifecycle } from './lifecycle/register.js';
import { registerMap } from './map/register.js';
import { registerDiagnose } from './diagnose/register.js';
import { registerStrategy } from './strategy/register.js';
import { registerConnect } from './connect/register.js';
import { registerOrganisation } from './organisation/register.js';
import { registerOperations } from './operations/register.js';
import { registerMonitoring } from './monitoring/register.js';
import { registerProgramme } from './programme/register.js';
import { registerHome } from './home/register.js';
import { Jobs, type JobsOptions } from './jobs/service.js';
import { registerImportJobs } from './jobs/imports.js';
import { jobRoutes } from './jobs/routes.js';

export type { App } from './http/app-types.js';
export { defaultSettings, type Settings } from './settings.js';

export interface BuildAppOptions {
  db: Database;
  mailer?: Mailer;
  settings?: Partial<Settings>;
  logger?: boolean | object;
  /** Job workers and schedules of this process (workers on, schedules off unless asked). */
  jobs?: JobsOptions;
}

export async function buildApp(options: BuildAppOptions): Promise<App> {
  const app = Fastify({
    logger: loggerOptions(options.logger),
    trustProxy: process.env.AGGLOMERA_TRUST_PROXY === '1',
  }).withTypeProvider<TypeBoxTypeProvider>();
  // JSON bodies are taken as sent (no coercion, unknown fields rejected); query strings and
  // path parameters arrive as text and are coerced to the declared types.
  const strictAjv = makeAjv(false);
  const lenientAjv = makeAjv('array');
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strictAjv : lenientAjv).compile(schema),
  );
  // Response schemas document the API (OpenAPI, the web app's generated types); they must never
  // change what is sent. Fastify would compile them into fast-json-stringify, which drops the
  // properties a schema does not name and coerces values to the declared types, so every answer is
  // serialised as it is, schema or not, exactly as a route without one is (JSON.stringify). The
  // tests check instead that the schemas are true (settings.checkResponses, http/response-check.ts).
  app.setSerializerCompiler(serializeAsIs);
  app.decorate('db', options.db);
  app.decorate('mailer', options.mailer ?? mailerFromEnvironment(app.log));
  app.decorate('settings', { ...defaultSettings(), ...options.settings });
  // Work done after the answer (a password-reset mail) ends before the mailer closes.
  installAfterReply(app);
  app.addHook('onClose', async () => (app.mailer as Partial<SmtpMailer>).close?.());
  // Job workers start once every route has declared its kinds of job, and stop before the
  // mailer and the database close (jobs/service.ts).
  app.decorate('jobs', new Jobs(app, options.jobs));
  app.addHook('onReady', async () => app.jobs.start());
  app.addHook('preClose', async () => app.jobs.stop());

  installErrorHandler(app);
  if (app.settings.checkResponses) installResponseCheck(app);
  // Before any route: bounds, calendar dates, storable text and non-empty edits (item 11).
  installInputChecks(app);
  await installSecurityHeaders(app, { secure: app.settings.secureCookies });
  installAccessPolicies(app);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 2, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Agglomera API',
        version: '0.1.0',
        description: 'Cluster development platform. Errors are {"error":{"code","message","details"}}.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'agglomera_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
  });

  // Health asks the database: a process whose database cannot answer is not healthy, and a
  // load balancer must hear so (503) rather than "ok" (hardening issue, item 1).
  app.get(
    '/api/health',
    {
      config: { policy: { access: 'public' } },
      schema: {
        summary: 'Whether the server and its database answer',
        response: { 200: Health, 503: HealthUnavailable },
      },
    },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(app.db);
        return { status: 'ok' as const };
      } catch {
        reply.status(503);
        return { status: 'unavailable' as const, database: 'not answering' };
      }
    },
  );
  app.get(
    '/api/openapi.json',
    { config: { policy: { access: 'public' } }, schema: { hide: true } },
    async () => app.swagger(),
  );
  // The API: the shared concerns, then the product's modules, each registering its own routes
  // (its register.ts).
  const api = '/api/v1';
  await app.register(authRoutes, { prefix: api });
  await registerWorkspaces(app, api);
  await registerLifecycle(app, api);
  await app.register(auditRoutes, { prefix: api });
  await registerMap(app, api);
  await registerDiagnose(app, api);
  await registerOperations(app, api);
  await registerStrategy(app, api);
  await registerOrganisation(app, api);
  await registerProgramme(app, api);
  await registerMonitoring(app, api);
  await registerConnect(app, api);
  await app.register(jobRoutes, { prefix: api });
  registerImportJobs(app);
  await registerHome(app, api);
  await app.register(webRoutes);
  return app;
}
