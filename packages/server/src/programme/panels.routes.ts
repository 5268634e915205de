import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { DateString, Params, Text, Uuid, read, run, tags } from './shared.js';
import { Created, PanelList } from './funding.schemas.js';
import { DEFAULT_SCALE, checkPanelMember, checkPanelName, listPanels, loadPanel } from './plans.service.js';

/**
 * Investment panels and their rounds (IDB / Compete Caribbean 003:310–314): several panels per
 * programme (the six tourism plans went to a different panel, 003:312), each with members who hold
 * the panel member role; rounds with a pitch date, a panel and a scoring scale (the platform's:
 * 1–5 by default; the guide gives none).
 */

const PanelBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), focus: Type.Optional(Text(500)) },
  { additionalProperties: false },
);
const PanelParams = Type.Object({ workspaceId: Type.String(), panelId: Uuid });
const SeatParams = Type.Object({ workspaceId: Type.String(), panelId: Uuid, userId: Uuid });
const RoundBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    pitchDate: DateString,
    panelId: Uuid,
    scaleMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    scaleMax: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);
type RoundInput = { name: string; pitchDate: string; panelId: string; scaleMin?: number; scaleMax?: number };
const RoundParams = Type.Object({ workspaceId: Type.String(), roundId: Uuid });

export function panelsRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/programme';

  app.get(
    `${base}/panels`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary: 'The investment panels of the programme with their members',
        params: Params,
        response: { 200: PanelList },
      },
    },
    async (request) => ({ panels: await listPanels(app.db, requireWorkspace(request).id) }),
  );

  app.post(
    `${base}/panels`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Create an investment panel (name, focus)',
        params: Params,
        body: PanelBody,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as { name: string; focus?: string };
      const id = await app.db.transaction().execute(async (trx) => {
        await checkPanelName(trx, ws.id, b.name.trim());
        const row = await trx
          .insertInto('programme_panels')
          .values({
            programme_id: ws.id,
            name: b.name.trim(),
            focus: b.focus?.trim() ?? '',
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.panel.create',
          entity: 'programme_panel',
          entityId: row.id,
          newValue: b,
        });
        return row.id;
      });
      reply.status(201);
      return { id };
    },
  );

  app.put(
    `${base}/panels/:panelId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Rename a panel or change its focus',
        params: PanelParams,
        body: PanelBody,
        response: { 200: PanelList },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as { name: string; focus?: string };
      await app.db.transaction().execute(async (trx) => {
        const old = await loadPanel(trx, ws.id, request.params.panelId);
        await checkPanelName(trx, ws.id, b.name.trim(), old.id);
        await trx
          .updateTable('programme_panels')
          .set({ name: b.name.trim(), focus: b.focus?.trim() ?? old.focus })
          .where('id', '=', old.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.panel.update',
          entity: 'programme_panel',
          entityId: old.id,
          oldValue: old,
          newValue: b,
        });
      });
      return { panels: await listPanels(app.db, ws.id) };
    },
  );

  app.post(
    `${base}/panels/:panelId/members`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Seat a login of the programme holding the panel member role on the panel',
        params: PanelParams,
        body: Type.Object({ userId: Uuid }, { additionalProperties: false }),
        response: { 201: PanelList },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const p = await loadPanel(trx, ws.id, request.params.panelId);
        await checkPanelMember(trx, ws.id, request.body.userId);
        const added = await trx
          .insertInto('programme_panel_members')
          .values({ panel_id: p.id, user_id: request.body.userId, added_by: userId })
          .onConflict((oc) => oc.columns(['panel_id', 'user_id']).doNothing())
          .returning('user_id')
          .executeTakeFirst();
        if (!added) throw conflict('This person sits on the panel already');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.panel.seat',
          entity: 'programme_panel',
          entityId: p.id,
          newValue: { userId: request.body.userId },
        });
      });
      reply.status(201);
      return { panels: await listPanels(app.db, ws.id) };
    },
  );

  app.delete(
    `${base}/panels/:panelId/members/:userId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Take a member off a panel (their scores stay on record)',
        params: SeatParams,
        response: { 200: PanelList },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const p = await loadPanel(trx, ws.id, request.params.panelId);
        const gone = await trx
          .deleteFrom('programme_panel_members')
          .where('panel_id', '=', p.id)
          .where('user_id', '=', request.params.userId)
          .executeTakeFirst();
        if (Number(gone.numDeletedRows) !== 1) throw notFound('Panel member');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.panel.unseat',
          entity: 'programme_panel',
          entityId: p.id,
          oldValue: { userId: request.params.userId },
        });
      });
      return { panels: await listPanels(app.db, ws.id) };
    },
  );

  const checkRound = async (trx: typeof app.db, programmeId: string, b: RoundInput, selfId?: string) => {
    await loadPanel(trx, programmeId, b.panelId).catch(() => {
      throw badRequest('unknown_panel', 'panelId is not a panel of this programme', [
        { field: 'body.panelId', message: 'is not a panel of this programme' },
      ]);
    });
    const min = b.scaleMin ?? DEFAULT_SCALE.min;
    const max = b.scaleMax ?? DEFAULT_SCALE.max;
    if (min >= max)
      throw badRequest('validation_failed', 'The top of the scale must be above its bottom', [
        { field: 'body.scaleMax', message: 'is not above scaleMin' },
      ]);
    let dup = trx
      .selectFrom('programme_rounds')
      .select('id')
      .where('programme_id', '=', programmeId)
      .where('name', '=', b.name.trim());
    if (selfId) dup = dup.where('id', '<>', selfId);
    if (await dup.executeTakeFirst())
      throw conflict(msg`A round named "${b.name.trim()}" exists already`, [
        { field: 'body.name', message: 'is taken' },
      ]);
    return {
      name: b.name.trim(),
      pitch_date: b.pitchDate,
      panel_id: b.panelId,
      score_min: min,
      score_max: max,
    };
  };

  app.post(
    `${base}/rounds`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Open a round: name, pitch date, panel, scoring scale (platform default 1–5)',
        params: Params,
        body: RoundBody,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as RoundInput;
      const id = await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('programme_rounds')
          .values({ programme_id: ws.id, created_by: userId, ...(await checkRound(trx, ws.id, b)) })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.round.create',
          entity: 'programme_round',
          entityId: row.id,
          newValue: b,
        });
        return row.id;
      });
      reply.status(201);
      return { id };
    },
  );

  app.put(
    `${base}/rounds/:roundId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Edit an open round (the scale only before any score)',
        params: RoundParams,
        body: RoundBody,
        response: { 200: Created },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as RoundInput;
      await app.db.transaction().execute(async (trx) => {
        const old = await trx
          .selectFrom('programme_rounds')
          .selectAll()
          .where('id', '=', request.params.roundId)
          .where('programme_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (!old) throw notFound('Round');
        if (old.status !== 'open') throw conflict('A decided round stays as it was decided');
        const row = await checkRound(trx, ws.id, b, old.id);
        const scored = await trx
          .selectFrom('programme_plan_scores')
          .select('plan_id')
          .where('round_id', '=', old.id)
          .executeTakeFirst();
        if (
          scored &&
          (row.score_min !== old.score_min ||
            row.score_max !== old.score_max ||
            row.panel_id !== old.panel_id)
        )
          throw conflict('The round has scores: its panel and scale stay as they are');
        await trx.updateTable('programme_rounds').set(row).where('id', '=', old.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.round.update',
          entity: 'programme_round',
          entityId: old.id,
          oldValue: old,
          newValue: b,
        });
      });
      return { id: request.params.roundId };
    },
  );
}
