import { ACTOR_TYPES } from '@agglomera/methods';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import type { Database } from '../db/database.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { sendTable } from '../http/export.js';
import { recordAudit } from '../audit/service.js';
import type { JobOutcome, JobRunContext } from '../jobs/service.js';
import { ExportFormatQuery, Paging, TEAM, initiative, tags } from './shared.js';
import { msg, render, word, type Text } from '../i18n/index.js';
import { iso } from '../http/schemas.js';
import { MailingListCreated, MailingLists, MessageLog, MessageQueued, Messages } from './members.schemas.js';

const Params = Type.Object({ workspaceId: Type.String() });
const Segment = Type.Union([
  Type.Literal('all_members'),
  Type.Literal('actor_type'),
  Type.Literal('working_group'),
  Type.Literal('event'),
]);
type SegmentKind = 'all_members' | 'actor_type' | 'working_group' | 'event';
const MEMBER_STAGES = ['trial', 'member'];

interface Recipient {
  actor_id: string;
  name: string;
  email: string | null;
}

/** The members a list reaches now: actor e-mail, or else the e-mail of a login that speaks for them. */
async function recipients(db: Database, workspaceId: string, segment: SegmentKind, value: string | null) {
  let q = db
    .selectFrom('actors as a')
    .select([
      'a.id as actor_id',
      'a.name',
      sql<
        string | null
      >`coalesce(nullif(a.email, ''), (SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.workspace_id = a.workspace_id AND m.actor_id = a.id ORDER BY u.email LIMIT 1))`.as('email'),
    ])
    .where('a.workspace_id', '=', workspaceId);
  if (segment === 'event')
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('event_registrations as r')
          .select('r.id')
          .whereRef('r.actor_id', '=', 'a.id')
          .where('r.event_id', '=', value!)
          .where('r.status', '<>', 'cancelled'),
      ),
    );
  else {
    q = q.where('a.membership_stage', 'in', MEMBER_STAGES);
    if (segment === 'actor_type') q = q.where('a.actor_type', '=', value!);
    if (segment === 'working_group')
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('working_group_members as g')
            .select('g.actor_id')
            .whereRef('g.actor_id', '=', 'a.id')
            .where('g.working_group_id', '=', value!),
        ),
      );
  }
  return (await q.orderBy('a.name').execute()) as Recipient[];
}

/** Checks that a segment's value exists in this workspace, naming the field when it does not. */
async function checkSegment(
  db: Database,
  workspaceId: string,
  segment: SegmentKind,
  value: string | undefined,
) {
  const fail = (message: Text) =>
    badRequest('validation_failed', message, [{ field: 'body.segmentValue', message }]);
  if (segment === 'all_members') return null;
  if (!value) throw fail(msg`Choose a value: ${word(segment)}`);
  if (segment === 'actor_type') {
    if (!(ACTOR_TYPES as readonly string[]).includes(value)) throw fail(msg`${value} is not an actor type`);
    return value;
  }
  const table = segment === 'event' ? 'events' : 'working_groups';
  const found = /^[0-9a-f-]{36}$/i.test(value)
    ? await db
        .selectFrom(table)
        .select('id')
        .where('id', '=', value)
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst()
    : undefined;
  if (!found) throw fail(msg`This workspace has no such ${word(segment)}`);
  return value;
}

interface MailingJob {
  messageId: string;
  signature: string;
  recipients: Recipient[];
}

/**
 * Sends a stored message to the recipients the list reached when it was sent, one delivery line
 * each as it goes; a retried job skips those already in the log.
 */
