import { PARTICIPANT_GROUPS, certificateFor } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { PARTICIPANT_LANGUAGES } from '../db/schema-calls.js';
import { Text, Uuid, lit, read, run, tags, today } from './shared.js';
import { findApplicant } from './calls.service.js';
import { cohortParticipants, getCohortDetail, lockCohort } from './cohorts.service.js';
import { certificatePdf } from './certificate-document.js';
import { renderInThread } from '../jobs/threads.js';
import { CohortDetail } from './programme.schemas.js';

/**
 * A cohort's participants (from the register's organisations or others; BSO staff, the programme's
 * team, other stakeholders, 003:286), its attendance grid, and its certificates: issued by
 * `certificateFor` with the cohort's thresholds (IDB's more than 80 % / 50 % by default, 003:286),
 * each as a PDF in the participant's language.
 */

const CohortParams = Type.Object({ workspaceId: Type.String(), cohortId: Uuid });
const ParticipantParams = Type.Object({ workspaceId: Type.String(), cohortId: Uuid, participantId: Uuid });
const ParticipantFields = {
  name: Type.String({ minLength: 1, maxLength: 300 }),
  applicantId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  organisation: Type.Optional(Text(300)),
  group: lit(PARTICIPANT_GROUPS),
  country: Type.Optional(Type.String({ pattern: '^([A-Z]{2})?$' })),
  language: Type.Optional(lit(PARTICIPANT_LANGUAGES)),
};
interface ParticipantInput {
  name?: string;
  applicantId?: string | null;
  organisation?: string;
  group?: (typeof PARTICIPANT_GROUPS)[number];
  country?: string;
  language?: (typeof PARTICIPANT_LANGUAGES)[number];
}

