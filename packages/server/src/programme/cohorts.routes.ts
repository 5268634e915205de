import { IDB_TABLE_1, IDB_TABLE_1_TEXT, checkTotals, table1Cells } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { DateString, Params, Uuid, read, run, tags } from './shared.js';
import {
  checkSessionDate,
  checkThresholdPair,
  getCohortDetail,
  listCohorts,
  lockCohort,
} from './cohorts.service.js';
import { cohortRosterRoutes } from './cohorts.roster.routes.js';
import { CohortDetail, CohortList, Created, IdbTable1, TableCheck } from './programme.schemas.js';

/**
 * Training cohorts (issue 15, item 3; docs/programme.md, slice B; IDB / Compete Caribbean
 * 003:265–286): cohorts and their sessions, and the check of a published table against its stated
 * totals (IDB Table 1 ready to load). Participants, attendance and certificates are in
 * cohorts.roster.routes.ts.
 */

const CohortParams = Type.Object({ workspaceId: Type.String(), cohortId: Uuid });
const SessionParams = Type.Object({ workspaceId: Type.String(), cohortId: Uuid, sessionId: Uuid });
const Share = Type.Number({ minimum: 0, maximum: 1 });
const CohortFields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  callId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  completionThreshold: Type.Optional(Share),
  participationThreshold: Type.Optional(Share),
};
const SessionFields = { heldOn: DateString, title: Type.String({ minLength: 1, maxLength: 300 }) };
const Cell = Type.Union([Type.Number({ minimum: -1e12, maximum: 1e12 }), Type.Null()]);

