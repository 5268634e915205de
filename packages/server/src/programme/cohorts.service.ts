import {
  IDB_CERTIFICATE_THRESHOLDS,
  certificateFor,
  rollUpTable1,
  type ParticipantGroup,
} from '@agglomera/methods';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { badRequest, notFound } from '../http/errors.js';
import { isCalendarDate } from '../strategy/canvas.service.js';

/**
 * Training cohorts (issue 15, item 3; docs/programme.md, slice B), after IDB / Compete Caribbean's
 * cluster development training (003:265–286): sessions, participants (BSO staff, the programme's
 * team, other stakeholders; 003:286), attendance per session, certificates of completion and of
 * participation by `certificateFor` with the cohort's thresholds (IDB's 80 % / 50 % by default),
 * and the roll-up in the structure of Table 1 (003:267–284).
 */

type Tx = Kysely<DB>;

export async function lockCohort(db: Tx, programmeId: string, cohortId: string, forUpdate = true) {
  let q = db
    .selectFrom('programme_cohorts')
    .selectAll()
    .where('id', '=', cohortId)
    .where('programme_id', '=', programmeId);
  if (forUpdate) q = q.forUpdate();
  const c = await q.executeTakeFirst();
  if (!c) throw notFound('Cohort');
  return c;
}

export function checkSessionDate(value: string) {
  if (!isCalendarDate(value))
    throw badRequest('validation_failed', 'The session’s date is not a day of the calendar', [
      { field: 'body.heldOn', message: 'is not a day of the calendar' },
    ]);
}

export function checkThresholdPair(completion: number, participation: number) {
  if (participation > completion)
    throw badRequest('validation_failed', 'The participation threshold is above the completion threshold', [
      { field: 'body.participationThreshold', message: 'is above completionThreshold' },
    ]);
}

export const isIdbThresholds = (c: { completion_threshold: number; participation_threshold: number }) =>
  c.completion_threshold === IDB_CERTIFICATE_THRESHOLDS.completion &&
  c.participation_threshold === IDB_CERTIFICATE_THRESHOLDS.participation;

export async function listCohorts(db: Database, programmeId: string) {
  const rows = await db
    .selectFrom('programme_cohorts as c')
    .leftJoin('programme_calls as k', 'k.id', 'c.call_id')
    .selectAll('c')
    .select((eb) => [
      'k.title as callTitle',
      eb
        .selectFrom('programme_cohort_sessions as s')
        .whereRef('s.cohort_id', '=', 'c.id')
        .select(eb.fn.countAll<string>().as('n'))
        .as('sessions'),
      eb
        .selectFrom('programme_cohort_participants as p')
        .whereRef('p.cohort_id', '=', 'c.id')
        .select(eb.fn.countAll<string>().as('n'))
        .as('participants'),
      eb
        .selectFrom('programme_certificates as x')
        .innerJoin('programme_cohort_participants as p', 'p.id', 'x.participant_id')
        .whereRef('p.cohort_id', '=', 'c.id')
        .select(eb.fn.countAll<string>().as('n'))
        .as('certificates'),
    ])
    .where('c.programme_id', '=', programmeId)
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id')
    .execute();
  return {
    cohorts: rows.map((c) => ({
      id: c.id,
      title: c.title,
      callId: c.call_id,
      callTitle: c.callTitle ?? null,
      thresholds: { completion: c.completion_threshold, participation: c.participation_threshold },
      idbThresholds: isIdbThresholds(c),
      sessions: Number(c.sessions ?? 0),
      participants: Number(c.participants ?? 0),
      certificates: Number(c.certificates ?? 0),
    })),
    defaults: { thresholds: IDB_CERTIFICATE_THRESHOLDS },
  };
}

