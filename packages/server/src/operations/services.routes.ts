import {
  LEVELS,
  SERVICE_LAUNCH_CHECKLIST,
  SERVICE_STATUSES,
  applicableLaunchChecks,
  checksBeforeStatus,
  missingLaunchChecks,
  type LaunchCheck,
} from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { AppError, conflict } from '../http/errors.js';
import { MONEY_12_2 } from '../http/input.js';
import { sendTable } from '../http/export.js';
import { recordAudit } from '../audit/service.js';
import { getActor } from '../diagnose/actors/service.js';
import {
  DateString,
  ExportFormatQuery,
  TEAM,
  TEAM_AND_MEMBERS,
  initiative,
  linkedActorId,
  tags,
} from './shared.js';
import {
  checkService,
  getServiceRules,
  serviceWarnings,
  warningsOf,
  getService,
  checkField,
  toRow,
  publicService,
} from './services.service.js';
import { servicePortfolioRoutes } from './serviceportfolio.routes.js';
import { serviceMatrixRoutes } from './servicematrix.routes.js';
import { msg, oneOf } from '../i18n/index.js';
import { Ok, iso } from '../http/schemas.js';
import {
  LaunchChecksSaved,
  ServiceCatalogue,
  ServiceSaved,
  ServiceUse,
  StatusSaved,
} from './services.schemas.js';

const Params = Type.Object({ workspaceId: Type.String() });
const ServiceParams = Type.Object({ workspaceId: Type.String(), serviceId: Type.String({ format: 'uuid' }) });
const Level = Type.Union(LEVELS.map((l) => Type.Literal(l)));
const ServiceFields = {
  fieldId: Type.String({ format: 'uuid' }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 4000 })),
  frequency: Type.Union([Type.Literal('rarely'), Type.Literal('occasionally'), Type.Literal('frequently')]),
  beneficiaries: Type.Union([Type.Literal('few'), Type.Literal('many')]),
  effortMin: Level,
  effortMax: Level,
  relevance: Level,
  feeModel: Type.Union([Type.Literal('included'), Type.Literal('paid')]),
  memberPrice: Type.Optional(Type.Union([Type.Number({ maximum: MONEY_12_2 }), Type.Null()])),
  nonMemberPrice: Type.Optional(Type.Union([Type.Number({ maximum: MONEY_12_2 }), Type.Null()])),
  currency: Type.Optional(Type.Union([Type.String({ pattern: '^[A-Z]{3}$' }), Type.Null()])),
  trustLevel: Level,
  /** Whether the service engages trainers: only then does the trainers point of 004:532 apply. */
  engagesTrainers: Type.Optional(Type.Boolean()),
};
/** A service in the API, also the rule of every imported service row (hardening issue, item 12). */
export const SERVICE_BODY = Type.Object(ServiceFields, { additionalProperties: false });
const Status = Type.Union(SERVICE_STATUSES.map((s) => Type.Literal(s)));