export function cohortsRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/programme';

  /** A call named for a cohort is a call of this programme. */
  const checkCall = async (programmeId: string, callId: string | null | undefined) => {
    if (!callId) return;
    const c = await app.db
      .selectFrom('programme_calls')
      .select('id')
      .where('id', '=', callId)
      .where('programme_id', '=', programmeId)
      .executeTakeFirst();
    if (!c)
      throw badRequest('validation_failed', 'The call named is not a call of this programme', [
        { field: 'body.callId', message: 'is not a call of this programme' },
      ]);
  };

  app.get(
    `${base}/cohorts`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary: 'The programme’s training cohorts with their counts',
        params: Params,
        response: { 200: CohortList },
      },
    },
    async (request) => listCohorts(app.db, requireWorkspace(request).id),
  );

  app.post(
    `${base}/cohorts`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary:
          'Start a training cohort; its certificate thresholds default to IDB’s more than 80 % and 50 % of attendance (003:286)',
        params: Params,
        body: Type.Object(CohortFields, { additionalProperties: false }),
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as {
        title: string;
        callId?: string | null;
        completionThreshold?: number;
        participationThreshold?: number;
      };
      const completion = b.completionThreshold ?? 0.8;
      const participation = b.participationThreshold ?? 0.5;
      checkThresholdPair(completion, participation);
      await checkCall(ws.id, b.callId);
      const id = await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('programme_cohorts')
          .values({
            programme_id: ws.id,
            title: b.title.trim(),
            call_id: b.callId ?? null,
            completion_threshold: completion,
            participation_threshold: participation,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.cohort.create',
          entity: 'programme_cohort',
          entityId: row.id,
          newValue: { title: b.title.trim(), completion, participation },
        });
        return row.id;
      });
      reply.status(201);
      return { id };
    },
  );

  app.get(
    `${base}/cohorts/:cohortId`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'A cohort: sessions, participants with their attendance and certificates, and its roll-up in the structure of IDB Table 1',
        params: CohortParams,
        response: { 200: CohortDetail },
      },
    },
    async (request) => getCohortDetail(app.db, requireWorkspace(request).id, request.params.cohortId),
  );

  app.patch(
    `${base}/cohorts/:cohortId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Change a cohort’s title, call or certificate thresholds',
        params: CohortParams,
        body: Type.Partial(Type.Object(CohortFields), { additionalProperties: false }),
        response: { 200: CohortDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as {
        title?: string;
        callId?: string | null;
        completionThreshold?: number;
        participationThreshold?: number;
      };
      await checkCall(ws.id, b.callId);
      await app.db.transaction().execute(async (trx) => {
        const old = await lockCohort(trx, ws.id, request.params.cohortId);
        const values = {
          title: b.title !== undefined ? b.title.trim() : old.title,
          call_id: b.callId !== undefined ? b.callId : old.call_id,
          completion_threshold: b.completionThreshold ?? old.completion_threshold,
          participation_threshold: b.participationThreshold ?? old.participation_threshold,
        };
        checkThresholdPair(values.completion_threshold, values.participation_threshold);
        await trx.updateTable('programme_cohorts').set(values).where('id', '=', old.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.cohort.update',
          entity: 'programme_cohort',
          entityId: old.id,
          oldValue: {
            title: old.title,
            completion: old.completion_threshold,
            participation: old.participation_threshold,
          },
          newValue: {
            title: values.title,
            completion: values.completion_threshold,
            participation: values.participation_threshold,
          },
        });
      });
      return getCohortDetail(app.db, ws.id, request.params.cohortId);
    },
  );

  app.post(
    `${base}/cohorts/:cohortId/sessions`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Add a session (date, title) to a cohort',
        params: CohortParams,
        body: Type.Object(SessionFields, { additionalProperties: false }),
        response: { 201: CohortDetail },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as { heldOn: string; title: string };
      checkSessionDate(b.heldOn);
      const title = nonEmpty(b.title, 'body.title');
      await app.db.transaction().execute(async (trx) => {
        const c = await lockCohort(trx, ws.id, request.params.cohortId);
        const row = await trx
          .insertInto('programme_cohort_sessions')
          .values({ cohort_id: c.id, held_on: b.heldOn, title })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.session.create',
          entity: 'programme_cohort_session',
          entityId: row.id,
          newValue: { cohort: c.title, heldOn: b.heldOn, title },
        });
      });
      reply.status(201);
      return getCohortDetail(app.db, ws.id, request.params.cohortId);
    },
  );

  app.patch(
    `${base}/cohorts/:cohortId/sessions/:sessionId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Change a session’s date or title',
        params: SessionParams,
        body: Type.Partial(Type.Object(SessionFields), { additionalProperties: false }),
        response: { 200: CohortDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as { heldOn?: string; title?: string };
      if (b.heldOn !== undefined) checkSessionDate(b.heldOn);
      const title = b.title !== undefined ? nonEmpty(b.title, 'body.title') : undefined;
      await app.db.transaction().execute(async (trx) => {
        const c = await lockCohort(trx, ws.id, request.params.cohortId);
        const old = await findSession(trx, c.id, request.params.sessionId);
        const values = { held_on: b.heldOn ?? old.held_on, title: title ?? old.title };
        await trx.updateTable('programme_cohort_sessions').set(values).where('id', '=', old.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.session.update',
          entity: 'programme_cohort_session',
          entityId: old.id,
          oldValue: { heldOn: old.held_on, title: old.title },
          newValue: { heldOn: values.held_on, title: values.title },
        });
      });
      return getCohortDetail(app.db, ws.id, request.params.cohortId);
    },
  );

  app.delete(
    `${base}/cohorts/:cohortId/sessions/:sessionId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Remove a session and its attendance',
        params: SessionParams,
        response: { 200: CohortDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const c = await lockCohort(trx, ws.id, request.params.cohortId);
        const old = await findSession(trx, c.id, request.params.sessionId);
        await trx.deleteFrom('programme_cohort_sessions').where('id', '=', old.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.session.delete',
          entity: 'programme_cohort_session',
          entityId: old.id,
          oldValue: { cohort: c.title, heldOn: old.held_on, title: old.title },
        });
      });
      return getCohortDetail(app.db, ws.id, request.params.cohortId);
    },
  );

  cohortRosterRoutes(app, base);

  app.get(
    `${base}/table-check/idb-table-1`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'IDB Table 1 as published (003:267–284), ready to load in the table check, with what the text beside it says (003:286)',
        params: Params,
        response: { 200: IdbTable1 },
      },
    },
    async () => ({
      title: IDB_TABLE_1.title,
      columns: [...IDB_TABLE_1.columns],
      rowLabels: IDB_TABLE_1.rows.map((r) => r.label),
      rows: table1Cells(IDB_TABLE_1.rows),
      stated: [...IDB_TABLE_1.stated],
      text: { ...IDB_TABLE_1_TEXT },
    }),
  );

  app.post(
    `${base}/table-check`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'Check a published table typed in against its stated totals: the columns whose sum (empty cells as 0) differs from the total stated; nothing is stored',
        params: Params,
        body: Type.Object(
          {
            rows: Type.Array(Type.Array(Cell, { maxItems: 50 }), { maxItems: 1000 }),
            stated: Type.Array(Cell, { minItems: 1, maxItems: 50 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: TableCheck },
      },
    },
    async (request) => {
      const b = request.body as { rows: (number | null)[][]; stated: (number | null)[] };
      b.rows.forEach((row, i) => {
        if (row.length > b.stated.length)
          throw badRequest('validation_failed', msg`Row ${i + 1} has more cells than the table has columns`, [
            { field: `body.rows.${i}`, message: 'has more cells than stated totals' },
          ]);
      });
      const mismatches = checkTotals(b.rows, b.stated);
      return {
        mismatches,
        sums: b.stated.map((_, column) => b.rows.reduce((acc, row) => acc + (row[column] ?? 0), 0)),
      };
    },
  );
}

function nonEmpty(value: string, field: string) {
  const v = value.trim();
  if (!v) throw badRequest('validation_failed', 'A session needs a title', [{ field, message: 'is empty' }]);
  return v;
}

async function findSession(trx: Parameters<typeof lockCohort>[0], cohortId: string, sessionId: string) {
  const s = await trx
    .selectFrom('programme_cohort_sessions')
    .selectAll()
    .where('id', '=', sessionId)
    .where('cohort_id', '=', cohortId)
    .executeTakeFirst();
  if (!s) throw notFound('Session');
  return s;
}
