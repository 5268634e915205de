import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import { badRequest } from '../../http/errors.js';
import { recordAudit } from '../../audit/service.js';
import { newSecret, sha256 } from '../../auth/secrets.js';
import { sendEach } from '../../mail/mailer.js';
import type { JobOutcome, JobRunContext, Jobs } from '../../jobs/service.js';
import type { Text3 } from './model.js';
import { EMAIL } from '../../diagnose/actors/service.js';
import { InputError, readImportRows } from '../../map/tabular.js';
import { asLocale, msg, render, type Locale } from '../../i18n/index.js';
import { stats, type SurveyRow } from './surveys.service.js';

/**
 * Sending a survey: invitations to members and actors, personal links mailed by a job, reminders
 * with a fresh link. Queries, transactions and the jobs; the routes in sends.routes.ts check and call.
 */

const linkOf = (publicUrl: string, token: string) => `${publicUrl.replace(/\/$/, '')}/s/${token}`;

export interface LinksJob {
  surveyId: string;
  invitations: { id: string; name: string }[];
}
export interface RemindersJob {
  surveyId: string;
  invitations: string[];
}

const closesOn = (deadline: Date | string) => new Date(deadline).toISOString().slice(0, 16).replace('T', ' ');

/**
 * The language of a survey's mail: the invited login's own, else that of the team member who
 * made the survey (a listed respondent or an actor has no language on record).
 */
async function mailLocale(db: Database, invitationId: string, surveyCreator: string | null): Promise<Locale> {
  const row = await db
    .selectFrom('survey_invitations as i')
    .leftJoin('users as u', 'u.id', 'i.user_id')
    .select('u.locale')
    .where('i.id', '=', invitationId)
    .executeTakeFirst();
  const own = asLocale(row?.locale);
  if (own) return own;
  if (!surveyCreator) return 'en';
  const creator = await db
    .selectFrom('users')
    .select('locale')
    .where('id', '=', surveyCreator)
    .executeTakeFirst();
  return asLocale(creator?.locale) ?? 'en';
}
const titleIn = (title: Text3, locale: Locale) => title[locale] || title.en;

/**
 * Gives each invitation its personal link and mails it, resuming after the last one recorded
 * when the job is retried. Invitations whose message failed stand: a reminder sends them a
 * fresh link.
 */
export async function mailLinks(publicUrl: string, data: LinksJob, ctx: JobRunContext): Promise<JobOutcome> {
  const s = await ctx.db.selectFrom('surveys').selectAll().where('id', '=', data.surveyId).executeTakeFirst();
  if (!s) return { summary: render(ctx.locale, msg`The survey was deleted before its links were sent`) };
  const failed: { to: string; error: string }[] = [];
  let done = ctx.job.done;
  for (const inv of data.invitations.slice(done)) {
    const locale = await mailLocale(ctx.db, inv.id, s.created_by);
    const title = titleIn(s.title as Text3, locale);
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
          subject: render(locale, msg`Survey: ${title}`),
          text: render(
            locale,
            s.anonymous
              ? msg`Hello ${inv.name},\n\nPlease answer the survey "${title}" before ${closesOn(s.deadline)} UTC:\n${linkOf(publicUrl, token)}\n\nThis link is personal. Your answers are anonymous.`
              : msg`Hello ${inv.name},\n\nPlease answer the survey "${title}" before ${closesOn(s.deadline)} UTC:\n${linkOf(publicUrl, token)}\n\nThis link is personal.`,
          ),
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
    summary: render(
      ctx.locale,
      failed.length
        ? msg`${data.invitations.length - failed.length} of ${data.invitations.length} links mailed; not mailed to ${failed.map((f) => f.to).join(', ')}`
        : msg`${data.invitations.length} of ${data.invitations.length} links mailed`,
    ),
    result,
  };
}

