import {
  BENCHMARK_SCALE,
  ECEI_CRITERIA,
  ECEI_GROUPS,
  ECEI_LABELS,
  ECEI_LABEL_BODY,
  groupScores,
  peerQuartiles,
  positionAmongPeers,
  strengthsAndWeaknesses,
  type Quartiles,
  type Scores,
} from '@agglomera/methods';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import type { Database } from '../db/database.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { badRequest, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';

/**
 * Benchmarking (GIZ, 001_2b00e659d173dc60.txt:3645–3746): a self-assessment on the ECEI criteria,
 * an anonymised comparison with the other cluster initiatives that opted in (quartiles of the peer
 * group, never names), strengths and weaknesses, and recommendations tracked as tasks.
 */
const tags = ['benchmarking'];
const kinds = ['cluster_initiative'] as const;
const EDITORS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];
const Params = Type.Object({ workspaceId: Type.String() });
const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const STATUSES = ['open', 'in_progress', 'done'] as const;

async function assessments(db: Database, workspaceId: string) {
  return db
    .selectFrom('benchmark_assessments')
    .select([
      'id',
      sql<string>`assessed_on::text`.as('assessedOn'),
      'assessor',
      'scores',
      'notes',
      'share_with_peers as shareWithPeers',
      'created_at as createdAt',
    ])
    .where('workspace_id', '=', workspaceId)
    .orderBy('assessed_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

/**
 * Group means of the latest shared assessment of every other cluster initiative that opted in and
 * is a trusted peer: verified by a platform admin, or actively followed by a verified programme
 * (hardening issue, item 8: fake workspaces must not make up a peer group around a victim).
 */
async function peerGroupMeans(db: Database, workspaceId: string) {
  const rows = await sql<{ workspace_id: string; scores: unknown }>`
    SELECT DISTINCT ON (a.workspace_id) a.workspace_id, a.scores
    FROM benchmark_assessments a JOIN workspaces w ON w.id = a.workspace_id
    WHERE a.share_with_peers AND a.workspace_id <> ${workspaceId} AND w.kind = 'cluster_initiative'
      AND (w.verified_at IS NOT NULL OR EXISTS (
        SELECT 1 FROM programme_follows f JOIN workspaces p ON p.id = f.programme_id
        WHERE f.initiative_id = w.id AND f.status = 'active' AND p.verified_at IS NOT NULL))
    ORDER BY a.workspace_id, a.assessed_on DESC, a.created_at DESC`.execute(db);
  return rows.rows.map((r) => groupScores(r.scores as Scores));
}

async function recommendations(db: Database, workspaceId: string) {
  return db
    .selectFrom('benchmark_recommendations as r')
    .leftJoin('users as u', 'u.id', 'r.responsible_user_id')
    .select([
      'r.id',
      'r.assessment_id as assessmentId',
      'r.group_key as groupKey',
      'r.text',
      'r.responsible_user_id as responsibleUserId',
      'u.name as responsible',
      sql<string | null>`r.due_on::text`.as('dueOn'),
      'r.status',
      'r.created_at as createdAt',
    ])
    .where('r.workspace_id', '=', workspaceId)
    .orderBy(sql`CASE r.status WHEN 'done' THEN 1 ELSE 0 END`)
    .orderBy('r.due_on')
    .orderBy('r.created_at')
    .execute();
}

async function checkResponsible(db: Database, workspaceId: string, userId: string | null | undefined) {
  if (!userId) return;
  const m = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!m)
    throw badRequest('validation_failed', 'The responsible person must belong to this workspace', [
      { field: 'body.responsibleUserId', message: 'is not in this workspace' },
    ]);
}

export async function benchmarkingRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/benchmarking',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary:
          'The ECEI criteria, the assessments, the latest one against the anonymised peer group (quartiles), strengths, weaknesses and recommendations',
        params: Params,
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const list = await assessments(app.db, ws.id);
      const latest = list[0] ?? null;
      // Never fewer than 3, whatever the setting: quartiles of one or two peers are their scores.
      const minPeers = Math.max(3, app.settings.benchmarkMinPeers);
      let comparison = null;
      if (latest) {
        const own = groupScores(latest.scores as Scores);
        // Peers are shown only to an initiative that shares its own latest assessment (give to get).
        const peerMeans = latest.shareWithPeers ? await peerGroupMeans(app.db, ws.id) : [];
        const peers: Record<string, Quartiles | null> = {};
        for (const g of ECEI_GROUPS)
          peers[g.key] = latest.shareWithPeers
            ? peerQuartiles(
                peerMeans.map((p) => p[g.key]).filter((v): v is number => v !== null && v !== undefined),
                minPeers,
              )
            : null;
        comparison = {
          assessmentId: latest.id,
          sharing: latest.shareWithPeers,
          peerCount: peerMeans.length,
          groups: ECEI_GROUPS.map((g) => ({
            key: g.key,
            own: own[g.key] ?? null,
            peers: peers[g.key] ?? null,
            position: positionAmongPeers(own[g.key] ?? null, peers[g.key] ?? null),
          })),
          ...strengthsAndWeaknesses(own, peers),
        };
      }
      const people = await app.db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['u.id', 'u.name'])
        .where('m.workspace_id', '=', ws.id)
        .where('m.role', 'in', ['owner', 'manager', 'staff'])
        .orderBy('u.name')
        .execute();
      return {
        groups: ECEI_GROUPS,
        scale: BENCHMARK_SCALE,
        labels: ECEI_LABELS,
        labelBody: ECEI_LABEL_BODY,
        minPeers,
        assessments: list,
        comparison,
        recommendations: await recommendations(app.db, ws.id),
        people,
        canEdit: EDITORS.includes(ws.role),
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/benchmarking/assessments',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          'Record a self-assessment: a score of 1–5 per ECEI criterion, who assessed, whether peers may use it',
        params: Params,
        body: Type.Object(
          {
            assessedOn: DateString,
            assessor: Type.Optional(Type.String({ maxLength: 200 })),
            scores: Type.Record(Type.String(), Type.Integer()),
            notes: Type.Optional(Type.Record(Type.String(), Type.String({ maxLength: 2000 }))),
            shareWithPeers: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      if (Number.isNaN(Date.parse(`${b.assessedOn}T00:00:00Z`)))
        throw badRequest('validation_failed', msg`${b.assessedOn} is not a date`, [
          { field: 'body.assessedOn', message: 'is not a date' },
        ]);
      for (const [key, v] of Object.entries(b.scores)) {
        if (!ECEI_CRITERIA.has(key))
          throw badRequest('validation_failed', msg`${key} is not an ECEI criterion`, [
            { field: `body.scores.${key}`, message: 'is not an ECEI criterion' },
          ]);
        if (v < BENCHMARK_SCALE.min || v > BENCHMARK_SCALE.max)
          throw badRequest(
            'validation_failed',
            msg`A score is ${BENCHMARK_SCALE.min}–${BENCHMARK_SCALE.max}, got ${v}`,
            [
              {
                field: `body.scores.${key}`,
                message: msg`is outside ${BENCHMARK_SCALE.min}–${BENCHMARK_SCALE.max}`,
              },
            ],
          );
      }
      for (const key of Object.keys(b.notes ?? {}))
        if (!ECEI_CRITERIA.has(key))
          throw badRequest('validation_failed', msg`${key} is not an ECEI criterion`, [
            { field: `body.notes.${key}`, message: 'is not an ECEI criterion' },
          ]);
      if (Object.keys(b.scores).length === 0)
        throw badRequest('validation_failed', 'Score at least one criterion', [
          { field: 'body.scores', message: 'is empty' },
        ]);
      const id = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('benchmark_assessments')
          .values({
            workspace_id: ws.id,
            assessed_on: b.assessedOn,
            assessor: b.assessor?.trim() ?? '',
            scores: JSON.stringify(b.scores),
            notes: JSON.stringify(b.notes ?? {}),
            share_with_peers: b.shareWithPeers ?? false,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'benchmark.assess',
          entity: 'benchmark_assessment',
          entityId: r.id,
          newValue: {
            assessedOn: b.assessedOn,
            criteria: Object.keys(b.scores).length,
            share: b.shareWithPeers ?? false,
          },
        });
        return r.id;
      });
      reply.status(201);
      return { id };
    },
  );

  app.put(
    '/workspaces/:workspaceId/benchmarking/assessments/:assessmentId/sharing',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds } },
      schema: {
        tags,
        summary: 'Opt in or out of the anonymised peer comparison for an assessment',
        params: Type.Object({ workspaceId: Type.String(), assessmentId: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ shareWithPeers: Type.Boolean() }, { additionalProperties: false }),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .updateTable('benchmark_assessments')
          .set({ share_with_peers: request.body.shareWithPeers })
          .where('id', '=', request.params.assessmentId)
          .where('workspace_id', '=', ws.id)
          .returning('id')
          .executeTakeFirst();
        if (!r) throw notFound('Assessment');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'benchmark.sharing',
          entity: 'benchmark_assessment',
          entityId: r.id,
          newValue: { shareWithPeers: request.body.shareWithPeers },
        });
      });
      return { id: request.params.assessmentId, shareWithPeers: request.body.shareWithPeers };
    },
  );

  app.post(
    '/workspaces/:workspaceId/benchmarking/recommendations',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          'A recommendation from an assessment, tracked as a task (responsible person, due date, status)',
        params: Params,
        body: Type.Object(
          {
            assessmentId: Type.String({ format: 'uuid' }),
            groupKey: Type.Optional(Type.Union([Type.String(), Type.Null()])),
            text: Type.String({ minLength: 1, maxLength: 2000 }),
            responsibleUserId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
            dueOn: Type.Optional(Type.Union([DateString, Type.Null()])),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      if (!b.text.trim())
        throw badRequest('validation_failed', 'A recommendation needs a text', [
          { field: 'body.text', message: 'is empty' },
        ]);
      if (b.groupKey && !ECEI_GROUPS.some((g) => g.key === b.groupKey))
        throw badRequest('validation_failed', msg`${b.groupKey} is not an ECEI group`, [
          { field: 'body.groupKey', message: 'is not an ECEI group' },
        ]);
      const a = await app.db
        .selectFrom('benchmark_assessments')
        .select('id')
        .where('id', '=', b.assessmentId)
        .where('workspace_id', '=', ws.id)
        .executeTakeFirst();
      if (!a)
        throw badRequest('validation_failed', 'No such assessment in this workspace', [
          { field: 'body.assessmentId', message: 'is not an assessment of this workspace' },
        ]);
      await checkResponsible(app.db, ws.id, b.responsibleUserId);
      const id = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('benchmark_recommendations')
          .values({
            workspace_id: ws.id,
            assessment_id: a.id,
            group_key: b.groupKey ?? null,
            text: b.text.trim(),
            responsible_user_id: b.responsibleUserId ?? null,
            due_on: b.dueOn ?? null,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'benchmark.recommend',
          entity: 'benchmark_recommendation',
          entityId: r.id,
          newValue: { text: b.text, groupKey: b.groupKey ?? null, dueOn: b.dueOn ?? null },
        });
        return r.id;
      });
      reply.status(201);
      return { id, status: 'open' };
    },
  );

  app.put(
    '/workspaces/:workspaceId/benchmarking/recommendations/:recommendationId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Follow a recommendation up: status (open, in progress, done), responsible person, due date',
        params: Type.Object({
          workspaceId: Type.String(),
          recommendationId: Type.String({ format: 'uuid' }),
        }),
        body: Type.Object(
          {
            status: Type.Optional(Type.Union(STATUSES.map((s) => Type.Literal(s)))),
            responsibleUserId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
            dueOn: Type.Optional(Type.Union([DateString, Type.Null()])),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      await checkResponsible(app.db, ws.id, b.responsibleUserId);
      return app.db.transaction().execute(async (trx) => {
        const old = await trx
          .selectFrom('benchmark_recommendations')
          .select(['id', 'status', 'responsible_user_id', sql<string | null>`due_on::text`.as('due_on')])
          .where('id', '=', request.params.recommendationId)
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst();
        if (!old) throw notFound('Recommendation');
        await trx
          .updateTable('benchmark_recommendations')
          .set({
            ...(b.status !== undefined ? { status: b.status } : {}),
            ...(b.responsibleUserId !== undefined ? { responsible_user_id: b.responsibleUserId } : {}),
            ...(b.dueOn !== undefined ? { due_on: b.dueOn } : {}),
          })
          .where('id', '=', old.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'benchmark.recommendation.update',
          entity: 'benchmark_recommendation',
          entityId: old.id,
          oldValue: { status: old.status, responsibleUserId: old.responsible_user_id, dueOn: old.due_on },
          newValue: b,
        });
        return { id: old.id, status: b.status ?? old.status };
      });
    },
  );
}
