import { INDICATOR_UNITS } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { Params, Text, Uuid, lit, panel, programme, read, run, tags, today, READERS } from './shared.js';
import {
  deletePlan,
  listPlans,
  listRounds,
  planDetail,
  roundDetail,
  savePlan,
  scorePlan,
  submitPlan,
  type PlanInput,
} from './plans.service.js';
import { decideRound, type PlanDecision } from './funding.service.js';
import { panelsRoutes } from './panels.routes.js';
import { PLAN_STATUSES } from '../db/schema-plans.js';
import {
  PlanApplicants,
  PlanDetail,
  PlanList,
  RoundDecided,
  RoundDetail,
  RoundList,
} from './funding.schemas.js';

/**
 * Cluster development plans pitched to investment panels in rounds (issue 15, item 4; IDB /
 * Compete Caribbean 003:310–314): plans drafted for an organisation of the register, submitted to
 * a round, scored independently by the members of the round's panel, decided with a reason each,
 * several funded; a funded plan becomes a followed cluster initiative (funding.service.ts).
 */

/** Rounds are read by the programme's readers and by panel members (only the rounds of their panels: the service). */
const roundRead = {
  access: 'workspace' as const,
  roles: [...READERS, 'panel_member'] as WorkspaceRole[],
  kinds: programme,
};

const Currency = Type.String({ pattern: '^[A-Z]{3}$' });
const Amount = Type.Number({ minimum: 0, maximum: 1e12 });
const PlanBody = Type.Object(
  {
    applicantId: Uuid,
    title: Type.String({ minLength: 1, maxLength: 300 }),
    sector: Type.Optional(Text(200)),
    country: Type.Optional(Type.String({ pattern: '^([A-Z]{2})?$' })),
    summary: Type.Optional(Text(8000)),
    budget: Amount,
    currency: Currency,
    indicators: Type.Optional(
      Type.Array(
        Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200 }),
            unit: lit(INDICATOR_UNITS.filter((u) => u !== 'currency')),
            baseline: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
            target: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
          },
          { additionalProperties: false },
        ),
        { maxItems: 30 },
      ),
    ),
  },
  { additionalProperties: false },
);
const PlanParams = Type.Object({ workspaceId: Type.String(), planId: Uuid });
const RoundParams = Type.Object({ workspaceId: Type.String(), roundId: Uuid });
const ScoreParams = Type.Object({ workspaceId: Type.String(), roundId: Uuid, planId: Uuid });