/** A fresh personal link for each who has not answered yet (the previous link stops working). */
export async function mailReminders(
  publicUrl: string,
  data: RemindersJob,
  ctx: JobRunContext,
): Promise<JobOutcome> {
  const s = await ctx.db.selectFrom('surveys').selectAll().where('id', '=', data.surveyId).executeTakeFirst();
  if (!s) return { summary: render(ctx.locale, msg`The survey was deleted before the reminders were sent`) };
  const failed: { to: string; error: string }[] = [];
  let reminded = 0;
  let done = ctx.job.done;
  for (const id of data.invitations.slice(done)) {
    const locale = await mailLocale(ctx.db, id, s.created_by);
    const title = titleIn(s.title as Text3, locale);
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
          subject: render(locale, msg`Reminder: ${title}`),
          text: render(
            locale,
            msg`A reminder: the survey "${title}" closes on ${closesOn(s.deadline)} UTC.\n${linkOf(publicUrl, token)}`,
          ),
        },
      ]);
      failed.push(...sent.failed);
      reminded += sent.sent;
    }
    await ctx.progress(++done);
  }
  if (failed.length) ctx.log.error({ failed }, 'survey reminders could not be mailed');
  return {
    summary: render(
      ctx.locale,
      failed.length
        ? msg`${reminded} reminded; not mailed to ${failed.map((f) => f.to).join(', ')}`
        : msg`${reminded} reminded`,
    ),
    result: { reminded, notMailed: failed.map((f) => f.to) },
  };
}

/**
 * Invites the workspace members (users with role member) and/or actors with an email, skipping
 * those invited already; the invitations are stored with a link nobody knows, and the job that
 * mails the links is queued in the same transaction. Audited.
 */
export async function inviteToSurvey(
  db: Database,
  jobs: Pick<Jobs, 'enqueue'>,
  workspaceId: string,
  userId: string,
  s: SurveyRow,
  b: { members: boolean; actors: 'none' | 'all_with_email' | string[] },
) {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('survey_invitations')
      .select(['user_id', 'actor_id'])
      .where('survey_id', '=', s.id)
      .execute();
    const users = new Set(before.map((i) => i.user_id).filter(Boolean));
    const actors = new Set(before.map((i) => i.actor_id).filter(Boolean));
    const rows: NewInvitation[] = [];
    if (b.members) {
      const members = await trx
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .select(['users.id', 'users.email', 'users.name'])
        .where('memberships.workspace_id', '=', workspaceId)
        .where('memberships.role', '=', 'member')
        .execute();
      for (const m of members)
        if (!users.has(m.id)) rows.push({ user_id: m.id, actor_id: null, email: m.email, name: m.name });
    }
    if (b.actors !== 'none') {
      let q = trx
        .selectFrom('actors')
        .select(['id', 'email', 'name'])
        .where('workspace_id', '=', workspaceId)
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
    return storeInvitations(trx, jobs, workspaceId, userId, s, rows, {
      members: b.members,
      actors: b.actors,
      invited: rows.length,
    });
  });
}

/** One invitation to store: a member login, an actor of the register, or a listed respondent. */
interface NewInvitation {
  user_id: string | null;
  actor_id: string | null;
  email: string;
  /** Whom the mail greets. */
  name: string;
  /** A listed respondent's name and organisation, kept with the invitation (migration 0059). */
  listed?: { name: string; organisation: string };
}

/**
 * Stores invitations with a link nobody knows, marks the survey sent, audits the sending and
 * queues the job that gives each its personal link as it mails it (the same transaction).
 */
