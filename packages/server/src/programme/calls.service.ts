import { DEFAULT_ASSESSMENT_SCALE, IDB_COMPETENCE_AREAS } from '@agglomera/methods';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import type { WorkspaceRole } from '../http/policy.js';
import { msg } from '../i18n/index.js';
import { iso } from '../http/schemas.js';
import type { CALL_STATUSES } from '../db/schema-calls.js';
import { isCalendarDate } from '../strategy/canvas.service.js';
import { RUNNERS, READERS } from './shared.js';

/**
 * Calls, applications, assessment and selection (issue 15, item 2; docs/programme.md, slice B),
 * after IDB / Compete Caribbean: "24 BSOs responded to an initial call and 10 were selected"; their
 * competences were diagnosed "around cluster/value chain identification, project design, and
 * implementation" (003:263). The scale of the scores is the platform's (1–5 by default; the guide
 * gives none) and each call may set its own.
 */

type Tx = Kysely<DB>;

export interface Question {
  id: string;
  text: string;
  required: boolean;
}

/** Why an application is not eligible, as codes (the screens say them in words). */
export const INELIGIBLE_REASONS = ['applicant_type', 'country', 'missing_answers'] as const;
export type IneligibleReason = (typeof INELIGIBLE_REASONS)[number];

/** Who reads the calls: the readers and the assessors (panel members do not; their part is the plans). */
export const CALL_READERS: readonly WorkspaceRole[] = [...READERS, 'assessor'];

export const defaultCompetenceAreas = (): string[] => [...IDB_COMPETENCE_AREAS];
export const defaultScale = () => ({ ...DEFAULT_ASSESSMENT_SCALE });

const asArray = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

export async function lockCall(db: Tx, programmeId: string, callId: string, forUpdate = true) {
  let q = db
    .selectFrom('programme_calls')
    .selectAll()
    .where('id', '=', callId)
    .where('programme_id', '=', programmeId);
  if (forUpdate) q = q.forUpdate();
  const call = await q.executeTakeFirst();
  if (!call) throw notFound('Call');
  return call;
}

export async function findApplicant(db: Tx, programmeId: string, applicantId: string, field: string) {
  const a = await db
    .selectFrom('programme_applicants')
    .selectAll()
    .where('id', '=', applicantId)
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  if (!a)
    throw badRequest('validation_failed', 'The organisation is not in this programme’s register', [
      { field, message: 'is not an organisation of this programme’s register' },
    ]);
  return a;
}

/** A call's dates are days of the calendar and the deadline is not before the opening. */
export function checkCallDates(opensOn: string, deadline: string) {
  for (const [field, value] of [
    ['body.opensOn', opensOn],
    ['body.deadline', deadline],
  ] as const)
    if (!isCalendarDate(value))
      throw badRequest('validation_failed', 'A date of the call is not a day of the calendar', [
        { field, message: 'is not a day of the calendar' },
      ]);
  if (deadline < opensOn)
    throw badRequest('validation_failed', 'The deadline is before the call opens', [
      { field: 'body.deadline', message: 'is before opensOn' },
    ]);
}

export function checkScale(min: number, max: number) {
  if (max <= min)
    throw badRequest('validation_failed', 'The top of the scale must be above its bottom', [
      { field: 'body.scaleMax', message: 'is not above scaleMin' },
    ]);
}

/** Competence areas: trimmed, none empty, no two alike. */
export function cleanAreas(areas: string[]): string[] {
  const out = areas.map((a) => a.trim());
  out.forEach((a, i) => {
    if (!a)
      throw badRequest('validation_failed', 'A competence area needs a name', [
        { field: `body.competenceAreas.${i}`, message: 'is empty' },
      ]);
    if (out.indexOf(a) !== i)
      throw badRequest('validation_failed', msg`The competence area "${a}" is listed twice`, [
        { field: `body.competenceAreas.${i}`, message: 'is listed twice' },
      ]);
  });
  return out;
}

/** The form's questions, numbered q1, q2, … in their order (a call's form changes only while draft). */
export function cleanQuestions(questions: { text: string; required?: boolean }[]): Question[] {
  return questions.map((q, i) => {
    const text = q.text.trim();
    if (!text)
      throw badRequest('validation_failed', 'A question of the form is empty', [
        { field: `body.questions.${i}.text`, message: 'is empty' },
      ]);
    return { id: `q${i + 1}`, text, required: q.required ?? false };
  });
}