export function plansRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/programme';
  panelsRoutes(app);

  app.get(
    `${base}/plans`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The cluster development plans of the programme, newest first, with applicant, round and status',
        params: Params,
        querystring: Type.Object(
          {
            status: Type.Optional(lit(PLAN_STATUSES)),
            roundId: Type.Optional(Uuid),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: PlanList },
      },
    },
    async (request) => {
      const q = request.query as { status?: string; roundId?: string; limit?: number; offset?: number };
      return listPlans(app.db, requireWorkspace(request).id, {
        ...q,
        limit: q.limit ?? 50,
        offset: q.offset ?? 0,
      });
    },
  );

  app.get(
    `${base}/plan-applicants`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'The organisations of the register a plan can be drafted for (id, name, country)',
        params: Params,
        response: { 200: PlanApplicants },
      },
    },
    async (request) => ({
      applicants: await app.db
        .selectFrom('programme_applicants')
        .select(['id', 'name', 'country'])
        .where('programme_id', '=', requireWorkspace(request).id)
        .orderBy('name')
        .execute(),
    }),
  );

  app.post(
    `${base}/plans`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary:
          'Draft a cluster development plan for an organisation of the register: title, sector, country, summary, budget and currency, indicators with baselines and targets',
        params: Params,
        body: PlanBody,
        response: { 201: PlanDetail },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const id = await app.db
        .transaction()
        .execute((trx) => savePlan(trx, ws.id, userId, request.body as PlanInput));
      reply.status(201);
      return planDetail(app.db, ws.id, id);
    },
  );

  app.get(
    `${base}/plans/:planId`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary: 'A plan with its indicators and decision',
        params: PlanParams,
        response: { 200: PlanDetail },
      },
    },
    async (request) => planDetail(app.db, requireWorkspace(request).id, request.params.planId),
  );

  app.put(
    `${base}/plans/:planId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Edit a draft plan (its indicators are replaced)',
        params: PlanParams,
        body: PlanBody,
        response: { 200: PlanDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db
        .transaction()
        .execute((trx) => savePlan(trx, ws.id, userId, request.body as PlanInput, request.params.planId));
      return planDetail(app.db, ws.id, request.params.planId);
    },
  );

  app.delete(
    `${base}/plans/:planId`,
    {
      config: { policy: run },
      schema: { tags, summary: 'Delete a draft plan', params: PlanParams },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute((trx) => deletePlan(trx, ws.id, userId, request.params.planId));
      reply.status(204);
    },
  );

  app.post(
    `${base}/plans/:planId/submit`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Submit a draft plan to an open round; it can no longer be edited',
        params: PlanParams,
        body: Type.Object({ roundId: Uuid }, { additionalProperties: false }),
        response: { 200: PlanDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db
        .transaction()
        .execute((trx) => submitPlan(trx, ws.id, userId, request.params.planId, request.body.roundId));
      return planDetail(app.db, ws.id, request.params.planId);
    },
  );

  app.get(
    `${base}/rounds`,
    {
      config: { policy: roundRead },
      schema: {
        tags,
        summary:
          'The rounds of the programme with their pitch date, panel, status and counts; a panel member sees only the rounds of the panels they sit on',
        params: Params,
        response: { 200: RoundList },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      return { rounds: await listRounds(app.db, ws.id, requireAuth(request).user.id, ws.role) };
    },
  );

  app.get(
    `${base}/rounds/:roundId`,
    {
      config: { policy: roundRead },
      schema: {
        tags,
        summary:
          'A round with its plans and scores: a panel member sees only their own scores until the round is decided (404 for a round of another panel); runners see all',
        params: RoundParams,
        response: { 200: RoundDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      return roundDetail(app.db, ws.id, request.params.roundId, requireAuth(request).user.id, ws.role);
    },
  );

  app.put(
    `${base}/rounds/:roundId/plans/:planId/score`,
    {
      config: { policy: panel },
      schema: {
        tags,
        summary:
          'A panel member scores a plan of a round of their panel, on the round’s scale (platform default 1–5), while the round is open',
        params: ScoreParams,
        body: Type.Object(
          { score: Type.Integer({ minimum: -1000, maximum: 1000 }), comment: Type.Optional(Text(4000)) },
          { additionalProperties: false },
        ),
        response: { 200: RoundDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db
        .transaction()
        .execute((trx) =>
          scorePlan(
            trx,
            ws.id,
            { userId, role: ws.role },
            request.params.roundId,
            request.params.planId,
            request.body as { score: number; comment?: string },
          ),
        );
      return roundDetail(app.db, ws.id, request.params.roundId, userId, ws.role);
    },
  );

  app.post(
    `${base}/rounds/:roundId/decisions`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary:
          'Decide the round: each submitted plan funded or declined with a reason, in one transaction; each funded plan becomes a followed cluster initiative with its indicators',
        params: RoundParams,
        body: Type.Object(
          {
            decisions: Type.Array(
              Type.Object(
                {
                  planId: Uuid,
                  decision: lit(['funded', 'declined'] as const),
                  reason: Type.String({ minLength: 1, maxLength: 4000 }),
                },
                { additionalProperties: false },
              ),
              { minItems: 1, maxItems: 200 },
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: RoundDecided },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const result = await app.db
        .transaction()
        .execute((trx) =>
          decideRound(
            trx,
            ws.id,
            { userId, role: ws.role },
            request.params.roundId,
            (request.body as { decisions: PlanDecision[] }).decisions,
            today(),
          ),
        );
      return { ...result, ...(await roundDetail(app.db, ws.id, request.params.roundId, userId, ws.role)) };
    },
  );
}
