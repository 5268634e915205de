import {
  collapseCounts,
  defaultCollapse,
  likertPercentages,
  parseCollapse,
  rankingScores,
  responseRate,
  type Rounding,
} from '@agglomera/methods';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import type { Database } from '../db/database.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { AppError, badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { sendTable } from '../http/export.js';
import { withUploads } from '../http/uploads.js';
import { newSecret, sha256 } from '../auth/secrets.js';
import { sendEach } from '../mail/mailer.js';
import {
  QuestionSchema,
  Text3Schema,
  checkAnswers,
  checkDefinition,
  checkTiesNeedRespondent,
  type Answer,
  type NamedTie,
  type Question,
  type Text3,
} from './model.js';
import {
  checkNamedActors,
  hasTieQuestions,
  namesOfNamedActors,
  rosterFor,
  tieResults,
  tiesCell,
} from './ties.js';
import { linkedActorId } from '../operations/shared.js';
import type { JobOutcome, JobRunContext } from '../jobs/service.js';
import { exportXlsForm, importXlsForm } from './xlsform.js';

const tags = ['surveys'];
const kinds = ['cluster_initiative', 'programme'] as const;
/** Who builds, sends and reads surveys: the management team (or a programme officer). */
const TEAM: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'officer'];
const Params = Type.Object({ workspaceId: Type.String() });
const SurveyParams = Type.Object({ workspaceId: Type.String(), surveyId: Type.String({ format: 'uuid' }) });
const Deadline = Type.String({ format: 'date-time' });
const DefinitionBody = Type.Object(
  {
    title: Text3Schema,
    formId: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,60}$' })),
    anonymous: Type.Boolean(),
    deadline: Deadline,
    questions: Type.Array(QuestionSchema, { maxItems: 200 }),
  },
  { additionalProperties: false },
);
const AnswersBody = Type.Object(
  { answers: Type.Record(Type.String(), Type.Unknown()) },
  { additionalProperties: false },
);

interface SurveyRow {
  id: string;
  workspace_id: string;
  title: unknown;
  form_id: string;
  anonymous: boolean;
  deadline: Date;
  questions: unknown;
  sent_at: Date | null;
}

async function loadSurvey(db: Database, workspaceId: string, id: string): Promise<SurveyRow> {
  const s = await db
    .selectFrom('surveys')
    .select(['id', 'workspace_id', 'title', 'form_id', 'anonymous', 'deadline', 'questions', 'sent_at'])
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!s) throw notFound('Survey');
  return s;
}

const questionsOf = (s: SurveyRow) => s.questions as Question[];
const isClosed = (s: SurveyRow, now = new Date()) => new Date(s.deadline).getTime() < now.getTime();

function present(s: SurveyRow) {
  return {
    id: s.id,
    title: s.title as Text3,
    formId: s.form_id,
    anonymous: s.anonymous,
    deadline: new Date(s.deadline).toISOString(),
    sentAt: s.sent_at,
    closed: isClosed(s),
    questions: questionsOf(s),
  };
}

async function stats(db: Database, surveyId: string) {
  const r = await db
    .selectFrom('survey_invitations')
    .select([
      sql<string>`count(*)::text`.as('invited'),
      sql<string>`count(*) FILTER (WHERE responded)::text`.as('responded'),
    ])
    .where('survey_id', '=', surveyId)
    .executeTakeFirst();
  const responses = await db
    .selectFrom('survey_responses')
    .select(sql<string>`count(*)::text`.as('n'))
    .where('survey_id', '=', surveyId)
    .executeTakeFirst();
  const invited = Number(r?.invited ?? 0);
  const n = Number(responses?.n ?? 0);
  // Response rate = responses / invited (003:345: 33 / 136 = 24 %).
  return {
    invited,
    responses: n,
    responseRate: invited > 0 ? responseRate(Math.min(n, invited), invited) : null,
  };
}

const linkOf = (app: App, token: string) => `${app.settings.publicUrl.replace(/\/$/, '')}/s/${token}`;

/**
 * Stores a response in one transaction: refused after the deadline (409 survey_closed) or when the
 * invitation has answered already (409 already_answered); nothing is stored then.
 */
