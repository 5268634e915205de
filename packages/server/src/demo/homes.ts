/**
 * Demo data for the role homes (issue 12): an open survey for the demo member (answered by another),
 * an indicator with a value, a late value and a value due, an evaluation with a recommendation to
 * implement, and a selection that waits for the panel member's scores.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/database.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The calendar quarter `back` quarters before today's: key, first and last day. */
function quarter(back: number) {
  const now = new Date();
  const index = now.getUTCFullYear() * 4 + Math.floor(now.getUTCMonth() / 3) - back;
  const year = Math.floor(index / 4);
  const q = index % 4;
  const start = new Date(Date.UTC(year, q * 3, 1));
  const end = new Date(Date.UTC(year, q * 3 + 3, 0));
  return {
    key: `${year}-Q${q + 1}`,
    startsOn: start.toISOString().slice(0, 10),
    endsOn: end.toISOString().slice(0, 10),
  };
}

export async function loadDemoHomes(
  db: Database,
  ids: {
    initiative: string;
    programme: string;
    manager: string;
    member: string;
    member2: string;
    panel: string;
  },
): Promise<void> {
  const { initiative, programme, manager, member, member2, panel } = ids;
  const emails = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('id', 'in', [member, member2])
    .execute();
  const email = (id: string) => emails.find((e) => e.id === id)?.email ?? '';

  // A short survey sent to two members: one has answered, the demo member has not.
  const survey = await db
    .insertInto('surveys')
    .values({
      workspace_id: initiative,
      title: JSON.stringify({
        en: 'Export readiness check (demo)',
        fr: 'Préparation à l’export (démo)',
        es: 'Preparación para exportar (demo)',
      }),
      form_id: 'export_readiness_demo',
      deadline: new Date(`${day(21)}T23:59:00Z`),
      questions: JSON.stringify([
        {
          name: 'exports',
          type: 'single_choice',
          label: {
            en: 'Does your firm export today?',
            fr: 'Votre entreprise exporte-t-elle aujourd’hui ?',
            es: '¿Su empresa exporta hoy?',
          },
          required: true,
          choices: [
            { name: 'yes', label: { en: 'Yes', fr: 'Oui', es: 'Sí' } },
            { name: 'no', label: { en: 'No', fr: 'Non', es: 'No' } },
          ],
        },
      ]),
      sent_at: new Date(Date.now() - 2 * 86_400_000),
      created_by: manager,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [userId, responded] of [
    [member, false],
    [member2, true],
  ] as const)
    await db
      .insertInto('survey_invitations')
      .values({
        workspace_id: initiative,
        survey_id: survey.id,
        user_id: userId,
        email: email(userId),
        token_hash: createHash('sha256').update(randomBytes(32)).digest('hex'),
        responded,
      })
      .execute();
  await db
    .insertInto('survey_responses')
    .values({
      workspace_id: initiative,
      survey_id: survey.id,
      respondent_user_id: member2,
      answers: JSON.stringify({ exports: 'yes' }),
    })
    .execute();

  // An indicator: a value slightly under target two quarters ago, none last quarter (late), this quarter due.
  const indicator = await db
    .insertInto('indicators')
    .values({
      workspace_id: initiative,
      level: 'outputs',
      name: 'Firms in joint export actions (demo)',
      unit: 'number',
      disaggregation: JSON.stringify([]),
      source: 'manual',
      responsible_user_id: manager,
      frequency: 'quarterly',
      evaluation_level: 'cluster',
      starts_on: quarter(2).startsOn,
      ends_on: quarter(-1).endsOn,
      created_by: manager,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // A results chain, one box per level with the hypotheses between them (UNIDO 002:256–258), the
  // indicator above measuring its output box, so the chain shows what measures each box.
  const boxes: Record<string, string> = {};
  for (const [position, [level, title]] of [
    ['inputs', 'Cluster manager and export adviser funded for three years'],
    ['activities', 'Joint export missions and buyer meetings'],
    ['outputs', 'Firms taking part in joint export actions'],
    ['outcomes', 'Members export to new markets'],
    ['impact', 'More jobs in food processing around the lake'],
  ].entries()) {
    const box = await db
      .insertInto('results_items')
      .values({ workspace_id: initiative, level: level!, title: title!, position, created_by: manager })
      .returning('id')
      .executeTakeFirstOrThrow();
    boxes[level!] = box.id;
  }
  const levels = ['inputs', 'activities', 'outputs', 'outcomes', 'impact'];
  for (let i = 0; i + 1 < levels.length; i++)
    await db
      .insertInto('impact_hypotheses')
      .values({
        workspace_id: initiative,
        from_item_id: boxes[levels[i]!]!,
        to_item_id: boxes[levels[i + 1]!]!,
        statement: 'If this holds, the next level follows',
        created_by: manager,
      })
      .execute();
  await db
    .updateTable('indicators')
    .set({ item_id: boxes.outputs! })
    .where('id', '=', indicator.id)
    .execute();
  for (const [back, target, value] of [
    [2, 20, 19],
    [1, 24, null],
    [0, 28, null],
    [-1, 32, null],
  ] as const) {
    const q = quarter(back);
    const period = await db
      .insertInto('indicator_periods')
      .values({
        workspace_id: initiative,
        indicator_id: indicator.id,
        period_key: q.key,
        starts_on: q.startsOn,
        ends_on: q.endsOn,
        target,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (value !== null)
      await db
        .insertInto('indicator_values')
        .values({
          workspace_id: initiative,
          indicator_id: indicator.id,
          period_id: period.id,
          value,
          origin: 'manual',
          source_note: 'Working group attendance lists (demo)',
          entered_by: manager,
        })
        .execute();
  }

  // An evaluation under way with one recommendation selected for implementation.
  const evaluation = await db
    .insertInto('evaluations')
    .values({
      workspace_id: initiative,
      title: 'Mid-term review of the cluster initiative (demo)',
      kind: 'external',
      evaluator: 'External evaluator (demo)',
      criteria: JSON.stringify([]),
      status: 'started',
      started_at: new Date(Date.now() - 30 * 86_400_000),
      created_by: manager,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('evaluation_recommendations')
    .values({
      workspace_id: initiative,
      evaluation_id: evaluation.id,
      text: 'Publish the service catalogue on the member portal (demo)',
      agreed_by_evaluators: true,
      agreed_by_cluster: true,
      agreed_by_requester: true,
      selected: true,
      responsible_user_id: manager,
      due_on: day(10),
      created_by: manager,
    })
    .execute();

  // A selection in the programme that waits for the panel member's scores.
  const exercise = await db
    .insertInto('selection_exercises')
    .values({ workspace_id: programme, name: 'Second call: candidate clusters (demo)', created_by: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Firms in the cluster: a critical-mass threshold of 30 firms (the demo's, not a guide's figure)
  // knocks the furniture makers out whatever the panel's scores (GIZ: indicators and thresholds).
  for (const [name, establishments] of [
    ['Coastal tourism (demo)', 64],
    ['Furniture makers (demo)', 18],
    ['Fresh fruit exporters (demo)', 41],
  ] as const)
    await db
      .insertInto('selection_candidates')
      .values({
        exercise_id: exercise.id,
        name,
        metrics: JSON.stringify({ establishments }),
        source: 'manual',
      })
      .execute();
  await db
    .insertInto('selection_criteria')
    .values([
      { exercise_id: exercise.id, name: 'Commitment of the firms', kind: 'scored', scale_max: 5, weight: 1 },
      {
        exercise_id: exercise.id,
        name: 'Critical mass: firms in the cluster',
        kind: 'computed',
        metric: 'establishments',
        weight: 1,
        threshold: 30,
      },
    ])
    .execute();
  await db.insertInto('selection_scorers').values({ exercise_id: exercise.id, user_id: panel }).execute();
}