/** Services on the objectives × fields-of-action matrix (servicematrix.routes.ts), and the two portfolios (issue 6). */
export async function serviceRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/services',
    {
      config: { policy: { access: 'workspace', roles: TEAM_AND_MEMBERS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'The service catalogue (members see services in pilot or live and their own answers); ?format=csv|xlsx exports it',
        params: Params,
        querystring: Type.Object({
          status: Type.Optional(Status),
          format: ExportFormatQuery,
        }),
        response: { 200: ServiceCatalogue },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const isTeam = TEAM.includes(ws.role);
      let q = app.db
        .selectFrom('services as s')
        .innerJoin('service_fields as f', 'f.id', 's.field_id')
        .innerJoin('service_objectives as o', 'o.id', 'f.objective_id')
        .leftJoin('service_answers as my', (j) =>
          j.onRef('my.service_id', '=', 's.id').on('my.user_id', '=', user.id),
        )
        .selectAll('s')
        .select([
          'f.name as field_of_action',
          'o.name as objective',
          'my.expectation as my_expectation',
          'my.satisfaction as my_satisfaction',
        ])
        .where('s.workspace_id', '=', ws.id);
      if (!isTeam) q = q.where('s.status', 'in', ['pilot', 'live']);
      else if (request.query.status) q = q.where('s.status', '=', request.query.status);
      const rules = await getServiceRules(app.db, ws.id);
      const rows = (await q.orderBy('o.position').orderBy('f.position').orderBy('s.name').execute()).map(
        (s) => ({
          ...publicService(s),
          field_of_action: s.field_of_action,
          objective: s.objective,
          my_expectation: s.my_expectation,
          my_satisfaction: s.my_satisfaction,
          // one answer row: both or neither
          my_answer:
            s.my_expectation === null
              ? null
              : { expectation: s.my_expectation, satisfaction: s.my_satisfaction! },
          missing_checks: isTeam
            ? missingLaunchChecks(s.launch_checks as Partial<Record<LaunchCheck, boolean>>, {
                engagesTrainers: s.engages_trainers,
              })
            : undefined,
          applicable_checks: isTeam
            ? applicableLaunchChecks({ engagesTrainers: s.engages_trainers })
            : undefined,
          launch_checks: isTeam ? s.launch_checks : undefined,
          engages_trainers: isTeam ? s.engages_trainers : undefined,
          warnings: isTeam ? warningsOf(s, rules) : undefined,
        }),
      );
      if (request.query.format)
        return sendTable(
          reply,
          request.query.format,
          'services',
          [
            'name',
            'objective',
            'field_of_action',
            'frequency',
            'beneficiaries',
            'effort_min',
            'effort_max',
            'relevance',
            'fee_model',
            'member_price',
            'non_member_price',
            'currency',
            'trust_level',
            'status',
          ],
          rows.map((s) => [
            s.name,
            s.objective,
            s.field_of_action,
            s.frequency,
            s.beneficiaries,
            s.effort_min,
            s.effort_max,
            s.relevance,
            s.fee_model,
            s.member_price,
            s.non_member_price,
            s.currency,
            s.trust_level,
            s.status,
          ]),
        );
      return { services: rows, checklist: [...SERVICE_LAUNCH_CHECKLIST], rules: isTeam ? rules : undefined };
    },
  );

  app.post(
    '/workspaces/:workspaceId/services',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Add a service (as a draft) with its pre-assessment (001:2636–2644)',
        params: Params,
        body: SERVICE_BODY,
        response: { 201: ServiceSaved },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      checkService(request.body);
      const s = await app.db.transaction().execute(async (trx) => {
        await checkField(trx, ws.id, request.body.fieldId);
        const taken = await trx
          .selectFrom('services')
          .select('id')
          .where('workspace_id', '=', ws.id)
          .where('name', '=', request.body.name.trim())
          .executeTakeFirst();
        if (taken)
          throw conflict(msg`A service named "${request.body.name.trim()}" exists`, [
            { field: 'body.name', message: 'is taken' },
          ]);
        const row = await trx
          .insertInto('services')
          .values({ workspace_id: ws.id, ...toRow(request.body) })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'service.create',
          entity: 'service',
          entityId: row.id,
          newValue: row,
        });
        return row;
      });
      reply.status(201);
      return {
        ...publicService(s),
        warnings: serviceWarnings(request.body, await getServiceRules(app.db, ws.id)),
      };
    },
  );

  app.put(
    '/workspaces/:workspaceId/services/:serviceId',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Change a service’s pre-assessment',
        params: ServiceParams,
        body: SERVICE_BODY,
        response: { 200: ServiceSaved },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      checkService(request.body);
      return app.db.transaction().execute(async (trx) => {
        const before = await getService(trx, ws.id, request.params.serviceId);
        await checkField(trx, ws.id, request.body.fieldId);
        const after = await trx
          .updateTable('services')
          .set(toRow(request.body))
          .where('id', '=', before.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'service.update',
          entity: 'service',
          entityId: before.id,
          oldValue: before,
          newValue: after,
        });
        return {
          ...publicService(after),
          warnings: serviceWarnings(request.body, await getServiceRules(trx, ws.id)),
        };
      });
    },
  );

  app.put(
    '/workspaces/:workspaceId/services/:serviceId/launch-checks',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Tick the launch checklist (004:532)',
        params: ServiceParams,
        body: Type.Object(
          Object.fromEntries(SERVICE_LAUNCH_CHECKLIST.map((c) => [c.key, Type.Optional(Type.Boolean())])),
          { additionalProperties: false },
        ),
        response: { 200: LaunchChecksSaved },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      return app.db.transaction().execute(async (trx) => {
        const s = await getService(trx, ws.id, request.params.serviceId);
        const checks = {
          ...(s.launch_checks as Record<string, boolean>),
          ...(request.body as Record<string, boolean>),
        };
        await trx
          .updateTable('services')
          .set({ launch_checks: JSON.stringify(checks) })
          .where('id', '=', s.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'service.launch_checks',
          entity: 'service',
          entityId: s.id,
          oldValue: s.launch_checks,
          newValue: checks,
        });
        return {
          launch_checks: checks,
          missing: missingLaunchChecks(checks, { engagesTrainers: s.engages_trainers }),
        };
      });
    },
  );

  app.put(
    '/workspaces/:workspaceId/services/:serviceId/status',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: initiative } },
      schema: {
        tags,
        summary:
          'Pilot, launch (live), retire or return a service to draft: a pilot needs the need and demand checked, launching the whole checklist that applies (004:532)',
        params: ServiceParams,
        body: Type.Object({ status: Status }, { additionalProperties: false }),
        response: { 200: StatusSaved },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      return app.db.transaction().execute(async (trx) => {
        const s = await getService(trx, ws.id, request.params.serviceId);
        const missing = checksBeforeStatus(
          request.body.status,
          s.launch_checks as Partial<Record<LaunchCheck, boolean>>,
          { engagesTrainers: s.engages_trainers },
        );
        if (missing.length)
          throw new AppError(
            409,
            'launch_checklist_open',
            request.body.status === 'pilot'
              ? 'Check the need and demand before a pilot: "Before initiating any new service, cluster managers should check if there is a strong need and demand"'
              : msg`Answer the launch checklist first; open: ${oneOf(missing, 'and')}`,
            missing.map((k) => ({ field: `launch_checks.${k}`, message: 'is not ticked' })),
          );
        await trx
          .updateTable('services')
          .set({ status: request.body.status })
          .where('id', '=', s.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'service.status',
          entity: 'service',
          entityId: s.id,
          oldValue: { status: s.status },
          newValue: { status: request.body.status },
        });
        return { ok: true as const, status: request.body.status };
      });
    },
  );

  app.put(
    '/workspaces/:workspaceId/services/:serviceId/my-answer',
    {
      config: { policy: { access: 'workspace', roles: ['member'], kinds: initiative } },
      schema: {
        tags,
        summary:
          'A member says how important a service in pilot or live is to them and how satisfied they are (1 low, 2 medium, 3 high: the platform’s scale; expectation and satisfaction as in 001:3860)',
        params: ServiceParams,
        body: Type.Object(
          {
            expectation: Type.Integer({ minimum: 1, maximum: 3 }),
            satisfaction: Type.Integer({ minimum: 1, maximum: 3 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      return app.db.transaction().execute(async (trx) => {
        const s = await getService(trx, ws.id, request.params.serviceId);
        if (s.status !== 'live' && s.status !== 'pilot')
          throw conflict('Only services in pilot or live can be rated');
        const actorId = await linkedActorId(trx, ws.id, user.id);
        await trx
          .insertInto('service_answers')
          .values({ service_id: s.id, user_id: user.id, actor_id: actorId, ...request.body })
          .onConflict((oc) =>
            oc.columns(['service_id', 'user_id']).doUpdateSet({ ...request.body, updated_at: new Date() }),
          )
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'service.answer',
          entity: 'service',
          entityId: s.id,
          newValue: request.body,
        });
        return { ok: true as const };
      });
    },
  );

  app.post(
    '/workspaces/:workspaceId/services/:serviceId/uses',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Record that an actor used a service (shown on the member’s page)',
        params: ServiceParams,
        body: Type.Object(
          {
            actorId: Type.String({ format: 'uuid' }),
            usedOn: DateString,
            note: Type.Optional(Type.String({ maxLength: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: ServiceUse },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      return app.db.transaction().execute(async (trx) => {
        const s = await getService(trx, ws.id, request.params.serviceId);
        const a = await getActor(trx, ws.id, request.body.actorId);
        const row = await trx
          .insertInto('service_uses')
          .values({
            service_id: s.id,
            actor_id: a.id,
            used_on: request.body.usedOn,
            note: request.body.note ?? '',
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'service.use',
          entity: 'service',
          entityId: s.id,
          newValue: { actor: a.name, usedOn: request.body.usedOn },
        });
        reply.status(201);
        return { ...row, created_at: iso(row.created_at) };
      });
    },
  );
  // The portfolios and the service rules, in a file of their own.
  await servicePortfolioRoutes(app);
  await serviceMatrixRoutes(app);
}