async function storeResponse(
  app: App,
  survey: SurveyRow,
  invitationId: string,
  raw: Record<string, unknown>,
  who: { userId: string | null; actorId: string | null; label: string },
) {
  if (isClosed(survey))
    throw new AppError(
      409,
      'survey_closed',
      `The survey closed on ${new Date(survey.deadline).toISOString()}: answers are no longer accepted`,
      [{ field: 'deadline', message: 'has passed' }],
    );
  const answers = checkAnswers(questionsOf(survey), raw);
  await checkNamedActors(app.db, survey.workspace_id, questionsOf(survey), answers, who.actorId);
  await app.db.transaction().execute(async (trx) => {
    const inv = await trx
      .selectFrom('survey_invitations')
      .select(['id', 'responded'])
      .where('id', '=', invitationId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (inv.responded)
      throw new AppError(409, 'already_answered', 'This survey has been answered already with this link');
    await trx.updateTable('survey_invitations').set({ responded: true }).where('id', '=', inv.id).execute();
    const r = await trx
      .insertInto('survey_responses')
      .values({
        workspace_id: survey.workspace_id,
        survey_id: survey.id,
        respondent_user_id: survey.anonymous ? null : who.userId,
        respondent_actor_id: survey.anonymous ? null : who.actorId,
        respondent_label: survey.anonymous ? '' : who.label,
        answers: JSON.stringify(answers),
        // An anonymous answer keeps the day only: a time could be matched to a person.
        ...(survey.anonymous ? { submitted_at: sql<Date>`date_trunc('day', now())` } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // An anonymous survey keeps no trace of the person who answered, not even in the audit log
    // (whose entries carry who and when): only named responses are recorded there.
    if (!survey.anonymous)
      await recordAudit(trx, {
        workspaceId: survey.workspace_id,
        userId: who.userId,
        action: 'survey.response',
        entity: 'survey',
        entityId: survey.id,
        newValue: { response: r.id },
      });
  });
}

interface ResultOptions {
  collapse?: string;
  decimals: number;
  rounding: Rounding;
}

/** Raw counts and percentages per question (percentages from counts, as in the tables of 003:363–733). */
function results(
  questions: Question[],
  responses: Record<string, Answer>[],
  o: ResultOptions & { actorNames: Map<string, string> },
) {
  const pct = (counts: number[]) =>
    counts.reduce((a, b) => a + b, 0) > 0
      ? likertPercentages(counts, { decimals: o.decimals, rounding: o.rounding })
      : counts.map(() => null);
  return questions.map((q) => {
    const given = responses.map((r) => r[q.name]).filter((v) => v !== undefined);
    const n = given.length;
    const base = { name: q.name, type: q.type, label: q.label, answered: n };
    const choices = q.choices ?? [];
    if (q.type === 'single_choice' || q.type === 'likert') {
      const counts = choices.map((c) => given.filter((v) => v === c.name).length);
      const p = pct(counts);
      const out = {
        ...base,
        choices: choices.map((c, i) => ({
          name: c.name,
          label: c.label,
          count: counts[i]!,
          percentage: p[i]!,
        })),
        categories: null as
          null | { label: Text3; points: number[]; count: number; percentage: number | null }[],
      };
      if (q.type === 'likert' && o.collapse) {
        let groups: number[][];
        try {
          groups =
            o.collapse === 'default'
              ? defaultCollapse(choices.length)
              : parseCollapse(o.collapse, choices.length);
        } catch (e) {
          throw badRequest('validation_failed', `Collapse of "${q.name}": ${(e as Error).message}`, [
            { field: 'querystring.collapse', message: (e as Error).message },
          ]);
        }
        const merged = collapseCounts(counts, groups);
        const mp = pct(merged);
        const join = (g: number[], l: 'en' | 'fr' | 'es') =>
          g.map((i) => choices[i]!.label[l] ?? choices[i]!.label.en).join(' + ');
        out.categories = groups.map((g, i) => ({
          label: { en: join(g, 'en'), fr: join(g, 'fr'), es: join(g, 'es') },
          points: g.map((x) => x + 1),
          count: merged[i]!,
          percentage: mp[i]!,
        }));
      }
      return out;
    }
    if (q.type === 'multiple_choice')
      return {
        ...base,
        // Each choice as a share of those who answered the question (several choices per person).
        choices: choices.map((c) => {
          const k = given.filter((v) => Array.isArray(v) && (v as string[]).includes(c.name)).length;
          return {
            name: c.name,
            label: c.label,
            count: k,
            percentage:
              n > 0
                ? likertPercentages([k, n - k], { decimals: o.decimals, rounding: o.rounding })[0]!
                : null,
          };
        }),
      };
    if (q.type === 'ranking')
      return {
        ...base,
        ranking: rankingScores(
          choices.map((c) => c.name),
          given as string[][],
        )
          .map((r) => ({ ...r, label: choices.find((c) => c.name === r.option)!.label }))
          .sort((a, b) => b.score - a.score),
      };
    if (q.type === 'actor_ties') return tieResults(base, q, given as NamedTie[][], o.actorNames);
    if (q.type === 'number') {
      const xs = (given as number[]).slice().sort((a, b) => a - b);
      const mid = Math.floor(xs.length / 2);
      return {
        ...base,
        mean: n ? xs.reduce((a, b) => a + b, 0) / n : null,
        median: n ? (n % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2) : null,
        min: n ? xs[0]! : null,
        max: n ? xs[n - 1]! : null,
      };
    }
    return { ...base, texts: (given as string[]).filter(Boolean).slice(0, 200) };
  });
}

interface LinksJob {
  surveyId: string;
  invitations: { id: string; name: string }[];
}
interface RemindersJob {
  surveyId: string;
  invitations: string[];
}

const closesOn = (deadline: Date | string) => new Date(deadline).toISOString().slice(0, 16).replace('T', ' ');

/**
 * Gives each invitation its personal link and mails it, resuming after the last one recorded
 * when the job is retried. Invitations whose message failed stand: a reminder sends them a
 * fresh link.
 */
async function mailLinks(app: App, data: LinksJob, ctx: JobRunContext): Promise<JobOutcome> {
  const s = await ctx.db.selectFrom('surveys').selectAll().where('id', '=', data.surveyId).executeTakeFirst();
  if (!s) return { summary: 'The survey was deleted before its links were sent' };
  const title = (s.title as Text3).en;
  const failed: { to: string; error: string }[] = [];
  let done = ctx.job.done;
  for (const inv of data.invitations.slice(done)) {
    const token = newSecret('sv_');
    const row = await ctx.db
      .updateTable('survey_invitations')
      .set({ token_hash: sha256(token) })
      .where('id', '=', inv.id)
      .where('responded', '=', false)
      .returning('email')
      .executeTakeFirst();
    if (row) {
      const sent = await sendEach(ctx.mailer, [
        {
          to: row.email,
          subject: `Survey: ${title}`,
          text: `Hello ${inv.name},\n\nPlease answer the survey "${title}" before ${closesOn(s.deadline)} UTC:\n${linkOf(app, token)}\n\nThis link is personal.${s.anonymous ? ' Your answers are anonymous.' : ''}`,
        },
      ]);
      failed.push(...sent.failed);
    }
    await ctx.progress(++done);
  }
  if (failed.length) ctx.log.error({ failed }, 'survey links could not be mailed');
  const result = {
    newlyInvited: data.invitations.length,
    notMailed: failed.map((f) => f.to),
    ...(await stats(ctx.db, s.id)),
  };
  return {
    summary: `${data.invitations.length - failed.length} of ${data.invitations.length} links mailed${failed.length ? `; not mailed to ${failed.map((f) => f.to).join(', ')}` : ''}`,
    result,
  };
}

/** A fresh personal link for each who has not answered yet (the previous link stops working). */
async function mailReminders(app: App, data: RemindersJob, ctx: JobRunContext): Promise<JobOutcome> {
  const s = await ctx.db.selectFrom('surveys').selectAll().where('id', '=', data.surveyId).executeTakeFirst();
  if (!s) return { summary: 'The survey was deleted before the reminders were sent' };
  const title = (s.title as Text3).en;
  const failed: { to: string; error: string }[] = [];
  let reminded = 0;
  let done = ctx.job.done;
  for (const id of data.invitations.slice(done)) {
    const token = newSecret('sv_');
    const row = await ctx.db
      .updateTable('survey_invitations')
      .set({ token_hash: sha256(token), reminded_at: new Date(), reminders: sql`reminders + 1` })
      .where('id', '=', id)
      .where('responded', '=', false)
      .returning('email')
      .executeTakeFirst();
    if (row) {
      const sent = await sendEach(ctx.mailer, [
        {
          to: row.email,
          subject: `Reminder: ${title}`,
          text: `A reminder: the survey "${title}" closes on ${closesOn(s.deadline)} UTC.\n${linkOf(app, token)}`,
        },
      ]);
      failed.push(...sent.failed);
      reminded += sent.sent;
    }
    await ctx.progress(++done);
  }
  if (failed.length) ctx.log.error({ failed }, 'survey reminders could not be mailed');
  return {
    summary: `${reminded} reminded${failed.length ? `; not mailed to ${failed.map((f) => f.to).join(', ')}` : ''}`,
    result: { reminded, notMailed: failed.map((f) => f.to) },
  };
}

export async function surveyRoutes(app: App) {
  app.jobs.handle('survey_send', (data, ctx) => mailLinks(app, data as unknown as LinksJob, ctx));
  app.jobs.handle('survey_reminder', (data, ctx) => mailReminders(app, data as unknown as RemindersJob, ctx));

  app.get(
    '/workspaces/:workspaceId/surveys',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary: 'Surveys of the workspace, newest first, a page at a time, with invited, responses and rate',
        params: Params,
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const { limit = 50, offset = 0 } = request.query;
      const rows = await app.db
        .selectFrom('surveys')
        .select(['id', 'workspace_id', 'title', 'form_id', 'anonymous', 'deadline', 'questions', 'sent_at'])
        .where('workspace_id', '=', ws.id)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      const total = await app.db
        .selectFrom('surveys')
        .select(sql<string>`count(*)::text`.as('n'))
        .where('workspace_id', '=', ws.id)
        .executeTakeFirst();
      return {
        surveys: await Promise.all(
          rows.map(async (s) => {
            const { questions, ...rest } = present(s);
            return { ...rest, questionCount: questions.length, ...(await stats(app.db, s.id)) };
          }),
        ),
        total: Number(total?.n ?? 0),
        limit,
        offset,
      };
    },
  );

  app.get(
    '/workspaces/:workspaceId/surveys/mine',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: { tags, summary: 'Surveys I am invited to answer, with whether I answered', params: Params },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const rows = await app.db
        .selectFrom('survey_invitations as i')
        .innerJoin('surveys as s', 's.id', 'i.survey_id')
        .select(['s.id', 's.title', 's.deadline', 's.anonymous', 'i.responded'])
        .where('i.workspace_id', '=', ws.id)
        .where('i.user_id', '=', requireAuth(request).user.id)
        .orderBy('s.deadline', 'desc')
        .limit(200)
        .execute();
      const now = Date.now();
      return {
        surveys: rows.map((r) => ({
          id: r.id,
          title: r.title as Text3,
          deadline: new Date(r.deadline).toISOString(),
          anonymous: r.anonymous,
          responded: r.responded,
          closed: new Date(r.deadline).getTime() < now,
        })),
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary:
          'Build a survey: single/multiple choice, Likert (3–7 points), number, text, ranking of a top 3, actors named (ties of the network; named surveys only); texts in en/fr/es',
        params: Params,
        body: DefinitionBody,
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const b = request.body;
      const questions = checkDefinition(b.questions as Question[]);
      checkTiesNeedRespondent(b.anonymous, questions, ws.kind);
      const id = await createSurvey(app, ws.id, requireAuth(request).user.id, {
        title: b.title,
        formId: b.formId ?? `survey_${Date.now().toString(36)}`,
        anonymous: b.anonymous,
        deadline: b.deadline,
        questions,
      });
      reply.status(201);
      return present(await loadSurvey(app.db, ws.id, id));
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys/import',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary:
          'Import a survey definition from an XLSForm (multipart: file, deadline, anonymous); a bad form names the sheet and row and nothing is stored',
        params: Params,
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const id = await withUploads(request, ['file'], async (files, fields) => {
        if (!files.file)
          throw badRequest('file_required', 'Send the XLSForm as the "file" part', [
            { field: 'file', message: 'is required' },
          ]);
        const deadline = fields.deadline ?? new Date(Date.now() + 30 * 86400_000).toISOString();
        if (Number.isNaN(Date.parse(deadline)))
          throw badRequest('validation_failed', 'deadline is not a date and time', [
            { field: 'deadline', message: 'is not a date-time' },
          ]);
        const def = await importXlsForm(files.file.path, files.file.label);
        const questions = checkDefinition(def.questions, 'file');
        return createSurvey(app, ws.id, requireAuth(request).user.id, {
          ...def,
          questions,
          anonymous: fields.anonymous === 'true',
          deadline: new Date(deadline).toISOString(),
        });
      });
      reply.status(201);
      return present(await loadSurvey(app.db, ws.id, id));
    },
  );

  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary: 'A survey: its questions, invited count, responses and response rate',
        params: SurveyParams,
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      return { ...present(s), ...(await stats(app.db, s.id)) };
    },
  );

  app.put(
    '/workspaces/:workspaceId/surveys/:surveyId',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary: 'Change a survey: the questions only until it is sent; the deadline and title at any time',
        params: SurveyParams,
        body: DefinitionBody,
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      const b = request.body;
      const questions = checkDefinition(b.questions as Question[]);
      checkTiesNeedRespondent(b.anonymous, questions, ws.kind);
      if (s.sent_at && (canonical(questions) !== canonical(s.questions) || b.anonymous !== s.anonymous))
        throw conflict('The survey has been sent: its questions and anonymity can no longer change', [
          { field: 'body.questions', message: 'cannot change after sending' },
        ]);
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('surveys')
          .set({
            title: JSON.stringify(b.title),
            form_id: b.formId ?? s.form_id,
            anonymous: b.anonymous,
            deadline: b.deadline,
            questions: JSON.stringify(questions),
          })
          .where('id', '=', s.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'survey.update',
          entity: 'survey',
          entityId: s.id,
          oldValue: present(s),
          newValue: b,
        });
      });
      return present(await loadSurvey(app.db, ws.id, s.id));
    },
  );

  app.delete(
    '/workspaces/:workspaceId/surveys/:surveyId',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds } },
      schema: { tags, summary: 'Delete a survey with its invitations and responses', params: SurveyParams },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      await app.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('surveys').where('id', '=', s.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'survey.delete',
          entity: 'survey',
          entityId: s.id,
          oldValue: { title: s.title, formId: s.form_id },
        });
      });
      return { ok: true };
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys/:surveyId/send',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary:
          'Send personal links to the workspace members (users with role member) and/or to actors with an email; those invited already are skipped. Answers 202 with the job that mails the links',
        params: SurveyParams,
        body: Type.Object(
          {
            members: Type.Boolean(),
            actors: Type.Union([
              Type.Literal('none'),
              Type.Literal('all_with_email'),
              Type.Array(Type.String({ format: 'uuid' }), { maxItems: 5000 }),
            ]),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      if (isClosed(s))
        throw new AppError(409, 'survey_closed', 'The deadline has passed: move it first, then send', [
          { field: 'deadline', message: 'has passed' },
        ]);
      const b = request.body;
      const user = requireAuth(request).user;
      // The invitations are stored with a link nobody knows; the job gives each its personal link
      // as it mails it, so that no link waits in the queue (hardening issue, item 15).
      const { invited, jobId } = await app.db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('survey_invitations')
          .select(['user_id', 'actor_id'])
          .where('survey_id', '=', s.id)
          .execute();
        const users = new Set(before.map((i) => i.user_id).filter(Boolean));
        const actors = new Set(before.map((i) => i.actor_id).filter(Boolean));
        const rows: { user_id: string | null; actor_id: string | null; email: string; name: string }[] = [];
        if (b.members) {
          const members = await trx
            .selectFrom('memberships')
            .innerJoin('users', 'users.id', 'memberships.user_id')
            .select(['users.id', 'users.email', 'users.name'])
            .where('memberships.workspace_id', '=', ws.id)
            .where('memberships.role', '=', 'member')
            .execute();
          for (const m of members)
            if (!users.has(m.id)) rows.push({ user_id: m.id, actor_id: null, email: m.email, name: m.name });
        }
        if (b.actors !== 'none') {
          let q = trx
            .selectFrom('actors')
            .select(['id', 'email', 'name'])
            .where('workspace_id', '=', ws.id)
            .where('email', '<>', '');
          if (Array.isArray(b.actors)) {
            if (b.actors.length === 0) q = q.where(sql<boolean>`false`);
            else q = q.where('id', 'in', b.actors);
          }
          const found = await q.execute();
          if (Array.isArray(b.actors)) {
            const missing = b.actors.findIndex((id) => !found.some((a) => a.id === id));
            if (missing >= 0)
              throw badRequest('unknown_actor', 'An actor is not in this register or has no email', [
                { field: `body.actors.${missing}`, message: 'is not an actor with an email' },
              ]);
          }
          for (const a of found)
            if (!actors.has(a.id)) rows.push({ user_id: null, actor_id: a.id, email: a.email, name: a.name });
        }
        const invited: { id: string; name: string }[] = [];
        for (const r of rows) {
          const row = await trx
            .insertInto('survey_invitations')
            .values({
              workspace_id: ws.id,
              survey_id: s.id,
              user_id: r.user_id,
              actor_id: r.actor_id,
              email: r.email,
              token_hash: sha256(newSecret('sv_')),
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          invited.push({ id: row.id, name: r.name });
        }
        await trx
          .updateTable('surveys')
          .set({ sent_at: s.sent_at ?? new Date() })
          .where('id', '=', s.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'survey.send',
          entity: 'survey',
          entityId: s.id,
          newValue: { members: b.members, actors: b.actors, invited: rows.length },
        });
        const jobId = await app.jobs.enqueue(trx, {
          workspaceId: ws.id,
          kind: 'survey_send',
          startedBy: user.id,
          subjectId: s.id,
          label: (s.title as Text3).en,
          total: invited.length,
          data: { surveyId: s.id, invitations: invited },
        });
        return { invited, jobId };
      });
      app.jobs.wake();
      reply.status(202);
      return { jobId, newlyInvited: invited.length };
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys/:surveyId/remind',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary:
          'Remind those who have not answered: answers 202 with the job that gives each a fresh personal link through the mailer (the previous link stops working)',
        params: SurveyParams,
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      if (isClosed(s))
        throw new AppError(409, 'survey_closed', 'The deadline has passed: there is nobody to remind', [
          { field: 'deadline', message: 'has passed' },
        ]);
      const user = requireAuth(request).user;
      const { pending, jobId } = await app.db.transaction().execute(async (trx) => {
        const pending = await trx
          .selectFrom('survey_invitations')
          .select('id')
          .where('survey_id', '=', s.id)
          .where('responded', '=', false)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'survey.remind',
          entity: 'survey',
          entityId: s.id,
          newValue: { reminded: pending.length },
        });
        const jobId = await app.jobs.enqueue(trx, {
          workspaceId: ws.id,
          kind: 'survey_reminder',
          startedBy: user.id,
          subjectId: s.id,
          label: (s.title as Text3).en,
          total: pending.length,
          data: { surveyId: s.id, invitations: pending.map((p) => p.id) },
        });
        return { pending, jobId };
      });
      app.jobs.wake();
      reply.status(202);
      return { jobId, toRemind: pending.length };
    },
  );

  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId/results',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary:
          'Results: raw counts and percentages per question; collapse=default (or e.g. 1-2,3,4-5) merges Likert points into categories',
        params: SurveyParams,
        querystring: Type.Object(
          {
            collapse: Type.Optional(Type.String({ maxLength: 100 })),
            decimals: Type.Optional(Type.Integer({ minimum: 0, maximum: 3, default: 1 })),
            rounding: Type.Optional(
              Type.Union([Type.Literal('half-up'), Type.Literal('half-even'), Type.Literal('truncate')]),
            ),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      const rows = await app.db
        .selectFrom('survey_responses')
        .select('answers')
        .where('survey_id', '=', s.id)
        // By the random identifier: no order that follows the time of answering.
        .orderBy('id')
        .execute();
      const q = request.query;
      const answers = rows.map((r) => r.answers as Record<string, Answer>);
      return {
        ...(await stats(app.db, s.id)),
        decimals: q.decimals ?? 1,
        rounding: q.rounding ?? 'half-up',
        questions: results(questionsOf(s), answers, {
          collapse: q.collapse,
          decimals: q.decimals ?? 1,
          rounding: q.rounding ?? 'half-up',
          actorNames: await namesOfNamedActors(app.db, ws.id, questionsOf(s), answers),
        }),
      };
    },
  );

  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId/responses/export',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary: 'The responses as CSV or XLSX, one row per response, one column per question (choice names)',
        params: SurveyParams,
        querystring: Type.Object(
          { format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      const rows = await app.db
        .selectFrom('survey_responses')
        .select(['answers', 'respondent_label', 'submitted_at'])
        .where('survey_id', '=', s.id)
        // Anonymous answers by their random identifier, so that the order cannot follow time.
        .orderBy(s.anonymous ? 'id' : 'submitted_at')
        .execute();
      const qs = questionsOf(s);
      const names = await namesOfNamedActors(
        app.db,
        ws.id,
        qs,
        rows.map((r) => r.answers as Record<string, Answer>),
      );
      const cell = (q: Question, v: Answer | undefined) =>
        v === undefined
          ? null
          : q.type === 'actor_ties'
            ? tiesCell(v as NamedTie[], names)
            : Array.isArray(v)
              ? (v as string[]).join(' ')
              : v;
      return sendTable(
        reply,
        request.query.format,
        `${s.form_id}-responses`,
        [...(s.anonymous ? [] : ['respondent']), 'submitted_at', ...qs.map((q) => q.name)],
        rows.map((r) => {
          const a = r.answers as Record<string, Answer>;
          return [
            ...(s.anonymous ? [] : [r.respondent_label]),
            // Anonymous responses keep only the day, so the time cannot point at a person.
            s.anonymous
              ? new Date(r.submitted_at).toISOString().slice(0, 10)
              : new Date(r.submitted_at).toISOString(),
            ...qs.map((q) => cell(q, a[q.name])),
          ];
        }),
      );
    },
  );

  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId/xlsform',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary: 'The survey definition as an XLSForm (survey, choices, settings sheets)',
        params: SurveyParams,
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      const ties = questionsOf(s).findIndex((q) => q.type === 'actor_ties');
      if (ties >= 0)
        throw conflict(
          `Question ${ties + 1} asks the respondent to name actors of the register: XLSForm has no such question type, so this survey cannot be exported as an XLSForm`,
          [{ field: `questions.${ties}.type`, message: 'actor_ties has no XLSForm equivalent' }],
        );
      const buffer = await exportXlsForm({
        title: s.title as Text3,
        formId: s.form_id,
        questions: questionsOf(s),
      });
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header(
        'content-disposition',
        `attachment; filename="${s.form_id.replace(/[^A-Za-z0-9_-]+/g, '-')}.xlsx"`,
      );
      return reply.send(buffer);
    },
  );

  // Answering as a signed-in member of the workspace.
  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId/form',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: { tags, summary: 'The questions of a survey I am invited to', params: SurveyParams },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      const userId = requireAuth(request).user.id;
      const inv = await myInvitation(app.db, s.id, userId);
      const { id, title, anonymous, deadline, closed, questions } = present(s);
      const own = hasTieQuestions(questions) ? await respondentActor(app.db, ws.id, null, userId) : null;
      // The roster only while the answer is still to be given (hardening issue, item 7).
      const roster = closed || inv.responded ? [] : await rosterFor(app.db, ws.id, questions, own);
      return { id, title, anonymous, deadline, closed, questions, roster, responded: inv.responded };
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys/:surveyId/responses',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary: 'Answer a survey I am invited to (refused after the deadline or a second time)',
        params: SurveyParams,
        body: AnswersBody,
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const auth = requireAuth(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      const inv = await myInvitation(app.db, s.id, auth.user.id);
      // A member login answers for the organisation it is linked to (named surveys only).
      await storeResponse(app, s, inv.id, request.body.answers, {
        userId: auth.user.id,
        actorId: s.anonymous ? null : await respondentActor(app.db, ws.id, null, auth.user.id),
        label: auth.user.name,
      });
      reply.status(201);
      return { ok: true };
    },
  );

  // Answering through a personal link, without an account.
  app.get(
    '/survey-links/:token',
    {
      config: { policy: { access: 'public' } },
      schema: {
        tags,
        summary: 'The survey behind a personal link',
        params: Type.Object({ token: Type.String() }),
      },
    },
    async (request) => {
      const { survey, invitation } = await byToken(app.db, request.params.token);
      const { id, title, anonymous, deadline, closed, questions } = present(survey);
      const own = hasTieQuestions(questions)
        ? await respondentActor(app.db, survey.workspace_id, invitation.actor_id, invitation.user_id)
        : null;
      // Without an account, the actors of the register are shown only to a respondent who still
      // has to answer, while the survey is open: a used or expired link lists nobody (item 7).
      const roster =
        closed || invitation.responded ? [] : await rosterFor(app.db, survey.workspace_id, questions, own);
      return { id, title, anonymous, deadline, closed, questions, roster, responded: invitation.responded };
    },
  );

  app.post(
    '/survey-links/:token/responses',
    {
      config: { policy: { access: 'public' } },
      schema: {
        tags,
        summary: 'Answer through a personal link (refused after the deadline or a second time)',
        params: Type.Object({ token: Type.String() }),
        body: AnswersBody,
      },
    },
    async (request, reply) => {
      const { survey, invitation } = await byToken(app.db, request.params.token);
      let label = invitation.email;
      if (invitation.actor_id) {
        const a = await app.db
          .selectFrom('actors')
          .select('name')
          .where('id', '=', invitation.actor_id)
          .executeTakeFirst();
        label = a?.name ?? label;
      } else if (invitation.user_id) {
        const u = await app.db
          .selectFrom('users')
          .select('name')
          .where('id', '=', invitation.user_id)
          .executeTakeFirst();
        label = u?.name ?? label;
      }
      await storeResponse(app, survey, invitation.id, request.body.answers, {
        userId: invitation.user_id,
        actorId: await respondentActor(app.db, survey.workspace_id, invitation.actor_id, invitation.user_id),
        label,
      });
      reply.status(201);
      return { ok: true };
    },
  );
}