/** The participants of a cohort with their organisation's short name and what they attended. */
export async function cohortParticipants(db: Database | Tx, cohortId: string) {
  return db
    .selectFrom('programme_cohort_participants as p')
    .leftJoin('programme_applicants as a', 'a.id', 'p.applicant_id')
    .leftJoin('programme_certificates as x', 'x.participant_id', 'p.id')
    .select((eb) => [
      'p.id',
      'p.name',
      'p.applicant_id',
      'p.organisation',
      'p.participant_group',
      'p.country',
      'p.language',
      'a.name as applicantName',
      'a.short_name as applicantShort',
      'x.kind as certificateKind',
      'x.attended as certificateAttended',
      'x.sessions as certificateSessions',
      'x.issued_on as certificateIssuedOn',
      eb
        .selectFrom('programme_attendance as t')
        .whereRef('t.participant_id', '=', 'p.id')
        .select(eb.fn.countAll<string>().as('n'))
        .as('attended'),
    ])
    .where('p.cohort_id', '=', cohortId)
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
}

/** How a participant's organisation is named in the Table 1 roll-up: the register's short name, else its name. */
const organisationOf = (p: {
  applicantShort: string | null;
  applicantName: string | null;
  organisation: string;
}) => p.applicantShort || p.applicantName || p.organisation;

export async function getCohortDetail(db: Database, programmeId: string, cohortId: string) {
  const c = await lockCohort(db, programmeId, cohortId, false);
  const call = c.call_id
    ? await db
        .selectFrom('programme_calls')
        .select(['id', 'title'])
        .where('id', '=', c.call_id)
        .executeTakeFirst()
    : undefined;
  const sessions = await db
    .selectFrom('programme_cohort_sessions')
    .select(['id', 'held_on', 'title'])
    .where('cohort_id', '=', cohortId)
    .orderBy('held_on')
    .orderBy('created_at')
    .execute();
  const participants = await cohortParticipants(db, cohortId);
  const attendance = await db
    .selectFrom('programme_attendance as t')
    .innerJoin('programme_cohort_sessions as s', 's.id', 't.session_id')
    .select(['t.session_id', 't.participant_id'])
    .where('s.cohort_id', '=', cohortId)
    .execute();
  const thresholds = { completion: c.completion_threshold, participation: c.participation_threshold };
  const views = participants.map((p) => {
    const attended = Number(p.attended ?? 0);
    return {
      id: p.id,
      name: p.name,
      applicantId: p.applicant_id,
      organisation: organisationOf(p),
      organisationText: p.organisation,
      group: p.participant_group,
      country: p.country,
      language: p.language,
      attended,
      earns: certificateFor(attended, sessions.length, thresholds),
      certificate: p.certificateKind
        ? {
            kind: p.certificateKind,
            attended: p.certificateAttended!,
            sessions: p.certificateSessions!,
            issuedOn: p.certificateIssuedOn!,
          }
        : null,
    };
  });
  const issued = views.filter((v) => v.certificate);
  return {
    cohort: {
      id: c.id,
      title: c.title,
      callId: c.call_id,
      callTitle: call?.title ?? null,
      thresholds,
      idbThresholds: isIdbThresholds(c),
    },
    defaults: { thresholds: IDB_CERTIFICATE_THRESHOLDS },
    sessions: sessions.map((s) => ({ id: s.id, heldOn: s.held_on, title: s.title })),
    participants: views,
    attendance: attendance.map((a) => ({ sessionId: a.session_id, participantId: a.participant_id })),
    certificates: {
      completion: issued.filter((v) => v.certificate!.kind === 'completion').length,
      participation: issued.filter((v) => v.certificate!.kind === 'participation').length,
      /** Issued certificates that no longer match the attendance (attendance changed since). */
      outdated: views.filter((v) => (v.certificate?.kind ?? null) !== v.earns).length,
    },
    // Table 1's "certified" are the participants holding an issued certificate.
    table1: rollUpTable1(
      views.map((v) => ({
        country: v.country,
        group: v.group as ParticipantGroup,
        organisation: v.group === 'bso_staff' ? v.organisation : undefined,
        certified: v.certificate !== null,
      })),
    ),
  };
}