/** The codes of what makes an application ineligible under the call's rules; empty when eligible. */
export function ineligibleReasons(
  call: { eligible_types: unknown; eligible_countries: unknown; questions: unknown },
  applicant: { type: string; country: string },
  answers: Record<string, string>,
): IneligibleReason[] {
  const types = asArray<string>(call.eligible_types);
  const countries = asArray<string>(call.eligible_countries);
  const reasons: IneligibleReason[] = [];
  if (types.length && !types.includes(applicant.type)) reasons.push('applicant_type');
  if (countries.length && !countries.includes(applicant.country)) reasons.push('country');
  if (asArray<Question>(call.questions).some((q) => q.required && !(answers[q.id] ?? '').trim()))
    reasons.push('missing_answers');
  return reasons;
}

/** Answers name questions of the form and are trimmed. */
export function cleanAnswers(call: { questions: unknown }, answers: Record<string, string>) {
  const ids = new Set(asArray<Question>(call.questions).map((q) => q.id));
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(answers)) {
    if (!ids.has(k))
      throw badRequest('validation_failed', 'An answer names no question of the call’s form', [
        { field: `body.answers.${k}`, message: 'is not a question of the form' },
      ]);
    out[k] = v.trim();
  }
  return out;
}

/** Applications are received while the call is published, from its opening to its deadline (inclusive). */
export function checkOpen(call: { status: string; opens_on: string; deadline: string }, on: string) {
  if (call.status !== 'published')
    throw conflict(
      call.status === 'draft'
        ? 'The call is not published yet: it receives no applications'
        : 'The call is closed: it receives no applications',
    );
  if (on < call.opens_on)
    throw conflict(msg`The call opens on ${call.opens_on}: it receives no applications before`);
  if (on > call.deadline)
    throw conflict(msg`The call’s deadline (${call.deadline}) has passed: it receives no more applications`);
}

export function callView(c: {
  id: string;
  title: string;
  description: string;
  opens_on: string;
  deadline: string;
  eligibility: string;
  eligible_types: unknown;
  eligible_countries: unknown;
  questions: unknown;
  competence_areas: unknown;
  scale_min: number;
  scale_max: number;
  status: (typeof CALL_STATUSES)[number];
}) {
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    opensOn: c.opens_on,
    deadline: c.deadline,
    eligibility: c.eligibility,
    eligibleTypes: asArray<string>(c.eligible_types),
    eligibleCountries: asArray<string>(c.eligible_countries),
    questions: asArray<Question>(c.questions),
    competenceAreas: asArray<string>(c.competence_areas),
    scale: { min: c.scale_min, max: c.scale_max },
    status: c.status,
  };
}

export async function listCalls(db: Database, programmeId: string) {
  const calls = await db
    .selectFrom('programme_calls as c')
    .selectAll('c')
    .select((eb) => [
      eb
        .selectFrom('programme_applications as a')
        .whereRef('a.call_id', '=', 'c.id')
        .select(eb.fn.countAll<string>().as('n'))
        .as('applications'),
      eb
        .selectFrom('programme_applications as a')
        .whereRef('a.call_id', '=', 'c.id')
        .where('a.selected', '=', true)
        .select(eb.fn.countAll<string>().as('n'))
        .as('selected'),
    ])
    .where('c.programme_id', '=', programmeId)
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id')
    .execute();
  return {
    calls: calls.map((c) => ({
      ...callView(c),
      applications: Number(c.applications ?? 0),
      selected: Number(c.selected ?? 0),
    })),
    defaults: { competenceAreas: defaultCompetenceAreas(), scale: defaultScale() },
  };
}

/**
 * A call with its applications. Runners and readers see every assessor's scores; an assessor sees
 * only their own (each assesses independently), with their declaration of conflicts.
 */
