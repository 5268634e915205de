import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  type AgreementKind,
  type AgreementStatus,
} from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { documentLocale } from '../i18n/documents.js';
import { DateString, Params, Text, Uuid, lit, read, tags, write } from './shared.js';
import {
  agreementRow,
  checkAgreement,
  checkSettings,
  getAgreement,
  getSettings,
  listAgreements,
  settingsRow,
  type AgreementInput,
  type AgreementSettings,
} from './agreements.service.js';
import { agreementDocx, agreementPdf } from './agreement-document.js';
import { renderInThread } from '../jobs/threads.js';
import {
  AgreementSettings as AgreementSettingsAnswer,
  MemberAgreement,
  MemberAgreementList,
} from './organisation.schemas.js';

/** The module that renders the agreement, in a worker thread (jobs/threads.ts). */
const DOCUMENT = new URL('./agreement-document.ts', import.meta.url);

/**
 * The agreements (issue 14, item 5; GIZ 001:2497–2516; MarketMakers 000:137): the organisation's
 * choices that fill the membership / cooperation agreement, the agreement itself as DOCX or PDF
 * (`kind=membership|trial|mou` on one route), and each member's agreement with its status and dates.
 */

const Month = Type.Integer({ minimum: 0, maximum: 240 });
const SettingsBody = Type.Object(
  {
    feeCategoryId: Type.Union([Uuid, Type.Null()]),
    paymentDays: Type.Integer({ minimum: 0, maximum: 365 }),
    termMonths: Type.Union([Type.Integer({ minimum: 1, maximum: 240 }), Type.Null()]),
    noticeMonths: Month,
    trademarkUse: lit(['allowed', 'with_approval', 'not_allowed'] as const),
    services: Text(4000),
    disclosedInformation: Text(4000),
    dataProtection: Text(500),
    applicableLaw: Text(500),
    contractLanguage: Text(200),
    mediation: Type.Boolean(),
    mediator: Text(500),
    arbitration: Type.Boolean(),
    arbitrationVenue: Text(500),
    court: Text(500),
  },
  { additionalProperties: false },
);
const OptionalDate = Type.Union([DateString, Type.Null()]);
const AgreementBody = Type.Object(
  {
    actorId: Uuid,
    kind: lit(AGREEMENT_KINDS),
    status: lit(AGREEMENT_STATUSES),
    sentOn: Type.Optional(OptionalDate),
    signedOn: Type.Optional(OptionalDate),
    endedOn: Type.Optional(OptionalDate),
    notes: Type.Optional(Text(2000)),
  },
  { additionalProperties: false },
);
const AgreementParams = Type.Object({ workspaceId: Type.String(), agreementId: Uuid });

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function agreementRoutes(app: App) {
  const base = '/workspaces/:workspaceId/organisation';

  app.get(
    `${base}/agreement-settings`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The choices that fill the membership / cooperation agreement, and the fee categories to choose from',
        params: Params,
        response: { 200: AgreementSettingsAnswer },
      },
    },
    async (request) => getSettings(app.db, requireWorkspace(request).id),
  );

  app.put(
    `${base}/agreement-settings`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Record the agreement’s choices: fee category, payment days, term and notice, trademark use, data protection, law and language, mediation, arbitration, court',
        params: Params,
        body: SettingsBody,
        response: { 200: AgreementSettingsAnswer },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const s = request.body as AgreementSettings;
      await app.db.transaction().execute(async (trx) => {
        await checkSettings(trx, ws.id, s);
        const old = await trx
          .selectFrom('agreement_settings')
          .selectAll()
          .where('workspace_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        const row = { ...settingsRow(s), updated_by: userId, updated_at: new Date() };
        // One row per workspace: a first save racing another updates instead of failing.
        await trx
          .insertInto('agreement_settings')
          .values({ workspace_id: ws.id, ...row })
          .onConflict((oc) => oc.column('workspace_id').doUpdateSet(row))
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'agreement.settings.update',
          entity: 'agreement_settings',
          entityId: ws.id,
          oldValue: old ?? undefined,
          newValue: s,
        });
      });
      return getSettings(app.db, ws.id);
    },
  );

  app.get(
    `${base}/membership-agreement`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The membership / cooperation agreement in the thirteen parts of the GIZ guide (kind=membership), the trial partnership declaration (kind=trial) or the MoU (kind=mou), as DOCX or PDF in the reader’s language; actorId names the partner',
        params: Params,
        querystring: Type.Object(
          {
            format: lit(['docx', 'pdf'] as const),
            kind: Type.Optional(lit(AGREEMENT_KINDS)),
            actorId: Type.Optional(Uuid),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const q = request.query as { format: 'docx' | 'pdf'; kind?: AgreementKind; actorId?: string };
      const kind = q.kind ?? 'membership';
      let partner: string | null = null;
      if (q.actorId) {
        const actor = await app.db
          .selectFrom('actors')
          .select('name')
          .where('id', '=', q.actorId)
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst();
        if (!actor)
          throw badRequest('unknown_actor', 'actorId is not an actor of this cluster initiative', [
            { field: 'querystring.actorId', message: 'is not an actor of this cluster initiative' },
          ]);
        partner = actor.name;
      }
      const { settings, fee } = await getSettings(app.db, ws.id);
      const input = { kind, organisation: ws.name, partner, settings, fee };
      const locale = documentLocale(request);
      const file = `${kind}-agreement`;
      if (q.format === 'pdf')
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${file}.pdf"`)
          .send(await renderInThread(DOCUMENT, agreementPdf, input, locale));
      return reply
        .type(DOCX)
        .header('content-disposition', `attachment; filename="${file}.docx"`)
        .send(await renderInThread(DOCUMENT, agreementDocx, input, locale));
    },
  );

  app.get(
    `${base}/agreements`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary: 'Each member’s agreement (membership, trial partnership, MoU) with its status and dates',
        params: Params,
        querystring: Type.Object(
          { status: Type.Optional(lit(AGREEMENT_STATUSES)) },
          { additionalProperties: false },
        ),
        response: { 200: MemberAgreementList },
      },
    },
    async (request) => {
      const status = (request.query as { status?: AgreementStatus }).status;
      return { agreements: await listAgreements(app.db, requireWorkspace(request).id, status) };
    },
  );

  const input = (b: {
    actorId: string;
    kind: AgreementKind;
    status: AgreementStatus;
    sentOn?: string | null;
    signedOn?: string | null;
    endedOn?: string | null;
    notes?: string;
  }): AgreementInput => ({
    actorId: b.actorId,
    kind: b.kind,
    status: b.status,
    sentOn: b.sentOn ?? null,
    signedOn: b.signedOn ?? null,
    endedOn: b.endedOn ?? null,
    notes: b.notes ?? '',
  });

  /** Checks and stores an agreement in one transaction, the actor's row locked against a double. */
  async function save(
    workspaceId: string,
    userId: string,
    a: AgreementInput,
    selfId?: string,
  ): Promise<string> {
    return app.db.transaction().execute(async (trx) => {
      await trx
        .selectFrom('actors')
        .select('id')
        .where('id', '=', a.actorId)
        .where('workspace_id', '=', workspaceId)
        .forUpdate()
        .execute();
      const old = selfId ? await getAgreement(trx, workspaceId, selfId) : null;
      const actor = await checkAgreement(trx, workspaceId, a, selfId);
      const id = selfId
        ? (
            await trx
              .updateTable('member_agreements')
              .set({ ...agreementRow(a), updated_at: new Date() })
              .where('id', '=', selfId)
              .where('workspace_id', '=', workspaceId)
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id
        : (
            await trx
              .insertInto('member_agreements')
              .values({ workspace_id: workspaceId, ...agreementRow(a), created_by: userId })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id;
      await recordAudit(trx, {
        workspaceId,
        userId,
        action: selfId ? 'agreement.update' : 'agreement.create',
        entity: 'member_agreement',
        entityId: id,
        oldValue: old ?? undefined,
        newValue: { ...a, actor: actor.name },
      });
      return id;
    });
  }

  app.post(
    `${base}/agreements`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Record a member’s agreement',
        params: Params,
        body: AgreementBody,
        response: { 201: MemberAgreement },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const id = await save(
        ws.id,
        requireAuth(request).user.id,
        input(request.body as Parameters<typeof input>[0]),
      );
      reply.status(201);
      return getAgreement(app.db, ws.id, id);
    },
  );

  app.put(
    `${base}/agreements/:agreementId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Edit a member’s agreement',
        params: AgreementParams,
        body: AgreementBody,
        response: { 200: MemberAgreement },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await getAgreement(app.db, ws.id, request.params.agreementId);
      await save(
        ws.id,
        requireAuth(request).user.id,
        input(request.body as Parameters<typeof input>[0]),
        request.params.agreementId,
      );
      return getAgreement(app.db, ws.id, request.params.agreementId);
    },
  );

  for (const step of ['sent', 'signed'] as const)
    app.post(
      `${base}/agreements/:agreementId/${step}`,
      {
        config: { policy: write },
        schema: {
          tags,
          summary:
            step === 'sent' ? 'Mark an agreement sent, on a date' : 'Mark an agreement signed, on a date',
          params: AgreementParams,
          body: Type.Object({ on: DateString }, { additionalProperties: false }),
          response: { 200: MemberAgreement },
        },
      },
      async (request) => {
        const ws = requireWorkspace(request);
        const a = await getAgreement(app.db, ws.id, request.params.agreementId);
        const on = (request.body as { on: string }).on;
        const next: AgreementInput = {
          ...a,
          status: step,
          sentOn: step === 'sent' ? on : a.sentOn,
          signedOn: step === 'signed' ? on : a.signedOn,
        };
        try {
          await save(ws.id, requireAuth(request).user.id, next, a.id);
        } catch (e) {
          // The body's field is `on`: say so rather than the stored field's name.
          const err = e as { details?: { field: string }[] };
          for (const d of err.details ?? [])
            if (d.field === 'body.signedOn' || d.field === 'body.sentOn') d.field = 'body.on';
          throw e;
        }
        return getAgreement(app.db, ws.id, a.id);
      },
    );

  app.delete(
    `${base}/agreements/:agreementId`,
    {
      config: { policy: write },
      schema: { tags, summary: 'Delete a member’s agreement', params: AgreementParams },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const a = await getAgreement(app.db, ws.id, request.params.agreementId);
      await app.db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('member_agreements')
          .where('id', '=', a.id)
          .where('workspace_id', '=', ws.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'agreement.delete',
          entity: 'member_agreement',
          entityId: a.id,
          oldValue: a,
        });
      });
      return reply.status(204).send();
    },
  );
}