async function sendMessage(data: MailingJob, ctx: JobRunContext): Promise<JobOutcome> {
  const message = await ctx.db
    .selectFrom('messages')
    .select(['id', 'subject', 'body'])
    .where('id', '=', data.messageId)
    .executeTakeFirst();
  if (!message) return { summary: render(ctx.locale, msg`The message was deleted before it was sent`) };
  const logged = new Set(
    (
      await ctx.db
        .selectFrom('message_deliveries')
        .select('actor_id')
        .where('message_id', '=', message.id)
        .execute()
    ).map((d) => d.actor_id),
  );
  let done = logged.size;
  for (const r of data.recipients) {
    if (logged.has(r.actor_id)) continue;
    let status: 'sent' | 'failed' | 'no_email' = 'no_email';
    let error = '';
    if (r.email) {
      try {
        await ctx.mailer.send({
          to: r.email,
          subject: message.subject,
          text: `${message.body}\n\n— ${data.signature}`,
        });
        status = 'sent';
      } catch (e) {
        status = 'failed';
        error = (e as Error).message;
      }
    }
    await ctx.db
      .insertInto('message_deliveries')
      .values({
        message_id: message.id,
        actor_id: r.actor_id,
        recipient: r.name,
        email: r.email,
        status,
        error,
      })
      .execute();
    await ctx.progress(++done);
  }
  const counts = await ctx.db
    .selectFrom('message_deliveries')
    .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('message_id', '=', message.id)
    .groupBy('status')
    .execute();
  const count = (s: string) => Number(counts.find((c) => c.status === s)?.n ?? 0);
  const result = { id: message.id, sent: count('sent'), failed: count('failed'), noEmail: count('no_email') };
  await ctx.progress(data.recipients.length);
  return {
    summary: render(
      ctx.locale,
      msg`${result.sent} sent, ${result.failed} failed, ${result.noEmail} without an e-mail address`,
    ),
    result,
  };
}

