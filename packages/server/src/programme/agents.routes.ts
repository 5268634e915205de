import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, forbidden, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { Ok, iso } from '../http/schemas.js';
import { AgentReports, AgentsOverview, Created } from './programme.schemas.js';
import { Params, Uuid, portfolioRead, programme, read, run, tags } from './shared.js';
import { readableFollow } from './portfolio.service.js';

/**
 * Cluster development agents and the project coordinator (UNIDO 002:230–234, 269–283): the
 * programme's runners assign agents (programme logins with the role agent) to followed initiatives;
 * an agent reads only those and writes agent reports on them (period, text); the coordinator (and
 * the runners, evaluators, viewers: policy `read`) reads every agent's initiatives and reports.
 */

/** Only agents write agent reports (policy of its own: the service checks the assignment). */
const agentsOnly = { access: 'workspace' as const, roles: ['agent'] as const, kinds: programme };

const InitiativeParams = Type.Object({ workspaceId: Type.String(), initiativeId: Uuid });
const ReportParams = Type.Object({ workspaceId: Type.String(), initiativeId: Uuid, reportId: Uuid });
const ReportBody = Type.Object(
  {
    period: Type.String({ minLength: 1, maxLength: 50 }),
    text: Type.String({ minLength: 1, maxLength: 20000 }),
  },
  { additionalProperties: false },
);