export function cohortRosterRoutes(app: App, base: string): void {
  const nameOf = (value: string) => {
    const v = value.trim();
    if (!v)
      throw badRequest('validation_failed', 'A participant needs a name', [
        { field: 'body.name', message: 'is empty' },
      ]);
    return v;
  };

  app.post(
    `${base}/cohorts/:cohortId/participants`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary:
          'Add a participant: from an organisation of the register or another, with a participant group, a country and the language of their certificate',
        params: CohortParams,
        body: Type.Object(ParticipantFields, { additionalProperties: false }),
        response: { 201: CohortDetail },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as ParticipantInput;
      const name = nameOf(b.name!);
      await app.db.transaction().execute(async (trx) => {
        const c = await lockCohort(trx, ws.id, request.params.cohortId);
        const applicant = b.applicantId
          ? await findApplicant(trx, ws.id, b.applicantId, 'body.applicantId')
          : null;
        const values = {
          name,
          applicant_id: applicant?.id ?? null,
          organisation: (b.organisation ?? '').trim(),
          participant_group: b.group!,
          country: b.country ?? applicant?.country ?? '',
          language: b.language ?? 'en',
        };
        const row = await trx
          .insertInto('programme_cohort_participants')
          .values({ cohort_id: c.id, ...values })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.participant.create',
          entity: 'programme_cohort_participant',
          entityId: row.id,
          newValue: { cohort: c.title, ...values, organisation: applicant?.name ?? values.organisation },
        });
      });
      reply.status(201);
      return getCohortDetail(app.db, ws.id, request.params.cohortId);
    },
  );

  app.patch(
    `${base}/cohorts/:cohortId/participants/:participantId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Change a participant',
        params: ParticipantParams,
        body: Type.Partial(Type.Object(ParticipantFields), { additionalProperties: false }),
        response: { 200: CohortDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as ParticipantInput;
      await app.db.transaction().execute(async (trx) => {
        const c = await lockCohort(trx, ws.id, request.params.cohortId);
        const old = await findParticipant(trx, c.id, request.params.participantId);
        if (b.applicantId) await findApplicant(trx, ws.id, b.applicantId, 'body.applicantId');
        const values = {
          name: b.name !== undefined ? nameOf(b.name) : old.name,
          applicant_id: b.applicantId !== undefined ? b.applicantId : old.applicant_id,
          organisation: b.organisation !== undefined ? b.organisation.trim() : old.organisation,
          participant_group: b.group ?? old.participant_group,
          country: b.country ?? old.country,
          language: b.language ?? old.language,
        };
        await trx.updateTable('programme_cohort_participants').set(values).where('id', '=', old.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.participant.update',
          entity: 'programme_cohort_participant',
          entityId: old.id,
          oldValue: {
            name: old.name,
            group: old.participant_group,
            country: old.country,
            language: old.language,
          },
          newValue: values,
        });
      });
      return getCohortDetail(app.db, ws.id, request.params.cohortId);
    },
  );

  app.delete(
    `${base}/cohorts/:cohortId/participants/:participantId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Remove a participant with their attendance and certificate',
        params: ParticipantParams,
        response: { 200: CohortDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const c = await lockCohort(trx, ws.id, request.params.cohortId);
        const old = await findParticipant(trx, c.id, request.params.participantId);
        await trx.deleteFrom('programme_cohort_participants').where('id', '=', old.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.participant.delete',
          entity: 'programme_cohort_participant',
          entityId: old.id,
          oldValue: { cohort: c.title, name: old.name },
        });
      });
      return getCohortDetail(app.db, ws.id, request.params.cohortId);
    },
  );

  app.put(
    `${base}/cohorts/:cohortId/attendance`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary:
          'Write cells of the attendance grid (session × participant, present or not); writing the same cells again changes nothing',
        params: CohortParams,
        body: Type.Object(
          {
            cells: Type.Array(
              Type.Object(
                { sessionId: Uuid, participantId: Uuid, present: Type.Boolean() },
                { additionalProperties: false },
              ),
              { maxItems: 20000 },
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: CohortDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const cells = (
        request.body as { cells: { sessionId: string; participantId: string; present: boolean }[] }
      ).cells;
      await app.db.transaction().execute(async (trx) => {
        const c = await lockCohort(trx, ws.id, request.params.cohortId);
        const sessions = new Set(
          (
            await trx
              .selectFrom('programme_cohort_sessions')
              .select('id')
              .where('cohort_id', '=', c.id)
              .execute()
          ).map((s) => s.id),
        );
        const people = new Set(
          (
            await trx
              .selectFrom('programme_cohort_participants')
              .select('id')
              .where('cohort_id', '=', c.id)
              .execute()
          ).map((p) => p.id),
        );
        cells.forEach((cell, i) => {
          if (!sessions.has(cell.sessionId))
            throw badRequest('validation_failed', 'A cell names no session of this cohort', [
              { field: `body.cells.${i}.sessionId`, message: 'is not a session of this cohort' },
            ]);
          if (!people.has(cell.participantId))
            throw badRequest('validation_failed', 'A cell names no participant of this cohort', [
              { field: `body.cells.${i}.participantId`, message: 'is not a participant of this cohort' },
            ]);
        });
        let present = 0;
        let absent = 0;
        for (const cell of cells) {
          if (cell.present) {
            const r = await trx
              .insertInto('programme_attendance')
              .values({ session_id: cell.sessionId, participant_id: cell.participantId })
              .onConflict((oc) => oc.columns(['session_id', 'participant_id']).doNothing())
              .executeTakeFirst();
            present += Number(r.numInsertedOrUpdatedRows ?? 0);
          } else {
            const r = await trx
              .deleteFrom('programme_attendance')
              .where('session_id', '=', cell.sessionId)
              .where('participant_id', '=', cell.participantId)
              .executeTakeFirst();
            absent += Number(r.numDeletedRows ?? 0);
          }
        }
        if (present || absent)
          await recordAudit(trx, {
            workspaceId: ws.id,
            userId,
            action: 'programme.attendance.save',
            entity: 'programme_cohort',
            entityId: c.id,
            newValue: { cohort: c.title, marked: present, unmarked: absent },
          });
      });
      return getCohortDetail(app.db, ws.id, request.params.cohortId);
    },
  );

  app.post(
    `${base}/cohorts/:cohortId/certificates`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary:
          'Issue the certificates from the attendance with the cohort’s thresholds (completion above the first, participation above the second); replaces those issued before',
        params: CohortParams,
        response: { 200: CohortDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const c = await lockCohort(trx, ws.id, request.params.cohortId);
        const sessions = Number(
          (
            await trx
              .selectFrom('programme_cohort_sessions')
              .select((eb) => eb.fn.countAll<string>().as('n'))
              .where('cohort_id', '=', c.id)
              .executeTakeFirstOrThrow()
          ).n,
        );
        const people = await cohortParticipants(trx, c.id);
        const thresholds = { completion: c.completion_threshold, participation: c.participation_threshold };
        const on = today();
        await trx
          .deleteFrom('programme_certificates')
          .where('participant_id', 'in', (eb) =>
            eb.selectFrom('programme_cohort_participants').select('id').where('cohort_id', '=', c.id),
          )
          .execute();
        const rows = people.flatMap((p) => {
          const attended = Number(p.attended ?? 0);
          const kind = certificateFor(attended, sessions, thresholds);
          return kind
            ? [{ participant_id: p.id, kind, attended, sessions, issued_on: on, issued_by: userId }]
            : [];
        });
        if (rows.length) await trx.insertInto('programme_certificates').values(rows).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.certificates.issue',
          entity: 'programme_cohort',
          entityId: c.id,
          newValue: {
            cohort: c.title,
            completion: rows.filter((r) => r.kind === 'completion').length,
            participation: rows.filter((r) => r.kind === 'participation').length,
            none: people.length - rows.length,
          },
        });
      });
      return getCohortDetail(app.db, ws.id, request.params.cohortId);
    },
  );

  app.get(
    `${base}/cohorts/:cohortId/participants/:participantId/certificate.pdf`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary: 'A participant’s issued certificate as a PDF, in the participant’s language (en, fr, es)',
        params: ParticipantParams,
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const c = await lockCohort(app.db, ws.id, request.params.cohortId, false);
      const p = await app.db
        .selectFrom('programme_cohort_participants as p')
        .innerJoin('programme_certificates as x', 'x.participant_id', 'p.id')
        .leftJoin('programme_applicants as a', 'a.id', 'p.applicant_id')
        .select([
          'p.id',
          'p.name',
          'p.organisation',
          'p.language',
          'a.name as applicantName',
          'x.kind',
          'x.attended',
          'x.sessions',
          'x.issued_on',
        ])
        .where('p.id', '=', request.params.participantId)
        .where('p.cohort_id', '=', c.id)
        .executeTakeFirst();
      if (!p) throw notFound('Certificate');
      const sessions = await app.db
        .selectFrom('programme_attendance as t')
        .innerJoin('programme_cohort_sessions as s', 's.id', 't.session_id')
        .select(['s.held_on', 's.title'])
        .where('t.participant_id', '=', p.id)
        .orderBy('s.held_on')
        .execute();
      const pdf = await renderInThread(
        new URL('./certificate-document.ts', import.meta.url),
        certificatePdf,
        {
          kind: p.kind,
          participant: p.name,
          organisation: p.applicantName ?? p.organisation,
          cohort: c.title,
          programme: ws.name,
          attended: p.attended,
          sessions: p.sessions,
          issuedOn: p.issued_on,
          thresholds: { completion: c.completion_threshold, participation: c.participation_threshold },
          sessionList: sessions.map((s) => ({ heldOn: s.held_on, title: s.title })),
        },
        p.language,
      );
      const file = p.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'certificate';
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="certificate-${file}.pdf"`)
        .send(pdf);
    },
  );
}

async function findParticipant(
  trx: Parameters<typeof lockCohort>[0],
  cohortId: string,
  participantId: string,
) {
  const p = await trx
    .selectFrom('programme_cohort_participants')
    .selectAll()
    .where('id', '=', participantId)
    .where('cohort_id', '=', cohortId)
    .executeTakeFirst();
  if (!p) throw notFound('Participant');
  return p;
}