/** Mailing lists by segment and messages with a send log (issue 6, communication). */
export async function communicationRoutes(app: App) {
  app.jobs.handle('mailing', (data, ctx) => sendMessage(data as unknown as MailingJob, ctx));

  app.get(
    '/workspaces/:workspaceId/mailing-lists',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Mailing lists with the number of members they reach now',
        params: Params,
        response: { 200: MailingLists },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const lists = await app.db
        .selectFrom('mailing_lists')
        .selectAll()
        .where('workspace_id', '=', ws.id)
        .orderBy('name')
        .execute();
      return {
        lists: await Promise.all(
          lists.map(async (l) => {
            const r = await recipients(app.db, ws.id, l.segment, l.segment_value);
            return {
              ...l,
              created_at: iso(l.created_at),
              reach: r.length,
              withoutEmail: r.filter((x) => !x.email).length,
            };
          }),
        ),
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/mailing-lists',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Create a mailing list for a segment: all members, a member type, a working group or an event',
        params: Params,
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200 }),
            segment: Segment,
            segmentValue: Type.Optional(Type.String({ maxLength: 100 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: MailingListCreated },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const b = request.body;
      const list = await app.db.transaction().execute(async (trx) => {
        const value = await checkSegment(trx, ws.id, b.segment, b.segmentValue);
        const taken = await trx
          .selectFrom('mailing_lists')
          .select('id')
          .where('workspace_id', '=', ws.id)
          .where('name', '=', b.name.trim())
          .executeTakeFirst();
        if (taken)
          throw conflict(msg`A list named "${b.name.trim()}" exists`, [
            { field: 'body.name', message: 'is taken' },
          ]);
        const row = await trx
          .insertInto('mailing_lists')
          .values({ workspace_id: ws.id, name: b.name.trim(), segment: b.segment, segment_value: value })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'mailing_list.create',
          entity: 'mailing_list',
          entityId: row.id,
          newValue: row,
        });
        return row;
      });
      reply.status(201);
      return { ...list, created_at: iso(list.created_at) };
    },
  );

  app.post(
    '/workspaces/:workspaceId/mailing-lists/:listId/messages',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: initiative } },
      schema: {
        tags,
        summary:
          'Send a message to a list: answers 202 with the job that sends it; every recipient gets a line in the send log',
        params: Type.Object({ workspaceId: Type.String(), listId: Type.String({ format: 'uuid' }) }),
        body: Type.Object(
          {
            subject: Type.String({ minLength: 1, maxLength: 300 }),
            body: Type.String({ minLength: 1, maxLength: 50000 }),
          },
          { additionalProperties: false },
        ),
        response: { 202: MessageQueued },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const list = await app.db
        .selectFrom('mailing_lists')
        .selectAll()
        .where('id', '=', request.params.listId)
        .where('workspace_id', '=', ws.id)
        .executeTakeFirst();
      if (!list) throw notFound('Mailing list');
      if (!request.body.subject.trim() || !request.body.body.trim())
        throw badRequest('validation_failed', 'A message needs a subject and a text', [
          { field: !request.body.subject.trim() ? 'body.subject' : 'body.body', message: 'is blank' },
        ]);
      const to = await recipients(app.db, ws.id, list.segment, list.segment_value);
      if (to.length === 0) throw conflict('This list reaches nobody at the moment; nothing was sent');
      // The message, its audit line and the job that sends it are stored together; a worker then
      // sends and records each delivery's outcome (hardening issue, item 15).
      const { message, jobId } = await app.db.transaction().execute(async (trx) => {
        const m = await trx
          .insertInto('messages')
          .values({
            workspace_id: ws.id,
            list_id: list.id,
            list_name: list.name,
            subject: request.body.subject.trim(),
            body: request.body.body,
            sent_by: user.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'message.send',
          entity: 'message',
          entityId: m.id,
          newValue: { list: list.name, subject: m.subject, recipients: to.length },
        });
        const jobId = await app.jobs.enqueue(trx, {
          workspaceId: ws.id,
          kind: 'mailing',
          startedBy: user.id,
          subjectId: m.id,
          label: m.subject,
          total: to.length,
          data: { messageId: m.id, signature: ws.name, recipients: to },
        });
        return { message: m, jobId };
      });
      app.jobs.wake();
      reply.status(202);
      return { id: message.id, jobId, recipients: to.length };
    },
  );

  app.get(
    '/workspaces/:workspaceId/messages',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Messages sent, newest first, with their delivery counts',
        params: Params,
        querystring: Type.Object({ ...Paging }),
        response: { 200: Messages },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const { limit = 50, offset = 0 } = request.query;
      const rows = await app.db
        .selectFrom('messages as m')
        .leftJoin('users as u', 'u.id', 'm.sent_by')
        .select(['m.id', 'm.list_name', 'm.subject', 'm.sent_at', 'u.name as sent_by'])
        .select((eb) =>
          (['sent', 'failed', 'no_email'] as const).map((s) =>
            eb
              .selectFrom('message_deliveries as d')
              .select(sql<string>`count(*)`.as('n'))
              .whereRef('d.message_id', '=', 'm.id')
              .where('d.status', '=', s)
              .as(s),
          ),
        )
        .where('m.workspace_id', '=', ws.id)
        .orderBy('m.sent_at', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      const total = await app.db
        .selectFrom('messages')
        .select(sql<string>`count(*)`.as('n'))
        .where('workspace_id', '=', ws.id)
        .executeTakeFirstOrThrow();
      return {
        messages: rows.map((r) => ({
          ...r,
          sent_at: iso(r.sent_at),
          sent: Number(r.sent),
          failed: Number(r.failed),
          no_email: Number(r.no_email),
        })),
        total: Number(total.n),
        limit,
        offset,
      };
    },
  );

  app.get(
    '/workspaces/:workspaceId/messages/:messageId/log',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'The send log of a message (JSON, or ?format=csv|xlsx)',
        params: Type.Object({ workspaceId: Type.String(), messageId: Type.String({ format: 'uuid' }) }),
        querystring: Type.Object({ format: ExportFormatQuery }),
        response: { 200: MessageLog },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const m = await app.db
        .selectFrom('messages')
        .selectAll()
        .where('id', '=', request.params.messageId)
        .where('workspace_id', '=', ws.id)
        .executeTakeFirst();
      if (!m) throw notFound('Message');
      const log = await app.db
        .selectFrom('message_deliveries')
        .select(['recipient', 'email', 'status', 'error'])
        .where('message_id', '=', m.id)
        .orderBy('recipient')
        .execute();
      if (request.query.format)
        return sendTable(
          reply,
          request.query.format,
          `send-log-${m.subject}`,
          ['recipient', 'email', 'status', 'error'],
          log.map((l) => [l.recipient, l.email, l.status, l.error]),
        );
      return { message: { ...m, sent_at: iso(m.sent_at) }, log };
    },
  );
}