/** JSON with sorted keys: jsonb does not keep the key order of what was stored. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

/**
 * The organisation a respondent answers for: the actor invited through its own link, else the
 * organisation the invited member login speaks for.
 */
async function respondentActor(
  db: Database,
  workspaceId: string,
  actorId: string | null,
  userId: string | null,
): Promise<string | null> {
  return actorId ?? (userId ? linkedActorId(db, workspaceId, userId) : null);
}

async function myInvitation(db: Database, surveyId: string, userId: string) {
  const inv = await db
    .selectFrom('survey_invitations')
    .select(['id', 'responded'])
    .where('survey_id', '=', surveyId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!inv) throw notFound('Survey invitation');
  return inv;
}

async function byToken(db: Database, token: string) {
  const invitation = await db
    .selectFrom('survey_invitations')
    .select(['id', 'survey_id', 'workspace_id', 'user_id', 'actor_id', 'email', 'responded'])
    .where('token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!invitation) throw notFound('Survey link');
  const survey = await loadSurvey(db, invitation.workspace_id, invitation.survey_id);
  return { survey, invitation };
}

async function createSurvey(
  app: App,
  workspaceId: string,
  userId: string,
  d: { title: Text3; formId: string; anonymous: boolean; deadline: string; questions: Question[] },
): Promise<string> {
  return app.db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('surveys')
      .values({
        workspace_id: workspaceId,
        title: JSON.stringify(d.title),
        form_id: d.formId,
        anonymous: d.anonymous,
        deadline: d.deadline,
        questions: JSON.stringify(d.questions),
        created_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'survey.create',
      entity: 'survey',
      entityId: r.id,
      newValue: { title: d.title, formId: d.formId, questions: d.questions.length },
    });
    return r.id;
  });
}
