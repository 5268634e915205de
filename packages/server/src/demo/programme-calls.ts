import { IDB_COMPETENCE_AREAS, certificateFor } from '@agglomera/methods';
import { DEMO_APPLICANTS, type DemoLoader } from './programme-ids.js';

/**
 * The demo programme's call and training cohort (slice B; docs/programme.md), after IDB / Compete
 * Caribbean (003:263–286): a closed call with twenty applications from the register, one of them
 * ineligible; assessed by assessor@ on IDB's three competence areas, with one declared conflict of
 * interest; ten selected (DEMO_APPLICANTS[0..9]) with their reasons; a training cohort of thirty
 * participants over eight sessions whose attendance gives certificates of completion, of
 * participation and none. Names and numbers are invented.
 */

export const DEMO_CALL_ID = 'd3c00000-0000-4000-8000-000000000001';
export const DEMO_COHORT_ID = 'd3c00000-0000-4000-8000-000000000002';
/** The applicant assessor@ declared a conflict with (not selected). */
export const DEMO_CONFLICT_INDEX = 12;
/** The application that misses a required answer, hence ineligible. */
export const DEMO_INELIGIBLE_INDEX = 19;

const QUESTIONS = [
  { id: 'q1', text: 'Which clusters or value chains does your organisation work with?', required: true },
  {
    id: 'q2',
    text: 'What cluster or value chain projects have you designed or implemented?',
    required: true,
  },
  { id: 'q3', text: 'Who would take part in the training?', required: false },
];

const SESSIONS = [
  ['2019-03-12', 'Cluster economics and identifying clusters'],
  ['2019-03-13', 'Prioritising clusters with market-driven criteria'],
  ['2019-04-09', 'Industry and value chain analysis'],
  ['2019-04-10', 'Facilitating private sector-led cluster initiatives'],
  ['2019-05-14', 'Drafting a cluster development plan'],
  ['2019-05-15', 'Project management'],
  ['2019-06-11', 'Gender gap assessment'],
  ['2019-06-12', 'Processes and linkages across value chains'],
] as const;

/** Sessions attended by each of the thirty participants, in order: 8/8 … 2/8. */
const ATTENDED = [8, 8, 7, 8, 7, 7, 8, 6, 8, 7, 5, 8, 7, 4, 8, 7, 6, 8, 3, 7, 8, 5, 7, 8, 2, 7, 8, 6, 7, 4];

const FIRST = ['Ana', 'Brian', 'Carla', 'Dwayne', 'Elise', 'Felix', 'Gina', 'Hector', 'Iris', 'Jamal'];
const LAST = ['Baptiste', 'Charles', 'Douglas'];

