import { BENCHMARK_SCALE, ECEI_CRITERIA } from '@agglomera/methods';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/database.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { msg } from '../../i18n/index.js';

/**
 * What the initiative's benchmarking screen and the programme's portfolio share: the assessments
 * with who conducted and signed them, and the checks of an assessment's scores.
 *
 * "The benchmarking process should be conducted by impartial experts. This is especially important
 * for the interviews and the development of recommendations for actions in order to avoid
 * whitewashing of the performance." (GIZ, 001_2b00e659d173dc60.txt:3654). An assessment says who
 * conducted it: the initiative's team, or an external assessor — a programme's evaluator, signed in
 * with their own login, who alone edits and signs it. A signed assessment is frozen (409 on any
 * change of its scores): signing is the platform's own choice, the guide gives no rule on it.
 */
export const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export const CONDUCTED_BY = ['team', 'external'] as const;

export const AssessmentBody = Type.Object(
  {
    assessedOn: DateString,
    assessor: Type.Optional(Type.String({ maxLength: 200 })),
    assessorOrganisation: Type.Optional(Type.String({ maxLength: 200 })),
    scores: Type.Record(Type.String(), Type.Integer()),
    notes: Type.Optional(Type.Record(Type.String(), Type.String({ maxLength: 2000 }))),
    shareWithPeers: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export const AssessmentChange = Type.Object(
  {
    assessedOn: Type.Optional(DateString),
    assessor: Type.Optional(Type.String({ maxLength: 200 })),
    assessorOrganisation: Type.Optional(Type.String({ maxLength: 200 })),
    scores: Type.Optional(Type.Record(Type.String(), Type.Integer())),
    notes: Type.Optional(Type.Record(Type.String(), Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);

/** Refuses a date that is no date, unknown criteria, scores off the scale and an empty score sheet. */
export function checkAssessment(b: {
  assessedOn?: string;
  scores?: Record<string, number>;
  notes?: Record<string, string>;
}): void {
  if (b.assessedOn !== undefined && Number.isNaN(Date.parse(`${b.assessedOn}T00:00:00Z`)))
    throw badRequest('validation_failed', msg`${b.assessedOn} is not a date`, [
      { field: 'body.assessedOn', message: 'is not a date' },
    ]);
  for (const [key, v] of Object.entries(b.scores ?? {})) {
    if (!ECEI_CRITERIA.has(key))
      throw badRequest('validation_failed', msg`${key} is not an ECEI criterion`, [
        { field: `body.scores.${key}`, message: 'is not an ECEI criterion' },
      ]);
    if (v < BENCHMARK_SCALE.min || v > BENCHMARK_SCALE.max)
      throw badRequest(
        'validation_failed',
        msg`A score is ${BENCHMARK_SCALE.min}–${BENCHMARK_SCALE.max}, got ${v}`,
        [
          {
            field: `body.scores.${key}`,
            message: msg`is outside ${BENCHMARK_SCALE.min}–${BENCHMARK_SCALE.max}`,
          },
        ],
      );
  }
  for (const key of Object.keys(b.notes ?? {}))
    if (!ECEI_CRITERIA.has(key))
      throw badRequest('validation_failed', msg`${key} is not an ECEI criterion`, [
        { field: `body.notes.${key}`, message: 'is not an ECEI criterion' },
      ]);
  if (b.scores !== undefined && Object.keys(b.scores).length === 0)
    throw badRequest('validation_failed', 'Score at least one criterion', [
      { field: 'body.scores', message: 'is empty' },
    ]);
}

/** The assessments of an initiative, newest first, with who conducted and who signed each. */
export async function listAssessments(db: Database, workspaceId: string, only?: { signedOrBy?: string }) {
  let q = db
    .selectFrom('benchmark_assessments as a')
    .leftJoin('users as s', 's.id', 'a.signed_by')
    .leftJoin('workspaces as p', 'p.id', 'a.programme_id')
    .select([
      'a.id',
      sql<string>`a.assessed_on::text`.as('assessedOn'),
      'a.assessor',
      'a.assessor_organisation as assessorOrganisation',
      'a.conducted_by as conductedBy',
      'a.assessor_user_id as assessorUserId',
      'a.programme_id as programmeId',
      'p.name as programme',
      'a.scores',
      'a.notes',
      'a.share_with_peers as shareWithPeers',
      'a.signed_at as signedAt',
      's.name as signedBy',
      'a.created_at as createdAt',
    ])
    .where('a.workspace_id', '=', workspaceId);
  if (only?.signedOrBy) {
    const userId = only.signedOrBy;
    q = q.where((eb) => eb.or([eb('a.signed_at', 'is not', null), eb('a.assessor_user_id', '=', userId)]));
  }
  return q.orderBy('a.assessed_on', 'desc').orderBy('a.created_at', 'desc').execute();
}

/** The assessment of the workspace, or 404; 409 when it is signed and `change` is asked. */
export async function loadAssessment(db: Database, workspaceId: string, assessmentId: string) {
  const a = await db
    .selectFrom('benchmark_assessments')
    .selectAll()
    .where('id', '=', assessmentId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!a) throw notFound('Assessment');
  return a;
}

export function refuseSigned(a: { signed_at: Date | null }): void {
  if (a.signed_at)
    throw conflict('This assessment is signed: it can no longer be changed', {
      signedAt: a.signed_at.toISOString(),
    });
}

/** The columns an edit changes. */
export function changedColumns(b: {
  assessedOn?: string;
  assessor?: string;
  assessorOrganisation?: string;
  scores?: Record<string, number>;
  notes?: Record<string, string>;
}) {
  return {
    ...(b.assessedOn !== undefined ? { assessed_on: b.assessedOn } : {}),
    ...(b.assessor !== undefined ? { assessor: b.assessor.trim() } : {}),
    ...(b.assessorOrganisation !== undefined ? { assessor_organisation: b.assessorOrganisation.trim() } : {}),
    ...(b.scores !== undefined ? { scores: JSON.stringify(b.scores) } : {}),
    ...(b.notes !== undefined ? { notes: JSON.stringify(b.notes) } : {}),
    updated_at: sql<Date>`now()`,
  };
}
