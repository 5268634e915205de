import {
  DEFAULT_MATCH_TOLERANCE,
  FIELDS_OF_ACTION_TEMPLATE,
  LEVELS,
  MAX_MATCH_TOLERANCE,
  SERVICE_LAUNCH_CHECKLIST,
  SERVICE_STATUSES,
  applicableLaunchChecks,
  checksBeforeStatus,
  memberPriceAboveNonMember,
  missingLaunchChecks,
  serviceWhiteSpots,
  servicePortfolio,
  type LaunchCheck,
} from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import type { Database } from '../db/database.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { AppError, badRequest, conflict, notFound } from '../http/errors.js';
import { MONEY_12_2 } from '../http/input.js';
import { sendTable } from '../http/export.js';
import { recordAudit } from '../audit/service.js';
import { getActor } from '../actors/service.js';
import {
  DateString,
  ExportFormatQuery,
  TEAM,
  TEAM_AND_MEMBERS,
  initiative,
  linkedActorId,
  tags,
} from './shared.js';

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
export type ServiceInput = {
  fieldId: string;
  name: string;
  description?: string;
  frequency: 'rarely' | 'occasionally' | 'frequently';
  beneficiaries: 'few' | 'many';
  effortMin: 'low' | 'medium' | 'high';
  effortMax: 'low' | 'medium' | 'high';
  relevance: 'low' | 'medium' | 'high';
  feeModel: 'included' | 'paid';
  memberPrice?: number | null;
  nonMemberPrice?: number | null;
  currency?: string | null;
  trustLevel: 'low' | 'medium' | 'high';
  engagesTrainers?: boolean;
};

/** Checks the rules a service must follow; names the field that breaks one. */
export function checkService(b: ServiceInput) {
  const fail = (field: string, message: string, text: string) => {
    throw badRequest('validation_failed', text, [{ field: `body.${field}`, message }]);
  };
  if (LEVELS.indexOf(b.effortMin) > LEVELS.indexOf(b.effortMax))
    fail(
      'effortMin',
      'is above body.effortMax',
      'The effort range runs from low to high: min cannot exceed max',
    );
  for (const k of ['memberPrice', 'nonMemberPrice'] as const) {
    const v = b[k];
    if (v !== undefined && v !== null && (!Number.isFinite(v) || v < 0))
      fail(k, 'must be 0 or more', 'A price cannot be negative');
  }
  if (b.feeModel === 'paid') {
    if (b.memberPrice == null)
      fail('memberPrice', 'is required for a paid service', 'A paid service needs a member price');
    if (b.nonMemberPrice == null)
      fail('nonMemberPrice', 'is required for a paid service', 'A paid service needs a non-member price');
    if (!b.currency) fail('currency', 'is required for a paid service', 'A paid service needs a currency');
  }
}

/**
 * The platform's service rules of a workspace (the guides give no rule for them): the member-price
 * warning and the tolerance of the match between the two portfolios.
 */
export async function getServiceRules(db: Database, workspaceId: string) {
  const r = await db
    .selectFrom('service_rules')
    .select(['member_price_warning', 'match_tolerance'])
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return {
    memberPriceWarning: r ? r.member_price_warning : true,
    matchTolerance: r ? Number(r.match_tolerance) : DEFAULT_MATCH_TOLERANCE,
  };
}

export const MEMBER_PRICE_WARNING =
  'Members pay more than non-members. This check is the platform’s choice; the guide gives no rule (MarketMakers asks business plans to show how members benefit more than non-members, 000:197). The service rules can turn it off.';

/** The platform's warnings about a service, when its rules ask for them. */
export function serviceWarnings(
  s: { feeModel: string; memberPrice?: number | null; nonMemberPrice?: number | null },
  rules: { memberPriceWarning: boolean },
) {
  return rules.memberPriceWarning && memberPriceAboveNonMember(s)
    ? [{ code: 'member_price_above_non_member', message: MEMBER_PRICE_WARNING }]
    : [];
}

const warningsOf = (
  s: { fee_model: string; member_price: string | number | null; non_member_price: string | number | null },
  rules: { memberPriceWarning: boolean },
) =>
  serviceWarnings(
    {
      feeModel: s.fee_model,
      memberPrice: s.member_price === null ? null : Number(s.member_price),
      nonMemberPrice: s.non_member_price === null ? null : Number(s.non_member_price),
    },
    rules,
  );