export async function getCallDetail(
  db: Database,
  programmeId: string,
  callId: string,
  user: { id: string; role: WorkspaceRole },
) {
  const call = await lockCall(db, programmeId, callId, false);
  const apps = await db
    .selectFrom('programme_applications as a')
    .innerJoin('programme_applicants as p', 'p.id', 'a.applicant_id')
    .select([
      'a.id',
      'a.applicant_id',
      'a.answers',
      'a.eligible',
      'a.ineligible_reasons',
      'a.selected',
      'a.selection_reason',
      'a.selected_at',
      'a.submitted_on',
      'p.name',
      'p.short_name',
      'p.country',
      'p.type',
    ])
    .where('a.call_id', '=', callId)
    .orderBy('p.name')
    .execute();
  const seesAll = user.role !== 'assessor';
  let scoreQuery = db
    .selectFrom('programme_assessment_scores as s')
    .innerJoin('programme_applications as a', 'a.id', 's.application_id')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.application_id', 's.user_id', 's.area', 's.score', 'u.name as userName'])
    .where('a.call_id', '=', callId);
  if (!seesAll) scoreQuery = scoreQuery.where('s.user_id', '=', user.id);
  const scores = await scoreQuery.execute();
  let declQuery = db
    .selectFrom('programme_assessor_declarations as d')
    .innerJoin('users as u', 'u.id', 'd.user_id')
    .select(['d.user_id', 'd.conflict_applicant_ids', 'd.note', 'd.declared_at', 'u.name as userName'])
    .where('d.call_id', '=', callId);
  if (!seesAll) declQuery = declQuery.where('d.user_id', '=', user.id);
  const declarations = await declQuery.orderBy('u.name').execute();
  const areas = asArray<string>(call.competence_areas);
  return {
    call: callView(call),
    canRun: RUNNERS.includes(user.role),
    canAssess: [...RUNNERS, 'assessor'].includes(user.role),
    applications: apps.map((a) => {
      const own = scores.filter((s) => s.application_id === a.id);
      const mean = (list: { score: number }[]) =>
        list.length ? Math.round((list.reduce((t, s) => t + s.score, 0) / list.length) * 100) / 100 : null;
      return {
        id: a.id,
        applicant: {
          id: a.applicant_id,
          name: a.name,
          shortName: a.short_name,
          country: a.country,
          type: a.type,
        },
        answers: (a.answers ?? {}) as Record<string, string>,
        eligible: a.eligible,
        ineligibleReasons: asArray<IneligibleReason>(a.ineligible_reasons),
        selected: a.selected,
        selectionReason: a.selection_reason,
        selectedAt: iso(a.selected_at),
        submittedOn: a.submitted_on,
        scores: own.map((s) => ({ userId: s.user_id, userName: s.userName, area: s.area, score: s.score })),
        meanByArea: Object.fromEntries(areas.map((ar) => [ar, mean(own.filter((s) => s.area === ar))])),
        mean: mean(own),
      };
    }),
    declarations: declarations.map((d) => ({
      userId: d.user_id,
      userName: d.userName,
      conflictApplicantIds: asArray<string>(d.conflict_applicant_ids),
      note: d.note,
      declaredAt: iso(d.declared_at),
    })),
    myDeclaration: declarations.find((d) => d.user_id === user.id)
      ? {
          conflictApplicantIds: asArray<string>(
            declarations.find((d) => d.user_id === user.id)!.conflict_applicant_ids,
          ),
        }
      : null,
  };
}

export async function listApplicants(db: Database, programmeId: string) {
  const rows = await db
    .selectFrom('programme_applicants as p')
    .leftJoin('workspaces as w', 'w.id', 'p.initiative_id')
    .select([
      'p.id',
      'p.name',
      'p.short_name',
      'p.country',
      'p.type',
      'p.initiative_id',
      'p.contact_name',
      'p.contact_email',
      'w.name as initiativeName',
    ])
    .where('p.programme_id', '=', programmeId)
    .orderBy('p.name')
    .execute();
  return {
    applicants: rows.map((r) => ({
      id: r.id,
      name: r.name,
      shortName: r.short_name,
      country: r.country,
      type: r.type,
      initiativeId: r.initiative_id,
      initiativeName: r.initiativeName ?? null,
      contactName: r.contact_name,
      contactEmail: r.contact_email,
    })),
  };
}

/** A name is unique in a programme's register. */
export async function checkUniqueApplicant(
  db: Tx,
  programmeId: string,
  name: string,
  exceptId: string | null,
) {
  let q = db
    .selectFrom('programme_applicants')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst())
    throw conflict(msg`An organisation named "${name}" is already in the register`, [
      { field: 'body.name', message: 'is already taken' },
    ]);
}
