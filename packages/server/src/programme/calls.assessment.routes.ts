import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { Text, Uuid, assess, run, tags } from './shared.js';
import { getCallDetail, lockCall } from './calls.service.js';
import { CallDetail } from './programme.schemas.js';

/**
 * Assessment and selection of a call's applications (issue 15, item 2; docs/programme.md, slice
 * B). The competence areas are the call's (by default IDB's three, 003:263); the scale is the
 * call's (the platform's 1–5 by default). An assessor declares their conflicts of interest for the
 * call before scoring, and cannot score an applicant they declared. Selection takes several
 * applications in one decision, each with its reason, all or none.
 */

const CallParams = Type.Object({ workspaceId: Type.String(), callId: Uuid });
const ApplicationParams = Type.Object({ workspaceId: Type.String(), callId: Uuid, applicationId: Uuid });

const asArray = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

export function assessmentRoutes(app: App, base: string): void {
  app.put(
    `${base}/calls/:callId/declaration`,
    {
      config: { policy: assess },
      schema: {
        tags,
        summary:
          'Declare one’s conflicts of interest for the call (the applicants one cannot assess); required before scoring. Scores already given to an applicant now declared are withdrawn',
        params: CallParams,
        body: Type.Object(
          {
            conflictApplicantIds: Type.Array(Uuid, { maxItems: 500, uniqueItems: true }),
            note: Type.Optional(Text(2000)),
          },
          { additionalProperties: false },
        ),
        response: { 200: CallDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as { conflictApplicantIds: string[]; note?: string };
      await app.db.transaction().execute(async (trx) => {
        const call = await lockCall(trx, ws.id, request.params.callId);
        const applied = await trx
          .selectFrom('programme_applications as a')
          .innerJoin('programme_applicants as p', 'p.id', 'a.applicant_id')
          .select(['a.id', 'a.applicant_id', 'p.name'])
          .where('a.call_id', '=', call.id)
          .execute();
        b.conflictApplicantIds.forEach((id, i) => {
          if (!applied.some((a) => a.applicant_id === id))
            throw badRequest('validation_failed', 'A declared conflict names no applicant of this call', [
              { field: `body.conflictApplicantIds.${i}`, message: 'is not an applicant of this call' },
            ]);
        });
        const old = await trx
          .selectFrom('programme_assessor_declarations')
          .selectAll()
          .where('call_id', '=', call.id)
          .where('user_id', '=', userId)
          .forUpdate()
          .executeTakeFirst();
        const values = {
          conflict_applicant_ids: JSON.stringify(b.conflictApplicantIds),
          note: (b.note ?? '').trim(),
          declared_at: new Date(),
        };
        if (old)
          await trx
            .updateTable('programme_assessor_declarations')
            .set(values)
            .where('call_id', '=', call.id)
            .where('user_id', '=', userId)
            .execute();
        else
          await trx
            .insertInto('programme_assessor_declarations')
            .values({ call_id: call.id, user_id: userId, ...values })
            .execute();
        const conflicted = applied
          .filter((a) => b.conflictApplicantIds.includes(a.applicant_id))
          .map((a) => a.id);
        if (conflicted.length)
          await trx
            .deleteFrom('programme_assessment_scores')
            .where('user_id', '=', userId)
            .where('application_id', 'in', conflicted)
            .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.declaration.save',
          entity: 'programme_call',
          entityId: call.id,
          oldValue: old ? { conflicts: asArray(old.conflict_applicant_ids) } : undefined,
          newValue: {
            call: call.title,
            conflicts: applied
              .filter((a) => b.conflictApplicantIds.includes(a.applicant_id))
              .map((a) => a.name),
          },
        });
      });
      return getCallDetail(app.db, ws.id, request.params.callId, { id: userId, role: ws.role });
    },
  );

  app.put(
    `${base}/calls/:callId/applications/:applicationId/scores`,
    {
      config: { policy: assess },
      schema: {
        tags,
        summary:
          'Score an application on the call’s competence areas, within the call’s scale; 409 before one’s declaration of conflicts or for an applicant one declared',
        params: ApplicationParams,
        body: Type.Object(
          {
            scores: Type.Record(Type.String({ maxLength: 200 }), Type.Integer({ minimum: 0, maximum: 100 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: CallDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const scores = (request.body as { scores: Record<string, number> }).scores;
      await app.db.transaction().execute(async (trx) => {
        const call = await lockCall(trx, ws.id, request.params.callId, false);
        if (call.status === 'draft')
          throw conflict('The call is not published yet: there is nothing to assess');
        const application = await trx
          .selectFrom('programme_applications as a')
          .innerJoin('programme_applicants as p', 'p.id', 'a.applicant_id')
          .select(['a.id', 'a.applicant_id', 'a.eligible', 'p.name'])
          .where('a.id', '=', request.params.applicationId)
          .where('a.call_id', '=', call.id)
          .forUpdate()
          .executeTakeFirst();
        if (!application) throw notFoundApplication();
        const declaration = await trx
          .selectFrom('programme_assessor_declarations')
          .select('conflict_applicant_ids')
          .where('call_id', '=', call.id)
          .where('user_id', '=', userId)
          .executeTakeFirst();
        if (!declaration)
          throw conflict(
            'Declare your conflicts of interest for this call before you score its applications',
          );
        if (asArray<string>(declaration.conflict_applicant_ids).includes(application.applicant_id))
          throw conflict(
            msg`You declared a conflict of interest with ${application.name}: you cannot score its application`,
          );
        if (!application.eligible)
          throw conflict(msg`The application of ${application.name} is not eligible: it is not assessed`);
        const areas = asArray<string>(call.competence_areas);
        for (const [area, score] of Object.entries(scores)) {
          if (!areas.includes(area))
            throw badRequest('validation_failed', msg`"${area}" is not a competence area of this call`, [
              { field: `body.scores.${area}`, message: 'is not a competence area of the call' },
            ]);
          if (score < call.scale_min || score > call.scale_max)
            throw badRequest(
              'validation_failed',
              msg`A score is between ${call.scale_min} and ${call.scale_max} on this call’s scale`,
              [{ field: `body.scores.${area}`, message: 'is outside the scale' }],
            );
        }
        const old = await trx
          .selectFrom('programme_assessment_scores')
          .select(['area', 'score'])
          .where('application_id', '=', application.id)
          .where('user_id', '=', userId)
          .execute();
        for (const [area, score] of Object.entries(scores))
          await trx
            .insertInto('programme_assessment_scores')
            .values({ application_id: application.id, user_id: userId, area, score })
            .onConflict((oc) =>
              oc.columns(['application_id', 'user_id', 'area']).doUpdateSet({ score, scored_at: new Date() }),
            )
            .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.application.score',
          entity: 'programme_application',
          entityId: application.id,
          oldValue: old.length ? Object.fromEntries(old.map((o) => [o.area, o.score])) : undefined,
          newValue: { applicant: application.name, ...scores },
        });
      });
      return getCallDetail(app.db, ws.id, request.params.callId, { id: userId, role: ws.role });
    },
  );

  app.post(
    `${base}/calls/:callId/selection`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary:
          'Select several applications in one decision, each with its reason (IDB: 24 applied, 10 were selected, 003:263); all or none',
        params: CallParams,
        body: Type.Object(
          {
            selections: Type.Array(
              Type.Object(
                { applicationId: Uuid, reason: Type.String({ maxLength: 2000 }) },
                { additionalProperties: false },
              ),
              { minItems: 1, maxItems: 500 },
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: CallDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const selections = (request.body as { selections: { applicationId: string; reason: string }[] })
        .selections;
      await app.db.transaction().execute(async (trx) => {
        const call = await lockCall(trx, ws.id, request.params.callId);
        if (call.status === 'draft')
          throw conflict('The call is not published yet: there is nothing to select');
        const apps = await trx
          .selectFrom('programme_applications as a')
          .innerJoin('programme_applicants as p', 'p.id', 'a.applicant_id')
          .select(['a.id', 'a.eligible', 'a.selected', 'p.name'])
          .where('a.call_id', '=', call.id)
          .forUpdate()
          .execute();
        const seen = new Set<string>();
        const picked = selections.map((s, i) => {
          const a = apps.find((x) => x.id === s.applicationId);
          if (!a)
            throw badRequest('validation_failed', 'A selection names no application of this call', [
              { field: `body.selections.${i}.applicationId`, message: 'is not an application of this call' },
            ]);
          if (seen.has(a.id))
            throw badRequest('validation_failed', msg`The application of ${a.name} is listed twice`, [
              { field: `body.selections.${i}.applicationId`, message: 'is listed twice' },
            ]);
          seen.add(a.id);
          const reason = s.reason.trim();
          if (!reason)
            throw badRequest('validation_failed', msg`Give the reason for selecting ${a.name}`, [
              { field: `body.selections.${i}.reason`, message: 'is empty' },
            ]);
          if (!a.eligible)
            throw conflict(msg`The application of ${a.name} is not eligible: it cannot be selected`, [
              { field: `body.selections.${i}.applicationId`, message: 'is not eligible' },
            ]);
          if (a.selected)
            throw conflict(msg`${a.name} is already selected`, [
              { field: `body.selections.${i}.applicationId`, message: 'is already selected' },
            ]);
          return { ...a, reason };
        });
        const at = new Date();
        for (const p of picked)
          await trx
            .updateTable('programme_applications')
            .set({ selected: true, selection_reason: p.reason, selected_at: at, selected_by: userId })
            .where('id', '=', p.id)
            .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.selection',
          entity: 'programme_call',
          entityId: call.id,
          newValue: {
            call: call.title,
            selected: picked.map((p) => ({ applicant: p.name, reason: p.reason })),
          },
        });
      });
      return getCallDetail(app.db, ws.id, request.params.callId, { id: userId, role: ws.role });
    },
  );

  app.delete(
    `${base}/calls/:callId/selection/:applicationId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Withdraw the selection of an application (its reason is kept in the audit)',
        params: ApplicationParams,
        response: { 200: CallDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const call = await lockCall(trx, ws.id, request.params.callId);
        const a = await trx
          .selectFrom('programme_applications as a')
          .innerJoin('programme_applicants as p', 'p.id', 'a.applicant_id')
          .select(['a.id', 'a.selected', 'a.selection_reason', 'p.name'])
          .where('a.id', '=', request.params.applicationId)
          .where('a.call_id', '=', call.id)
          .forUpdate()
          .executeTakeFirst();
        if (!a) throw notFoundApplication();
        if (!a.selected) throw conflict(msg`${a.name} is not selected`);
        await trx
          .updateTable('programme_applications')
          .set({ selected: false, selection_reason: '', selected_at: null, selected_by: null })
          .where('id', '=', a.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.selection.withdraw',
          entity: 'programme_application',
          entityId: a.id,
          oldValue: { applicant: a.name, reason: a.selection_reason },
        });
      });
      return getCallDetail(app.db, ws.id, request.params.callId, { id: userId, role: ws.role });
    },
  );
}

const notFoundApplication = () => notFound('Application');