async function getService(db: Database, workspaceId: string, serviceId: string) {
  const s = await db
    .selectFrom('services')
    .selectAll()
    .where('id', '=', serviceId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!s) throw notFound('Service');
  return s;
}

async function checkField(db: Database, workspaceId: string, fieldId: string) {
  const f = await db
    .selectFrom('service_fields')
    .select('id')
    .where('id', '=', fieldId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!f)
    throw badRequest('validation_failed', 'Pick a field of action of this workspace’s matrix', [
      { field: 'body.fieldId', message: 'is not a field of action of this workspace' },
    ]);
}

export const toRow = (b: ServiceInput) => ({
  field_id: b.fieldId,
  name: b.name.trim(),
  description: b.description?.trim() ?? '',
  frequency: b.frequency,
  beneficiaries: b.beneficiaries,
  effort_min: b.effortMin,
  effort_max: b.effortMax,
  relevance: b.relevance,
  fee_model: b.feeModel,
  member_price: b.feeModel === 'paid' ? (b.memberPrice ?? null) : null,
  non_member_price: b.feeModel === 'paid' ? (b.nonMemberPrice ?? null) : null,
  currency: b.feeModel === 'paid' ? (b.currency ?? null) : null,
  trust_level: b.trustLevel,
  engages_trainers: b.engagesTrainers ?? false,
});

const publicService = (s: Awaited<ReturnType<typeof getService>>) => ({
  ...s,
  member_price: s.member_price === null ? null : Number(s.member_price),
  non_member_price: s.non_member_price === null ? null : Number(s.non_member_price),
});

