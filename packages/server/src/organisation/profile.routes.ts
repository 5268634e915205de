import {
  CLUSTER_CHARACTERISTICS,
  DRIVER_TYPES,
  FORMALITIES,
  IMPLEMENTATION_SHAPES,
  LEGAL_FORMS,
  LEGAL_FORM_QUESTIONS,
} from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { isCalendarDate } from '../strategy/canvas.service.js';
import { DateString, Params, Text, lit, manage, read, tags, today, write } from './shared.js';
import { answersOf, characteristicsOf, checkReasons, getLegalForm, getProfile } from './profile.service.js';
import { LegalFormDecisions, Profile } from './organisation.schemas.js';

/**
 * The initiative profile (issue 14, item 1: the driver of 001:1177–1192, the shape of
 * 001:264–310, the four characteristics of 001:257–262, formal or informal of 000:171–179) and the
 * legal form decision (item 2: the three questions of 001:2297–2301, the forms of 001:2312–2320).
 */

const Nullable = (values: readonly string[]) => Type.Union([lit(values), Type.Null()]);
const ProfileBody = Type.Object(
  {
    driverType: Type.Optional(Nullable(DRIVER_TYPES)),
    implementationShape: Type.Optional(Nullable(IMPLEMENTATION_SHAPES)),
    formality: Type.Optional(Nullable(FORMALITIES)),
    characteristics: Type.Optional(
      Type.Object(
        Object.fromEntries(
          CLUSTER_CHARACTERISTICS.map((k) => [
            k,
            Type.Optional(
              Type.Object(
                { met: Type.Union([Type.Boolean(), Type.Null()]), evidence: Type.Optional(Text(5000)) },
                { additionalProperties: false },
              ),
            ),
          ]),
        ),
        { additionalProperties: false },
      ),
    ),
    notes: Type.Optional(Text(5000)),
  },
  { additionalProperties: false },
);
const LegalFormBody = Type.Object(
  {
    form: lit(LEGAL_FORMS),
    answers: Type.Object(
      Object.fromEntries(LEGAL_FORM_QUESTIONS.map((k) => [k, Type.Optional(Text(5000))])),
      { additionalProperties: false },
    ),
    reasons: Text(10000),
    decidedOn: DateString,
  },
  { additionalProperties: false },
);

interface ProfileInput {
  driverType?: string | null;
  implementationShape?: string | null;
  formality?: string | null;
  characteristics?: Record<string, { met: boolean | null; evidence?: string } | undefined>;
  notes?: string;
}

export function profileRoutes(app: App) {
  const base = '/workspaces/:workspaceId/organisation';

  app.get(
    `${base}/profile`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The initiative profile: driver (001:1177–1192) and the steps it may skip (001:1228–1230), shape (001:264–310), the four characteristics with evidence (001:257–262), formal or informal (000:171–179); null until written',
        params: Params,
        response: { 200: Profile },
      },
    },
    async (request) => getProfile(app.db, requireWorkspace(request).id),
  );

  app.put(
    `${base}/profile`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Write or change the initiative profile',
        params: Params,
        body: ProfileBody,
        response: { 200: Profile },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as ProfileInput;
      const characteristics = Object.fromEntries(
        characteristicsOf(
          Object.fromEntries(
            Object.entries(b.characteristics ?? {}).map(([k, c]) => [
              k,
              { met: c?.met ?? null, evidence: (c?.evidence ?? '').trim() },
            ]),
          ),
        ).map(({ key, ...c }) => [key, c]),
      );
      const values = {
        driver_type: b.driverType ?? null,
        implementation_shape: b.implementationShape ?? null,
        formality: b.formality ?? null,
        characteristics: JSON.stringify(characteristics),
        notes: (b.notes ?? '').trim(),
        updated_by: userId,
        updated_at: new Date(),
      };
      await app.db.transaction().execute(async (trx) => {
        const old = await trx
          .selectFrom('organisation_profiles')
          .selectAll()
          .where('workspace_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (old)
          await trx
            .updateTable('organisation_profiles')
            .set(values)
            .where('workspace_id', '=', ws.id)
            .execute();
        else
          await trx
            .insertInto('organisation_profiles')
            .values({ workspace_id: ws.id, ...values })
            .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: old ? 'organisation.profile.update' : 'organisation.profile.create',
          entity: 'organisation_profile',
          entityId: ws.id,
          oldValue: old
            ? {
                driver_type: old.driver_type,
                implementation_shape: old.implementation_shape,
                formality: old.formality,
                characteristics: old.characteristics,
                notes: old.notes,
              }
            : undefined,
          newValue: { ...values, characteristics, updated_at: undefined },
        });
      });
      return getProfile(app.db, ws.id);
    },
  );

  app.get(
    `${base}/legal-form`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The legal form decisions, newest first (the first is the current choice), with answers and reasons',
        params: Params,
        response: { 200: LegalFormDecisions },
      },
    },
    async (request) => getLegalForm(app.db, requireWorkspace(request).id),
  );

  app.post(
    `${base}/legal-form`,
    {
      config: { policy: manage },
      schema: {
        tags,
        summary:
          'Record the legal form chosen, with the answers to the three questions of 001:2297–2301, the reasons and the date',
        params: Params,
        body: LegalFormBody,
        response: { 201: LegalFormDecisions },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as {
        form: string;
        answers: Record<string, string>;
        reasons: string;
        decidedOn: string;
      };
      if (!isCalendarDate(b.decidedOn))
        throw badRequest('validation_failed', 'The decision date is not a day of the calendar', [
          { field: 'body.decidedOn', message: 'is not a day of the calendar' },
        ]);
      if (b.decidedOn > today())
        throw badRequest('validation_failed', 'A decision is recorded once it has been taken', [
          { field: 'body.decidedOn', message: 'is in the future' },
        ]);
      const reasons = checkReasons(b.reasons);
      const answers = answersOf(Object.fromEntries(Object.entries(b.answers).map(([k, v]) => [k, v.trim()])));
      await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('legal_form_decisions')
          .values({
            workspace_id: ws.id,
            form: b.form,
            answers: JSON.stringify(answers),
            reasons,
            decided_on: b.decidedOn,
            decided_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'organisation.legal_form.decide',
          entity: 'legal_form_decision',
          entityId: row.id,
          newValue: { form: b.form, answers, reasons, decidedOn: b.decidedOn },
        });
      });
      reply.status(201);
      return getLegalForm(app.db, ws.id);
    },
  );
}
