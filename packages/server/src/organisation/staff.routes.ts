import { COMPETENCE_AREA_KEYS, COMPETENCE_LEVELS, QUALIFICATION_CRITERION_KEYS } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { DateString, Params, Text, Uuid, lit, read, tags, write } from './shared.js';
import { Staff, StaffTeam } from './organisation.schemas.js';
import {
  checkCompetences,
  checkFte,
  checkHolder,
  checkScores,
  checkTrainingLevel,
  competencesOf,
  getStaff,
  positionOf,
  scaleMaxOf,
  scoresOf,
} from './staff.service.js';

/**
 * The cluster management team (issue 14; GIZ 001:2431–2489, 001:3995–4063; MarketMakers 000:205):
 * positions with FTE, job description and holder; scores on the ten criteria of the qualification
 * guideline (001:2443–2452) on the team's scale; competence levels now and targeted (001:4039);
 * the training plan.
 */

const PositionParams = Type.Object({ workspaceId: Type.String(), positionId: Uuid });
const TrainingParams = Type.Object({ workspaceId: Type.String(), trainingId: Uuid });
const Score = Type.Union([Type.Number({ minimum: -1000, maximum: 1000 }), Type.Null()]);
const Level = Type.Union([Type.String({ maxLength: 20 }), Type.Null()]);
const PositionFields = {
  title: Text(200),
  fte: Type.Number({ minimum: -1000, maximum: 1000 }),
  jobDescription: Type.Optional(Text(8000)),
  userId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  holderName: Type.Optional(Text(200)),
  scores: Type.Optional(Type.Record(Type.String({ maxLength: 60 }), Score)),
  competences: Type.Optional(
    Type.Record(
      Type.String({ maxLength: 60 }),
      Type.Object(
        { current: Type.Optional(Level), target: Type.Optional(Level) },
        { additionalProperties: false },
      ),
    ),
  ),
};
const PositionBody = Type.Object(PositionFields, { additionalProperties: false });
const PositionPatch = Type.Partial(PositionBody, { additionalProperties: false });
const TrainingBody = Type.Object(
  {
    item: Text(500),
    area: lit(COMPETENCE_AREA_KEYS),
    targetLevel: Type.String({ maxLength: 20 }),
    dueOn: Type.Optional(Type.Union([DateString, Type.Null()])),
    done: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const TrainingPatch = Type.Partial(TrainingBody, { additionalProperties: false });

type PositionInput = {
  title?: string;
  fte?: number;
  jobDescription?: string;
  userId?: string | null;
  holderName?: string;
  scores?: Record<string, number | null>;
  competences?: Record<string, { current?: string | null; target?: string | null }>;
};

export function staffRoutes(app: App) {
  const base = '/workspaces/:workspaceId/organisation/staff';

  app.get(
    base,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The cluster management team: positions, scores on the ten criteria (GIZ 001:2443–2452) weighted by FTE, competence levels (001:4039), training, the team’s scale',
        params: Params,
        response: { 200: Staff },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      return {
        ...(await getStaff(app.db, ws.id)),
        criteria: QUALIFICATION_CRITERION_KEYS,
        areas: COMPETENCE_AREA_KEYS,
        levels: [...COMPETENCE_LEVELS],
      };
    },
  );

  app.put(
    `${base}/scale`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Set the team’s score scale (1 to the maximum; the guide gives none, the platform’s default is 5)',
        params: Params,
        body: Type.Object(
          { scaleMax: Type.Integer({ minimum: 2, maximum: 100 }) },
          { additionalProperties: false },
        ),
        response: { 200: StaffTeam },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { scaleMax } = request.body;
      await app.db.transaction().execute(async (trx) => {
        await trx.selectFrom('workspaces').select('id').where('id', '=', ws.id).forUpdate().execute();
        const old = await scaleMaxOf(trx, ws.id);
        const rows = await trx
          .selectFrom('staff_positions')
          .select('scores')
          .where('workspace_id', '=', ws.id)
          .execute();
        const above = rows.some((r) =>
          Object.values(scoresOf(r.scores)).some((s) => s !== null && s > scaleMax),
        );
        if (above)
          throw conflict(msg`Some scores lie above ${scaleMax}: lower them before narrowing the scale`);
        await trx
          .insertInto('staff_settings')
          .values({ workspace_id: ws.id, scale_max: scaleMax })
          .onConflict((oc) =>
            oc.column('workspace_id').doUpdateSet({ scale_max: scaleMax, updated_at: new Date() }),
          )
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'staff.scale.update',
          entity: 'workspace',
          entityId: ws.id,
          oldValue: { scaleMax: old },
          newValue: { scaleMax },
        });
      });
      return getStaff(app.db, ws.id);
    },
  );

  const save = async (wsId: string, userId: string, b: PositionInput, positionId?: string) =>
    app.db.transaction().execute(async (trx) => {
      const old = positionId ? await positionOf(trx, wsId, positionId, true) : null;
      if (b.fte !== undefined) checkFte(b.fte);
      if (b.title !== undefined && !b.title.trim()) throw badTitle();
      await checkHolder(trx, wsId, b.userId);
      const scaleMax = await scaleMaxOf(trx, wsId);
      const scores = b.scores
        ? { ...scoresOf(old?.scores), ...checkScores(b.scores, scaleMax) }
        : scoresOf(old?.scores);
      const competences = b.competences
        ? { ...competencesOf(old?.competences), ...checkCompetences(b.competences) }
        : competencesOf(old?.competences);
      const values = {
        ...(b.title !== undefined ? { title: b.title.trim() } : {}),
        ...(b.fte !== undefined ? { fte: b.fte } : {}),
        ...(b.jobDescription !== undefined ? { job_description: b.jobDescription.trim() } : {}),
        ...(b.userId !== undefined ? { user_id: b.userId } : {}),
        ...(b.holderName !== undefined ? { holder_name: b.holderName.trim() } : {}),
        scores: JSON.stringify(scores),
        competences: JSON.stringify(competences),
      };
      let id: string;
      if (old) {
        await trx
          .updateTable('staff_positions')
          .set({ ...values, updated_at: new Date() })
          .where('id', '=', old.id)
          .execute();
        id = old.id;
      } else {
        id = (
          await trx
            .insertInto('staff_positions')
            .values({ workspace_id: wsId, title: b.title!.trim(), fte: b.fte!, ...values })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      }
      await recordAudit(trx, {
        workspaceId: wsId,
        userId,
        action: old ? 'staff.position.update' : 'staff.position.create',
        entity: 'staff_position',
        entityId: id,
        oldValue: old
          ? {
              title: old.title,
              fte: Number(old.fte),
              scores: scoresOf(old.scores),
              competences: competencesOf(old.competences),
            }
          : undefined,
        newValue: { ...b, scores, competences },
      });
      return id;
    });

  app.post(
    `${base}/positions`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Add a position: title, FTE in (0, 1], job description, holder, and optionally scores and competence levels',
        params: Params,
        body: PositionBody,
        response: { 201: StaffTeam },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      await save(ws.id, requireAuth(request).user.id, request.body as PositionInput);
      reply.status(201);
      return getStaff(app.db, ws.id);
    },
  );

  app.patch(
    `${base}/positions/:positionId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Change a position: its fields, scores on the ten criteria (null clears one), competence levels',
        params: PositionParams,
        body: PositionPatch,
        response: { 200: StaffTeam },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await save(
        ws.id,
        requireAuth(request).user.id,
        request.body as PositionInput,
        request.params.positionId,
      );
      return getStaff(app.db, ws.id);
    },
  );

  app.delete(
    `${base}/positions/:positionId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Remove a position with its scores and training items',
        params: PositionParams,
        response: { 200: StaffTeam },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const old = await positionOf(trx, ws.id, request.params.positionId, true);
        await trx.deleteFrom('staff_positions').where('id', '=', old.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'staff.position.delete',
          entity: 'staff_position',
          entityId: old.id,
          oldValue: { title: old.title, fte: Number(old.fte) },
        });
      });
      return getStaff(app.db, ws.id);
    },
  );

  app.post(
    `${base}/positions/:positionId/training`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Add a training item: what, the area of competence, the level aimed at, due date',
        params: PositionParams,
        body: TrainingBody,
        response: { 201: StaffTeam },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as {
        item: string;
        area: string;
        targetLevel: string;
        dueOn?: string | null;
        done?: boolean;
      };
      if (!b.item.trim()) throw badItem();
      checkTrainingLevel(b.targetLevel);
      await app.db.transaction().execute(async (trx) => {
        const p = await positionOf(trx, ws.id, request.params.positionId, true);
        const row = await trx
          .insertInto('staff_training_items')
          .values({
            workspace_id: ws.id,
            position_id: p.id,
            item: b.item.trim(),
            area: b.area,
            target_level: b.targetLevel as 'basic',
            due_on: b.dueOn ?? null,
            done: b.done ?? false,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'staff.training.create',
          entity: 'staff_training_item',
          entityId: row.id,
          newValue: b,
        });
      });
      reply.status(201);
      return getStaff(app.db, ws.id);
    },
  );

  app.patch(
    `${base}/training/:trainingId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Change a training item or mark it done',
        params: TrainingParams,
        body: TrainingPatch,
        response: { 200: StaffTeam },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as {
        item?: string;
        area?: string;
        targetLevel?: string;
        dueOn?: string | null;
        done?: boolean;
      };
      if (b.item !== undefined && !b.item.trim()) throw badItem();
      if (b.targetLevel !== undefined) checkTrainingLevel(b.targetLevel);
      await app.db.transaction().execute(async (trx) => {
        const old = await trainingOf(trx, ws.id, request.params.trainingId);
        await trx
          .updateTable('staff_training_items')
          .set({
            ...(b.item !== undefined ? { item: b.item.trim() } : {}),
            ...(b.area !== undefined ? { area: b.area } : {}),
            ...(b.targetLevel !== undefined ? { target_level: b.targetLevel as 'basic' } : {}),
            ...(b.dueOn !== undefined ? { due_on: b.dueOn } : {}),
            ...(b.done !== undefined ? { done: b.done } : {}),
          })
          .where('id', '=', old.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'staff.training.update',
          entity: 'staff_training_item',
          entityId: old.id,
          oldValue: { item: old.item, done: old.done },
          newValue: b,
        });
      });
      return getStaff(app.db, ws.id);
    },
  );

  app.delete(
    `${base}/training/:trainingId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Remove a training item',
        params: TrainingParams,
        response: { 200: StaffTeam },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const old = await trainingOf(trx, ws.id, request.params.trainingId);
        await trx.deleteFrom('staff_training_items').where('id', '=', old.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'staff.training.delete',
          entity: 'staff_training_item',
          entityId: old.id,
          oldValue: { item: old.item },
        });
      });
      return getStaff(app.db, ws.id);
    },
  );
}

async function trainingOf(db: Parameters<typeof positionOf>[0], workspaceId: string, id: string) {
  const r = await db
    .selectFrom('staff_training_items')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!r) throw notFound('Training item');
  return r;
}

const badTitle = () => badRequestField('A position needs a title', 'body.title');
const badItem = () => badRequestField('A training item needs a description', 'body.item');
const badRequestField = (message: string, field: string) =>
  badRequest('validation_failed', message, [{ field, message: 'is empty' }]);