/** The objectives × fields-of-action matrix, services, and the two portfolios (issue 6). */
export async function serviceRoutes(app: App) {
  const matrix = async (workspaceId: string) => {
    const [objectives, fields] = await Promise.all([
      app.db
        .selectFrom('service_objectives')
        .select(['id', 'name'])
        .where('workspace_id', '=', workspaceId)
        .orderBy('position')
        .orderBy('name')
        .execute(),
      app.db
        .selectFrom('service_fields')
        .select(['id', 'name', 'objective_id'])
        .where('workspace_id', '=', workspaceId)
        .orderBy('position')
        .orderBy('name')
        .execute(),
    ]);
    return objectives.map((o) => ({ ...o, fields: fields.filter((f) => f.objective_id === o.id) }));
  };

  app.get(
    '/workspaces/:workspaceId/service-matrix',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: { tags, summary: 'The objectives × fields-of-action matrix (001:2602–2616)', params: Params },
    },
    async (request) => ({ objectives: await matrix(requireWorkspace(request).id) }),
  );

  app.post(
    '/workspaces/:workspaceId/service-matrix',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: initiative } },
      schema: {
        tags,
        summary:
          'Add an objective with its fields of action, or load the GIZ example matrix (template: "giz") into an empty matrix',
        params: Params,
        body: Type.Union([
          Type.Object({ template: Type.Literal('giz') }, { additionalProperties: false }),
          Type.Object(
            {
              objective: Type.String({ minLength: 1, maxLength: 200 }),
              fields: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
                minItems: 1,
                maxItems: 20,
              }),
            },
            { additionalProperties: false },
          ),
        ]),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const b = request.body;
      const rows =
        'template' in b ? FIELDS_OF_ACTION_TEMPLATE : [{ objective: b.objective, fields: b.fields }];
      await app.db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('service_objectives')
          .select(['name', 'position'])
          .where('workspace_id', '=', ws.id)
          .execute();
        if ('template' in b && existing.length)
          throw conflict('The matrix is not empty: the example can only start an empty matrix');
        let position = existing.reduce((m, o) => Math.max(m, o.position + 1), 0);
        for (const r of rows) {
          const name = r.objective.trim();
          if (existing.some((o) => o.name === name))
            throw conflict(`The objective "${name}" exists`, [
              { field: 'body.objective', message: 'is taken' },
            ]);
          const fields = r.fields.map((f) => f.trim());
          const dup = fields.findIndex((f, i) => fields.indexOf(f) !== i);
          if (dup >= 0)
            throw badRequest('validation_failed', `The field of action "${fields[dup]}" is listed twice`, [
              { field: `body.fields[${dup}]`, message: 'is a duplicate' },
            ]);
          const o = await trx
            .insertInto('service_objectives')
            .values({ workspace_id: ws.id, name, position: position++ })
            .returning('id')
            .executeTakeFirstOrThrow();
          for (const [i, f] of fields.entries())
            await trx
              .insertInto('service_fields')
              .values({ workspace_id: ws.id, objective_id: o.id, name: f, position: i })
              .execute();
        }
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'service_matrix.add',
          entity: 'service_matrix',
          newValue: rows,
        });
      });
      reply.status(201);
      return { objectives: await matrix(ws.id) };
    },
  );

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
          my_answer:
            s.my_expectation === null
              ? null
              : { expectation: s.my_expectation, satisfaction: s.my_satisfaction },
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
      return { services: rows, checklist: SERVICE_LAUNCH_CHECKLIST, rules: isTeam ? rules : undefined };
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
          throw conflict(`A service named "${request.body.name.trim()}" exists`, [
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
              ? 'Check the need and demand before a pilot: "Before initiating any new service, cluster managers should check if there is a strong need and demand" (004:532)'
              : `Answer the launch checklist first (004:532); open: ${missing.join(', ')}`,
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
        return { ok: true, status: request.body.status };
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
        return { ok: true };
      });
    },
  );

  app.get(
    '/workspaces/:workspaceId/service-portfolio',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary:
          'The two portfolios: effort × relevance (management) and expectation × satisfaction (members), match or mismatch (within the workspace’s tolerance: the platform’s rule, the guide gives none, 001:3838), and white spots',
        params: Params,
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const services = await app.db
        .selectFrom('services as s')
        .innerJoin('service_fields as f', 'f.id', 's.field_id')
        .select([
          's.id',
          's.name',
          's.status',
          's.effort_min',
          's.effort_max',
          's.relevance',
          'f.name as field',
        ])
        .where('s.workspace_id', '=', ws.id)
        .where('s.status', '<>', 'retired')
        .orderBy('s.name')
        .execute();
      const answers = services.length
        ? await app.db
            .selectFrom('service_answers')
            .select(['service_id', 'expectation', 'satisfaction'])
            .where(
              'service_id',
              'in',
              services.map((s) => s.id),
            )
            .execute()
        : [];
      const rules = await getServiceRules(app.db, ws.id);
      const points = servicePortfolio(
        services.map((s) => ({
          id: s.id,
          fieldOfAction: s.field,
          effortMin: s.effort_min,
          effortMax: s.effort_max,
          relevance: s.relevance,
        })),
        answers.map((a) => ({
          serviceId: a.service_id,
          expectation: a.expectation,
          satisfaction: a.satisfaction,
        })),
        { matchTolerance: rules.matchTolerance },
      );
      const objectives = await matrix(ws.id);
      const fields = objectives.flatMap((o) => o.fields.map((f) => f.name));
      return {
        services: points.map((p) => {
          const s = services.find((x) => x.id === p.id)!;
          return { ...p, name: s.name, status: s.status, fieldOfAction: s.field };
        }),
        whiteSpots: serviceWhiteSpots(
          fields,
          services.map((s) => ({ fieldOfAction: s.field })),
        ),
        objectives,
        matchTolerance: rules.matchTolerance,
      };
    },
  );

  app.get(
    '/workspaces/:workspaceId/service-rules',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary:
          'The platform’s service rules (the guides give none): warn when members pay more than non-members, and the tolerance of a portfolio match',
        params: Params,
      },
    },
    async (request) => getServiceRules(app.db, requireWorkspace(request).id),
  );

  app.put(
    '/workspaces/:workspaceId/service-rules',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: initiative } },
      schema: {
        tags,
        summary: 'Set the platform’s service rules of this workspace',
        params: Params,
        body: Type.Object(
          {
            memberPriceWarning: Type.Optional(Type.Boolean()),
            matchTolerance: Type.Optional(Type.Number({ minimum: 0, maximum: MAX_MATCH_TOLERANCE })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      return app.db.transaction().execute(async (trx) => {
        const before = await getServiceRules(trx, ws.id);
        const after = { ...before, ...request.body };
        await trx
          .insertInto('service_rules')
          .values({
            workspace_id: ws.id,
            member_price_warning: after.memberPriceWarning,
            match_tolerance: after.matchTolerance,
          })
          .onConflict((oc) =>
            oc.column('workspace_id').doUpdateSet({
              member_price_warning: after.memberPriceWarning,
              match_tolerance: after.matchTolerance,
              updated_at: new Date(),
            }),
          )
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'service.rules',
          entity: 'service_rules',
          oldValue: before,
          newValue: after,
        });
        return after;
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
        return row;
      });
    },
  );
}
