import { responseRate } from '@agglomera/methods';
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { recordAudit } from '../../audit/service.js';
import type { Question, SurveyForm, Text3 } from './model.js';

/**
 * Surveys and their definition: loading, presenting, counting invitations and responses, creating,
 * changing and deleting. Queries and transactions only; the routes in definitions.routes.ts check and call.
 */

export interface SurveyRow {
  id: string;
  workspace_id: string;
  title: unknown;
  form_id: string;
  anonymous: boolean;
  deadline: Date;
  questions: unknown;
  form: unknown;
  sent_at: Date | null;
}

/** The columns of a SurveyRow. */
const SURVEY_COLUMNS = [
  'id',
  'workspace_id',
  'title',
  'form_id',
  'anonymous',
  'deadline',
  'questions',
  'form',
  'sent_at',
] as const;

export async function loadSurvey(db: Database, workspaceId: string, id: string): Promise<SurveyRow> {
  const s = await db
    .selectFrom('surveys')
    .select(SURVEY_COLUMNS)
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!s) throw notFound('Survey');
  return s;
}

export const questionsOf = (s: SurveyRow) => s.questions as Question[];
/** What an imported XLSForm holds beyond its questions ({} for a survey built here). */
export const formOf = (s: SurveyRow) => (s.form ?? {}) as SurveyForm;
export const groupsOf = (s: SurveyRow) => formOf(s).groups ?? [];
export const isClosed = (s: SurveyRow, now = new Date()) => new Date(s.deadline).getTime() < now.getTime();

export function present(s: SurveyRow) {
  return {
    id: s.id,
    title: s.title as Text3,
    formId: s.form_id,
    anonymous: s.anonymous,
    deadline: new Date(s.deadline).toISOString(),
    // As JSON writes it (a timestamp comes from the driver as a Date).
    sentAt: s.sent_at ? new Date(s.sent_at).toISOString() : null,
    closed: isClosed(s),
    questions: questionsOf(s),
    form: formOf(s),
  };
}

export async function stats(db: Database, surveyId: string) {
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

/** JSON with sorted keys: jsonb does not keep the key order of what was stored. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

export async function createSurvey(
  db: Database,
  workspaceId: string,
  userId: string,
  d: {
    title: Text3;
    formId: string;
    anonymous: boolean;
    deadline: string;
    questions: Question[];
    form?: SurveyForm;
  },
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('surveys')
      .values({
        workspace_id: workspaceId,
        title: JSON.stringify(d.title),
        form_id: d.formId,
        anonymous: d.anonymous,
        deadline: d.deadline,
        questions: JSON.stringify(d.questions),
        form: JSON.stringify(d.form ?? {}),
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

/** Surveys of the workspace, newest first, a page at a time, with the total. */
export async function listSurveys(db: Database, workspaceId: string, limit: number, offset: number) {
  const rows = await db
    .selectFrom('surveys')
    .select(SURVEY_COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  const total = await db
    .selectFrom('surveys')
    .select(sql<string>`count(*)::text`.as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return { rows, total: Number(total?.n ?? 0) };
}

/** Surveys a user is invited to answer, with whether they answered. */
export async function surveysOfInvitee(db: Database, workspaceId: string, userId: string) {
  return db
    .selectFrom('survey_invitations as i')
    .innerJoin('surveys as s', 's.id', 'i.survey_id')
    .select(['s.id', 's.title', 's.deadline', 's.anonymous', 'i.responded'])
    .where('i.workspace_id', '=', workspaceId)
    .where('i.user_id', '=', userId)
    .orderBy('s.deadline', 'desc')
    .limit(200)
    .execute();
}

/** Stores the changed definition of a survey (checked by the caller); audited with the old one. */
export async function updateSurvey(
  db: Database,
  workspaceId: string,
  userId: string,
  s: SurveyRow,
  b: { title: Text3; formId?: string; anonymous: boolean; deadline: string },
  questions: Question[],
) {
  await db.transaction().execute(async (trx) => {
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
      workspaceId,
      userId,
      action: 'survey.update',
      entity: 'survey',
      entityId: s.id,
      oldValue: present(s),
      newValue: b,
    });
  });
}

/** Deletes a survey with its invitations and responses; audited. */
export async function deleteSurvey(db: Database, workspaceId: string, userId: string, s: SurveyRow) {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('surveys').where('id', '=', s.id).execute();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'survey.delete',
      entity: 'survey',
      entityId: s.id,
      oldValue: { title: s.title, formId: s.form_id },
    });
  });
}