async function storeInvitations(
  trx: Database,
  jobs: Pick<Jobs, 'enqueue'>,
  workspaceId: string,
  userId: string,
  s: SurveyRow,
  rows: NewInvitation[],
  audited: Record<string, unknown>,
) {
  const invited: { id: string; name: string }[] = [];
  for (const r of rows) {
    const row = await trx
      .insertInto('survey_invitations')
      .values({
        workspace_id: workspaceId,
        survey_id: s.id,
        user_id: r.user_id,
        actor_id: r.actor_id,
        email: r.email,
        ...(r.listed ?? {}),
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
    workspaceId,
    userId,
    action: 'survey.send',
    entity: 'survey',
    entityId: s.id,
    newValue: audited,
  });
  const jobId = await jobs.enqueue(trx, {
    workspaceId,
    kind: 'survey_send',
    startedBy: userId,
    subjectId: s.id,
    label: (s.title as Text3).en,
    total: invited.length,
    data: { surveyId: s.id, invitations: invited },
  });
  return { invited, jobId };
}

/** Columns of a respondent list; at most this many rows in one file. */
export const RESPONDENT_COLUMNS = ['name', 'email', 'organisation'] as const;
export const RESPONDENTS_MAX = 5000;

/**
 * Invites a list of respondents read from a CSV or XLSX file (columns name, email and optionally
 * organisation), all or nothing: a row without a name, with an address that is not one, or naming
 * an email twice is refused with its line and column, and nothing is stored. Emails invited to the
 * survey already (from a list, as a member or as an actor) are skipped. The job that mails the
 * links is queued in the same transaction, as for members and actors. Audited.
 */
export async function importRespondents(
  db: Database,
  jobs: Pick<Jobs, 'enqueue'>,
  workspaceId: string,
  userId: string,
  s: SurveyRow,
  file: { path: string; label: string },
) {
  const rows = await readImportRows(
    file,
    { required: ['name', 'email'], allowed: RESPONDENT_COLUMNS },
    RESPONDENTS_MAX,
  );
  const lines = new Map<string, number>();
  const people = rows.map((r) => {
    const name = (r.values.name ?? '').trim();
    const email = (r.values.email ?? '').trim().toLowerCase();
    const organisation = (r.values.organisation ?? '').trim();
    if (!name) throw new InputError(file.label, r.line, 'name', 'the name is empty');
    if (name.length > 200 || organisation.length > 200)
      throw new InputError(
        file.label,
        r.line,
        name.length > 200 ? 'name' : 'organisation',
        msg`longer than ${200} characters`,
      );
    if (!EMAIL.test(email) || email.length > 254)
      throw new InputError(
        file.label,
        r.line,
        'email',
        msg`"${r.values.email ?? ''}" is not an email address`,
      );
    const earlier = lines.get(email);
    if (earlier !== undefined)
      throw new InputError(
        file.label,
        r.line,
        'email',
        msg`"${email}" appears twice (also on line ${earlier})`,
      );
    lines.set(email, r.line);
    return { name, email, organisation };
  });
  return db.transaction().execute(async (trx) => {
    const taken = new Set(
      (
        await trx.selectFrom('survey_invitations').select('email').where('survey_id', '=', s.id).execute()
      ).map((i) => i.email.toLowerCase()),
    );
    const fresh = people.filter((p) => !taken.has(p.email));
    const { invited, jobId } = await storeInvitations(
      trx,
      jobs,
      workspaceId,
      userId,
      s,
      fresh.map((p) => ({
        user_id: null,
        actor_id: null,
        email: p.email,
        name: p.name,
        listed: { name: p.name, organisation: p.organisation },
      })),
      { list: file.label, rows: people.length, invited: fresh.length },
    );
    return { invited, skipped: people.length - invited.length, jobId };
  });
}

/** Queues the job that reminds those who have not answered yet. Audited. */
export async function remindSurvey(
  db: Database,
  jobs: Pick<Jobs, 'enqueue'>,
  workspaceId: string,
  userId: string,
  s: SurveyRow,
) {
  return db.transaction().execute(async (trx) => {
    const pending = await trx
      .selectFrom('survey_invitations')
      .select('id')
      .where('survey_id', '=', s.id)
      .where('responded', '=', false)
      .execute();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'survey.remind',
      entity: 'survey',
      entityId: s.id,
      newValue: { reminded: pending.length },
    });
    const jobId = await jobs.enqueue(trx, {
      workspaceId,
      kind: 'survey_reminder',
      startedBy: userId,
      subjectId: s.id,
      label: (s.title as Text3).en,
      total: pending.length,
      data: { surveyId: s.id, invitations: pending.map((p) => p.id) },
    });
    return { pending, jobId };
  });
}
