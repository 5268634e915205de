import { Type } from 'typebox';
import { APPLICANT_TYPES } from '../db/schema-programme.js';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { DateString, Params, Text, Uuid, lit, programme, read, run, tags, today } from './shared.js';
import {
  CALL_READERS,
  checkCallDates,
  checkOpen,
  checkScale,
  checkUniqueApplicant,
  cleanAnswers,
  cleanAreas,
  cleanQuestions,
  defaultCompetenceAreas,
  defaultScale,
  findApplicant,
  getCallDetail,
  ineligibleReasons,
  listApplicants,
  listCalls,
  lockCall,
} from './calls.service.js';
import { assessmentRoutes } from './calls.assessment.routes.js';
import {
  ApplicantCreated,
  Applicants,
  ApplicationCreated,
  CallDetail,
  CallList,
  Created,
} from './programme.schemas.js';

/**
 * The applicant register, calls and applications (issue 15, item 2; docs/programme.md, slice B;
 * IDB / Compete Caribbean 003:263). Assessment and selection are in calls.assessment.routes.ts.
 */

/** Calls are read by the programme's readers and its assessors (not by panel members). */
export const callRead = { access: 'workspace' as const, roles: CALL_READERS, kinds: programme };

const Country = Type.String({ pattern: '^([A-Z]{2})?$' });
const ApplicantFields = {
  name: Type.String({ minLength: 1, maxLength: 300 }),
  shortName: Type.Optional(Text(60)),
  country: Type.Optional(Country),
  type: lit(APPLICANT_TYPES),
  contactName: Type.Optional(Text(200)),
  contactEmail: Type.Optional(
    Type.Union([Type.Literal(''), Type.String({ format: 'email', maxLength: 300 })]),
  ),
};
const ApplicantParams = Type.Object({ workspaceId: Type.String(), applicantId: Uuid });
const CallParams = Type.Object({ workspaceId: Type.String(), callId: Uuid });

const CallFields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  description: Type.Optional(Text(10000)),
  opensOn: DateString,
  deadline: DateString,
  eligibility: Type.Optional(Text(5000)),
  eligibleTypes: Type.Optional(Type.Array(lit(APPLICANT_TYPES), { maxItems: 3, uniqueItems: true })),
  eligibleCountries: Type.Optional(
    Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }), { maxItems: 250, uniqueItems: true }),
  ),
  questions: Type.Optional(
    Type.Array(
      Type.Object(
        { text: Type.String({ maxLength: 1000 }), required: Type.Optional(Type.Boolean()) },
        { additionalProperties: false },
      ),
      { maxItems: 50 },
    ),
  ),
  competenceAreas: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { minItems: 1, maxItems: 20 })),
  scaleMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  scaleMax: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
};
interface CallInput {
  title?: string;
  description?: string;
  opensOn?: string;
  deadline?: string;
  eligibility?: string;
  eligibleTypes?: string[];
  eligibleCountries?: string[];
  questions?: { text: string; required?: boolean }[];
  competenceAreas?: string[];
  scaleMin?: number;
  scaleMax?: number;
}
const Answers = Type.Record(Type.String({ maxLength: 10 }), Type.String({ maxLength: 10000 }));