export const loadDemoCalls: DemoLoader = async (db, ids) => {
  await db
    .insertInto('programme_calls')
    .values({
      id: DEMO_CALL_ID,
      programme_id: ids.programme,
      title: 'Call for business support organisations: cluster capacity enhancement (demo)',
      description:
        'Business support organisations of the region apply to a capacity enhancement plan on the cluster approach, with a joint training programme.',
      opens_on: '2017-09-01',
      deadline: '2017-10-31',
      eligibility: 'Business support organisations and cluster initiatives of the Caribbean.',
      eligible_types: JSON.stringify(['bso', 'cluster_initiative']),
      eligible_countries: JSON.stringify([]),
      questions: JSON.stringify(QUESTIONS),
      competence_areas: JSON.stringify(IDB_COMPETENCE_AREAS),
      status: 'closed',
      created_by: ids.officer,
    })
    .execute();
  const apps = DEMO_APPLICANTS.map((a, i) => ({
    id: `d3c10000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    call_id: DEMO_CALL_ID,
    applicant_id: a.id,
    answers: JSON.stringify(
      i === DEMO_INELIGIBLE_INDEX
        ? { q1: `Tourism and agro-processing in ${a.short}'s country.` }
        : {
            q1: `Tourism and agro-processing in ${a.short}'s country.`,
            q2: i < 10 ? 'Two value chain projects with exporters.' : 'One project with producers.',
          },
    ),
    eligible: i !== DEMO_INELIGIBLE_INDEX,
    ineligible_reasons: JSON.stringify(i === DEMO_INELIGIBLE_INDEX ? ['missing_answers'] : []),
    selected: i < 10,
    selection_reason:
      i < 10
        ? `${a.short}: scores among the highest on the three competence areas and a team ready for the joint training.`
        : '',
    selected_at: i < 10 ? new Date('2017-12-15T12:00:00Z') : null,
    selected_by: i < 10 ? ids.officer : null,
    submitted_on: `2017-10-${String(2 + i).padStart(2, '0')}`,
    created_by: ids.officer,
  }));
  await db.insertInto('programme_applications').values(apps).execute();
  await db
    .insertInto('programme_assessor_declarations')
    .values({
      call_id: DEMO_CALL_ID,
      user_id: ids.assessor,
      conflict_applicant_ids: JSON.stringify([DEMO_APPLICANTS[DEMO_CONFLICT_INDEX]!.id]),
      note: 'I advised this organisation in 2016.',
    })
    .execute();
  const scores = apps.flatMap((a, i) =>
    i === DEMO_CONFLICT_INDEX || i === DEMO_INELIGIBLE_INDEX
      ? []
      : IDB_COMPETENCE_AREAS.map((area, k) => ({
          application_id: a.id,
          user_id: ids.assessor,
          area,
          // the ten selected score 3–5, the others 1–3
          score: i < 10 ? 3 + ((i + k) % 3) : 1 + ((i + k) % 3),
        })),
  );
  await db.insertInto('programme_assessment_scores').values(scores).execute();

  await db
    .insertInto('programme_cohorts')
    .values({
      id: DEMO_COHORT_ID,
      programme_id: ids.programme,
      call_id: DEMO_CALL_ID,
      title: 'Cluster development training programme 2019 (demo)',
      created_by: ids.officer,
    })
    .execute();
  const sessions = SESSIONS.map(([held_on, title], i) => ({
    id: `d3c20000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    cohort_id: DEMO_COHORT_ID,
    held_on,
    title,
  }));
  await db.insertInto('programme_cohort_sessions').values(sessions).execute();
  // 14 BSO staff of the ten selected, 3 of the programme's team, 13 other stakeholders.
  const participants = ATTENDED.map((_, i) => {
    const group = i < 14 ? 'bso_staff' : i < 17 ? 'programme_team' : 'other_stakeholder';
    const applicant = group === 'bso_staff' ? DEMO_APPLICANTS[i % 10]! : null;
    const country =
      applicant?.country ?? (group === 'programme_team' ? '' : ['BB', 'JM', 'LC', 'GD', ''][i % 5]!);
    return {
      id: `d3c30000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      cohort_id: DEMO_COHORT_ID,
      name: `${FIRST[i % 10]} ${LAST[Math.floor(i / 10)]} (demo)`,
      applicant_id: applicant?.id ?? null,
      organisation:
        group === 'programme_team'
          ? 'Programme team (demo)'
          : group === 'other_stakeholder'
            ? ['Ministry of Trade (demo)', 'Chamber of Commerce (demo)', 'Farmers’ cooperative (demo)'][
                i % 3
              ]!
            : '',
      participant_group: group as 'bso_staff' | 'programme_team' | 'other_stakeholder',
      country,
      language: (['DM', 'GD'].includes(country) && i % 2 ? 'fr' : i % 7 === 3 ? 'es' : 'en') as
        'en' | 'fr' | 'es',
    };
  });
  await db.insertInto('programme_cohort_participants').values(participants).execute();
  await db
    .insertInto('programme_attendance')
    .values(
      participants.flatMap((p, i) =>
        sessions.slice(0, ATTENDED[i]!).map((s) => ({ session_id: s.id, participant_id: p.id })),
      ),
    )
    .execute();
  await db
    .insertInto('programme_certificates')
    .values(
      participants.flatMap((p, i) => {
        const kind = certificateFor(ATTENDED[i]!, sessions.length);
        return kind
          ? [
              {
                participant_id: p.id,
                kind,
                attended: ATTENDED[i]!,
                sessions: sessions.length,
                issued_on: '2019-06-28',
                issued_by: ids.officer,
              },
            ]
          : [];
      }),
    )
    .execute();
};
