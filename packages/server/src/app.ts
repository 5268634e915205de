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
import { mailerFromEnvironment, type Mailer, type SmtpMailer } from './mail/mailer.js';
import { authRoutes } from './auth/routes.js';
import { workspaceRoutes } from './workspaces/routes.js';
import { lifecycleRoutes } from './lifecycle/routes.js';
import { auditRoutes } from './audit/routes.js';
import { programmeFollowRoutes } from './workspaces/follows.routes.js';
import { workspaceVerificationRoutes } from './workspaces/verification.routes.js';
import { webRoutes } from './web/routes.js';
import { registerMap } from './map/register.js';
import { registerDiagnose } from './diagnose/register.js';
import { memberRoutes } from './operations/members.routes.js';
import { applicationLinkRoutes } from './operations/applicationlinks.routes.js';
import { feeRoutes } from './operations/fees.routes.js';
import { portalRoutes } from './operations/portal.routes.js';
import { eventRoutes } from './operations/events.routes.js';
import { eventRegistrationRoutes } from './operations/event-registrations.routes.js';
import { workingGroupRoutes } from './operations/workinggroups.routes.js';
import { serviceRoutes } from './operations/services.routes.js';
import { memberPageRoutes } from './operations/memberpage.routes.js';
import { projectRoutes } from './operations/projects.routes.js';
import { processRoutes } from './operations/processes.routes.js';
import { jointActionRoutes } from './operations/jointactions.routes.js';
import { registerOperationsMetrics } from './operations/metrics.js';
import { communicationRoutes } from './operations/communication.routes.js';
import { operationsImportRoutes } from './operations/imports.routes.js';
import multipart from '@fastify/multipart';
import { strategyRoutes } from './strategy/routes.js';
import { organisationRoutes } from './organisation/routes.js';
import { programmeRoutes } from './programme/routes.js';
import { registerMonitoring } from './monitoring/register.js';
import { surveyRoutes } from './surveys/routes.js';
import { surveyTieRoutes } from './surveys/ties.js';
import { Jobs, type JobsOptions } from './jobs/service.js';
import { jobRoutes } from './jobs/routes.js';
import { homeRoutes } from './home/home.routes.js';
import { calendarRoutes } from './home/calendar.routes.js';

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
  app.get('/api/health', { config: { policy: { access: 'public' } } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(app.db);
      return { status: 'ok' };
    } catch {
      reply.status(503);
      return { status: 'unavailable', database: 'not answering' };
    }
  });
  app.get(
    '/api/openapi.json',
    { config: { policy: { access: 'public' } }, schema: { hide: true } },
    async () => app.swagger(),
  );
  await app.register(authRoutes, { prefix: '/api/v1' });
  await app.register(workspaceRoutes, { prefix: '/api/v1' });
  await app.register(programmeFollowRoutes, { prefix: '/api/v1' });
  await app.register(workspaceVerificationRoutes, { prefix: '/api/v1' });
  await app.register(lifecycleRoutes, { prefix: '/api/v1' });
  await app.register(auditRoutes, { prefix: '/api/v1' });
  await registerMap(app, '/api/v1');
  await registerDiagnose(app, '/api/v1');
  await app.register(memberRoutes, { prefix: '/api/v1' });
  await app.register(applicationLinkRoutes, { prefix: '/api/v1' });
  await app.register(feeRoutes, { prefix: '/api/v1' });
  await app.register(portalRoutes, { prefix: '/api/v1' });
  await app.register(eventRoutes, { prefix: '/api/v1' });
  await app.register(eventRegistrationRoutes, { prefix: '/api/v1' });
  await app.register(workingGroupRoutes, { prefix: '/api/v1' });
  await app.register(serviceRoutes, { prefix: '/api/v1' });
  await app.register(memberPageRoutes, { prefix: '/api/v1' });
  await app.register(projectRoutes, { prefix: '/api/v1' });
  await app.register(processRoutes, { prefix: '/api/v1' });
  await app.register(jointActionRoutes, { prefix: '/api/v1' });
  await app.register(communicationRoutes, { prefix: '/api/v1' });
  await app.register(operationsImportRoutes, { prefix: '/api/v1' });
  registerOperationsMetrics();
  await app.register(strategyRoutes, { prefix: '/api/v1' });
  await app.register(organisationRoutes, { prefix: '/api/v1' });
  await app.register(programmeRoutes, { prefix: '/api/v1' });
  await app.register(surveyRoutes, { prefix: '/api/v1' });
  await app.register(surveyTieRoutes, { prefix: '/api/v1' });
  await registerMonitoring(app, '/api/v1');
  await app.register(jobRoutes, { prefix: '/api/v1' });
  await app.register(homeRoutes, { prefix: '/api/v1' });
  await app.register(calendarRoutes, { prefix: '/api/v1' });
  await app.register(webRoutes);
  return app;
}