export function callsRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/programme';

  app.get(
    `${base}/applicants`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary: 'The register of the organisations that apply to the programme',
        params: Params,
        response: { 200: Applicants },
      },
    },
    async (request) => listApplicants(app.db, requireWorkspace(request).id),
  );

  app.post(
    `${base}/applicants`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary:
          'Add an organisation to the register (a business support organisation, a cluster initiative or other)',
        params: Params,
        body: Type.Object(ApplicantFields, { additionalProperties: false }),
        response: { 201: ApplicantCreated },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as Record<string, string | undefined>;
      const values = {
        name: b.name!.trim(),
        short_name: (b.shortName ?? '').trim(),
        country: b.country ?? '',
        type: b.type as (typeof APPLICANT_TYPES)[number],
        contact_name: (b.contactName ?? '').trim(),
        contact_email: (b.contactEmail ?? '').trim(),
      };
      const id = await app.db.transaction().execute(async (trx) => {
        await checkUniqueApplicant(trx, ws.id, values.name, null);
        const row = await trx
          .insertInto('programme_applicants')
          .values({ programme_id: ws.id, ...values, created_by: userId })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.applicant.create',
          entity: 'programme_applicant',
          entityId: row.id,
          newValue: values,
        });
        return row.id;
      });
      reply.status(201);
      return { id, ...(await listApplicants(app.db, ws.id)) };
    },
  );

  app.patch(
    `${base}/applicants/:applicantId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Change an organisation of the register',
        params: ApplicantParams,
        body: Type.Partial(Type.Object(ApplicantFields), { additionalProperties: false }),
        response: { 200: Applicants },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as Record<string, string | undefined>;
      await app.db.transaction().execute(async (trx) => {
        const old = await findApplicant(trx, ws.id, request.params.applicantId, 'params.applicantId');
        const values = {
          name: b.name !== undefined ? b.name.trim() : old.name,
          short_name: b.shortName !== undefined ? b.shortName.trim() : old.short_name,
          country: b.country ?? old.country,
          type: (b.type ?? old.type) as (typeof APPLICANT_TYPES)[number],
          contact_name: b.contactName !== undefined ? b.contactName.trim() : old.contact_name,
          contact_email: b.contactEmail !== undefined ? b.contactEmail.trim() : old.contact_email,
        };
        if (values.name !== old.name) await checkUniqueApplicant(trx, ws.id, values.name, old.id);
        await trx.updateTable('programme_applicants').set(values).where('id', '=', old.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.applicant.update',
          entity: 'programme_applicant',
          entityId: old.id,
          oldValue: { name: old.name, country: old.country, type: old.type },
          newValue: values,
        });
      });
      return listApplicants(app.db, ws.id);
    },
  );

  app.get(
    `${base}/calls`,
    {
      config: { policy: callRead },
      schema: {
        tags,
        summary: 'The programme’s calls with their counts of applications and selections',
        params: Params,
        response: { 200: CallList },
      },
    },
    async (request) => listCalls(app.db, requireWorkspace(request).id),
  );

  app.post(
    `${base}/calls`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary:
          'Open a call as a draft: dates, eligibility, form; competence areas default to IDB’s three (003:263), the scale to the platform’s 1–5',
        params: Params,
        body: Type.Object(CallFields, { additionalProperties: false }),
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as CallInput;
      const scale = { min: b.scaleMin ?? defaultScale().min, max: b.scaleMax ?? defaultScale().max };
      checkCallDates(b.opensOn!, b.deadline!);
      checkScale(scale.min, scale.max);
      const values = {
        title: b.title!.trim(),
        description: (b.description ?? '').trim(),
        opens_on: b.opensOn!,
        deadline: b.deadline!,
        eligibility: (b.eligibility ?? '').trim(),
        eligible_types: JSON.stringify(b.eligibleTypes ?? []),
        eligible_countries: JSON.stringify(b.eligibleCountries ?? []),
        questions: JSON.stringify(cleanQuestions(b.questions ?? [])),
        competence_areas: JSON.stringify(cleanAreas(b.competenceAreas ?? defaultCompetenceAreas())),
        scale_min: scale.min,
        scale_max: scale.max,
      };
      const id = await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('programme_calls')
          .values({ programme_id: ws.id, ...values, created_by: userId })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.call.create',
          entity: 'programme_call',
          entityId: row.id,
          newValue: { title: values.title, opensOn: values.opens_on, deadline: values.deadline },
        });
        return row.id;
      });
      reply.status(201);
      return { id };
    },
  );

  app.get(
    `${base}/calls/:callId`,
    {
      config: { policy: callRead },
      schema: {
        tags,
        summary:
          'A call with its applications (eligibility and reasons), declarations of conflicts and scores (an assessor sees only their own)',
        params: CallParams,
        response: { 200: CallDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      return getCallDetail(app.db, ws.id, request.params.callId, {
        id: requireAuth(request).user.id,
        role: ws.role,
      });
    },
  );

  app.patch(
    `${base}/calls/:callId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Change a call while it is a draft',
        params: CallParams,
        body: Type.Partial(Type.Object(CallFields), { additionalProperties: false }),
        response: { 200: CallDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as CallInput;
      await app.db.transaction().execute(async (trx) => {
        const old = await lockCall(trx, ws.id, request.params.callId);
        if (old.status !== 'draft') throw conflict('A call can be changed only while it is a draft');
        const opensOn = b.opensOn ?? old.opens_on;
        const deadline = b.deadline ?? old.deadline;
        const scale = { min: b.scaleMin ?? old.scale_min, max: b.scaleMax ?? old.scale_max };
        checkCallDates(opensOn, deadline);
        checkScale(scale.min, scale.max);
        const values = {
          title: b.title !== undefined ? b.title.trim() : old.title,
          description: b.description !== undefined ? b.description.trim() : old.description,
          opens_on: opensOn,
          deadline,
          eligibility: b.eligibility !== undefined ? b.eligibility.trim() : old.eligibility,
          eligible_types: JSON.stringify(b.eligibleTypes ?? old.eligible_types),
          eligible_countries: JSON.stringify(b.eligibleCountries ?? old.eligible_countries),
          questions: JSON.stringify(b.questions ? cleanQuestions(b.questions) : old.questions),
          competence_areas: JSON.stringify(
            b.competenceAreas ? cleanAreas(b.competenceAreas) : old.competence_areas,
          ),
          scale_min: scale.min,
          scale_max: scale.max,
          updated_at: new Date(),
        };
        await trx.updateTable('programme_calls').set(values).where('id', '=', old.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.call.update',
          entity: 'programme_call',
          entityId: old.id,
          oldValue: { title: old.title, opensOn: old.opens_on, deadline: old.deadline },
          newValue: { title: values.title, opensOn, deadline },
        });
      });
      return getCallDetail(app.db, ws.id, request.params.callId, { id: userId, role: ws.role });
    },
  );

  app.post(
    `${base}/calls/:callId/status`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Publish a draft call, or close a published one',
        params: CallParams,
        body: Type.Object({ status: lit(['published', 'closed'] as const) }, { additionalProperties: false }),
        response: { 200: CallDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const status = (request.body as { status: 'published' | 'closed' }).status;
      await app.db.transaction().execute(async (trx) => {
        const old = await lockCall(trx, ws.id, request.params.callId);
        if (status === 'published' && old.status !== 'draft')
          throw conflict('Only a draft call can be published');
        if (status === 'closed' && old.status !== 'published')
          throw conflict('Only a published call can be closed');
        await trx
          .updateTable('programme_calls')
          .set({ status, updated_at: new Date() })
          .where('id', '=', old.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: status === 'published' ? 'programme.call.publish' : 'programme.call.close',
          entity: 'programme_call',
          entityId: old.id,
          oldValue: { status: old.status },
          newValue: { status },
        });
      });
      return getCallDetail(app.db, ws.id, request.params.callId, { id: userId, role: ws.role });
    },
  );

  app.post(
    `${base}/calls/:callId/applications`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary:
          'Record an application of a register organisation with its answers; eligibility is checked and an ineligible one is stored with its reasons; refused after the deadline',
        params: CallParams,
        body: Type.Object(
          { applicantId: Uuid, answers: Type.Optional(Answers) },
          { additionalProperties: false },
        ),
        response: { 201: ApplicationCreated },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as { applicantId: string; answers?: Record<string, string> };
      const on = today();
      const id = await app.db.transaction().execute(async (trx) => {
        const call = await lockCall(trx, ws.id, request.params.callId);
        checkOpen(call, on);
        const applicant = await findApplicant(trx, ws.id, b.applicantId, 'body.applicantId');
        const answers = cleanAnswers(call, b.answers ?? {});
        const exists = await trx
          .selectFrom('programme_applications')
          .select('id')
          .where('call_id', '=', call.id)
          .where('applicant_id', '=', applicant.id)
          .executeTakeFirst();
        if (exists)
          throw conflict(msg`${applicant.name} has already applied to this call`, [
            { field: 'body.applicantId', message: 'has already applied' },
          ]);
        const reasons = ineligibleReasons(call, applicant, answers);
        const row = await trx
          .insertInto('programme_applications')
          .values({
            call_id: call.id,
            applicant_id: applicant.id,
            answers: JSON.stringify(answers),
            eligible: reasons.length === 0,
            ineligible_reasons: JSON.stringify(reasons),
            submitted_on: on,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.application.create',
          entity: 'programme_application',
          entityId: row.id,
          newValue: { call: call.title, applicant: applicant.name, eligible: reasons.length === 0, reasons },
        });
        return row.id;
      });
      reply.status(201);
      const detail = await getCallDetail(app.db, ws.id, request.params.callId, { id: userId, role: ws.role });
      // The application was recorded in the transaction above: it is among the call's.
      return { id, application: detail.applications.find((a) => a.id === id)!, ...detail };
    },
  );

  app.patch(
    `${base}/calls/:callId/applications/:applicationId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary:
          'Change an application’s answers while the call receives applications; its eligibility is checked again',
        params: Type.Object({ workspaceId: Type.String(), callId: Uuid, applicationId: Uuid }),
        body: Type.Object({ answers: Answers }, { additionalProperties: false }),
        response: { 200: CallDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as { answers: Record<string, string> };
      await app.db.transaction().execute(async (trx) => {
        const call = await lockCall(trx, ws.id, request.params.callId);
        checkOpen(call, today());
        const old = await trx
          .selectFrom('programme_applications')
          .selectAll()
          .where('id', '=', request.params.applicationId)
          .where('call_id', '=', call.id)
          .forUpdate()
          .executeTakeFirst();
        if (!old) throw notFound('Application');
        const applicant = await findApplicant(trx, ws.id, old.applicant_id, 'params.applicationId');
        const answers = cleanAnswers(call, b.answers);
        const reasons = ineligibleReasons(call, applicant, answers);
        await trx
          .updateTable('programme_applications')
          .set({
            answers: JSON.stringify(answers),
            eligible: reasons.length === 0,
            ineligible_reasons: JSON.stringify(reasons),
          })
          .where('id', '=', old.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'programme.application.update',
          entity: 'programme_application',
          entityId: old.id,
          oldValue: { answers: old.answers, eligible: old.eligible },
          newValue: { applicant: applicant.name, answers, eligible: reasons.length === 0, reasons },
        });
      });
      return getCallDetail(app.db, ws.id, request.params.callId, { id: userId, role: ws.role });
    },
  );

  assessmentRoutes(app, base);
}