export function agentRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/portfolio';

  const reportsOf = (programmeId: string, initiativeId?: string) => {
    let q = app.db
      .selectFrom('agent_reports as r')
      .leftJoin('users as u', 'u.id', 'r.agent_id')
      .innerJoin('workspaces as w', 'w.id', 'r.initiative_id')
      .select([
        'r.id',
        'r.initiative_id',
        'w.name as initiative_name',
        'r.agent_id',
        'u.name as agent_name',
        'r.period',
        'r.text',
        'r.created_at',
        'r.updated_at',
      ])
      .where('r.programme_id', '=', programmeId);
    if (initiativeId) q = q.where('r.initiative_id', '=', initiativeId);
    return q.orderBy('r.created_at', 'desc').execute();
  };
  const present = (r: Awaited<ReturnType<typeof reportsOf>>[number]) => ({
    id: r.id,
    initiative: { id: r.initiative_id, name: r.initiative_name },
    // A report's agent is a user while agent_id is set (the key empties it when they go).
    agent: r.agent_id ? { id: r.agent_id, name: r.agent_name ?? '' } : null,
    period: r.period,
    text: r.text,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  });

  app.get(
    `${base}/agents`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The programme’s cluster development agents, each with the initiatives assigned to them, and every agent report (the project coordinator’s view, UNIDO 002:269–283)',
        params: Params,
        response: { 200: AgentsOverview },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const agents = await app.db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['u.id', 'u.name', 'u.email'])
        .where('m.workspace_id', '=', ws.id)
        .where('m.role', '=', 'agent')
        .orderBy('u.name')
        .execute();
      const assignments = await app.db
        .selectFrom('portfolio_agents as a')
        .innerJoin('workspaces as w', 'w.id', 'a.initiative_id')
        .innerJoin('programme_follows as f', (j) =>
          j
            .onRef('f.initiative_id', '=', 'a.initiative_id')
            .onRef('f.programme_id', '=', 'a.programme_id')
            .on('f.status', '=', 'active'),
        )
        .select(['a.agent_id', 'w.id', 'w.name'])
        .where('a.programme_id', '=', ws.id)
        .orderBy('w.name')
        .execute();
      return {
        agents: agents.map((a) => ({
          ...a,
          initiatives: assignments
            .filter((x) => x.agent_id === a.id)
            .map((x) => ({ id: x.id, name: x.name })),
        })),
        reports: (await reportsOf(ws.id)).map(present),
      };
    },
  );

  app.put(
    `${base}/:initiativeId/agents`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary:
          'Set the cluster development agents assigned to a followed initiative (programme logins with the role agent)',
        params: InitiativeParams,
        body: Type.Object(
          { agentIds: Type.Array(Uuid, { uniqueItems: true, maxItems: 50 }) },
          { additionalProperties: false },
        ),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { initiativeId } = request.params;
      const { agentIds } = request.body;
      await readableFollow(app.db, ws, userId, initiativeId);
      const agents = agentIds.length
        ? await app.db
            .selectFrom('memberships')
            .select('user_id')
            .where('workspace_id', '=', ws.id)
            .where('role', '=', 'agent')
            .where('user_id', 'in', agentIds)
            .execute()
        : [];
      agentIds.forEach((id, i) => {
        if (!agents.some((a) => a.user_id === id))
          throw badRequest(
            'not_an_agent',
            msg`agentIds[${i}] is not a cluster development agent of this programme`,
            [
              {
                field: `body.agentIds.${i}`,
                message: 'is not a cluster development agent of this programme',
              },
            ],
          );
      });
      await app.db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('portfolio_agents')
          .select('agent_id')
          .where('programme_id', '=', ws.id)
          .where('initiative_id', '=', initiativeId)
          .forUpdate()
          .execute();
        await trx
          .deleteFrom('portfolio_agents')
          .where('programme_id', '=', ws.id)
          .where('initiative_id', '=', initiativeId)
          .execute();
        if (agentIds.length)
          await trx
            .insertInto('portfolio_agents')
            .values(
              agentIds.map((agent_id) => ({
                programme_id: ws.id,
                initiative_id: initiativeId,
                agent_id,
                assigned_by: userId,
              })),
            )
            .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'portfolio.agents',
          entity: 'portfolio_agents',
          entityId: initiativeId,
          oldValue: { agents: before.map((b) => b.agent_id).sort() },
          newValue: { agents: [...agentIds].sort() },
        });
      });
      return { ok: true as const };
    },
  );

  app.get(
    `${base}/:initiativeId/agent-reports`,
    {
      config: { policy: portfolioRead },
      schema: {
        tags,
        summary:
          'The agent reports on a followed initiative (an agent: only on initiatives assigned to them)',
        params: InitiativeParams,
        response: { 200: AgentReports },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await readableFollow(app.db, ws, userId, request.params.initiativeId);
      return {
        reports: (await reportsOf(ws.id, request.params.initiativeId)).map((r) => ({
          ...present(r),
          canEdit: r.agent_id === userId,
        })),
      };
    },
  );

  app.post(
    `${base}/:initiativeId/agent-reports`,
    {
      config: { policy: agentsOnly },
      schema: {
        tags,
        summary: 'An agent reports on an initiative assigned to them: the period and what they saw',
        params: InitiativeParams,
        body: ReportBody,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { initiativeId } = request.params;
      await readableFollow(app.db, ws, userId, initiativeId);
      const period = request.body.period.trim();
      const text = request.body.text.trim();
      if (!period || !text)
        throw badRequest('validation_failed', 'Give the period and the text of the report', [
          { field: !period ? 'body.period' : 'body.text', message: 'is empty' },
        ]);
      const row = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('agent_reports')
          .values({ programme_id: ws.id, initiative_id: initiativeId, agent_id: userId, period, text })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'portfolio.agentReport.create',
          entity: 'agent_report',
          entityId: r.id,
          newValue: { initiative: initiativeId, period },
        });
        return r;
      });
      reply.status(201);
      return { id: row.id };
    },
  );

  const ownReport = async (programmeId: string, initiativeId: string, reportId: string, userId: string) => {
    const r = await app.db
      .selectFrom('agent_reports')
      .select(['id', 'agent_id', 'period', 'text'])
      .where('id', '=', reportId)
      .where('programme_id', '=', programmeId)
      .where('initiative_id', '=', initiativeId)
      .executeTakeFirst();
    if (!r) throw notFound('Agent report');
    if (r.agent_id !== userId) throw forbidden('Only the agent who wrote a report changes it');
    return r;
  };

  app.put(
    `${base}/:initiativeId/agent-reports/:reportId`,
    {
      config: { policy: agentsOnly },
      schema: {
        tags,
        summary: 'The agent who wrote a report edits it',
        params: ReportParams,
        body: ReportBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { initiativeId, reportId } = request.params;
      await readableFollow(app.db, ws, userId, initiativeId);
      const old = await ownReport(ws.id, initiativeId, reportId, userId);
      const period = request.body.period.trim();
      const text = request.body.text.trim();
      if (!period || !text)
        throw badRequest('validation_failed', 'Give the period and the text of the report', [
          { field: !period ? 'body.period' : 'body.text', message: 'is empty' },
        ]);
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('agent_reports')
          .set({ period, text, updated_at: new Date() })
          .where('id', '=', reportId)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'portfolio.agentReport.update',
          entity: 'agent_report',
          entityId: reportId,
          oldValue: { period: old.period, text: old.text },
          newValue: { period, text },
        });
      });
      return { ok: true as const };
    },
  );

  app.delete(
    `${base}/:initiativeId/agent-reports/:reportId`,
    {
      config: { policy: agentsOnly },
      schema: {
        tags,
        summary: 'The agent who wrote a report deletes it',
        params: ReportParams,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { initiativeId, reportId } = request.params;
      await readableFollow(app.db, ws, userId, initiativeId);
      const old = await ownReport(ws.id, initiativeId, reportId, userId);
      await app.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('agent_reports').where('id', '=', reportId).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'portfolio.agentReport.delete',
          entity: 'agent_report',
          entityId: reportId,
          oldValue: { period: old.period, text: old.text },
        });
      });
      return { ok: true as const };
    },
  );
}
