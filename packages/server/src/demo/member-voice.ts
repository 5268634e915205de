/* What the members and key actors say in the demo: the member satisfaction survey and a moderated needs workshop. */
import type { Database } from '../db/database.js';
import { satisfactionQuestions } from '../monitoring/reports.service.js';

/**
 * The demo's member satisfaction survey (MarketMakers 000:195): the ready template, answered
 * anonymously by twelve members of every size and four non-members. Communication of progress is
 * the indicator not met (under half of the members satisfied), and the micro members are the least
 * satisfied, as the guide warns.
 */
export async function loadDemoSatisfaction(db: Database, ids: { initiative: string; manager: string }) {
  const survey = await db
    .insertInto('surveys')
    .values({
      workspace_id: ids.initiative,
      title: JSON.stringify({
        en: 'Member satisfaction 2026 (demo)',
        fr: 'Satisfaction des membres 2026 (démo)',
        es: 'Satisfacción de los miembros 2026 (demo)',
      }),
      form_id: 'member_satisfaction_demo',
      anonymous: true,
      deadline: new Date(Date.now() - 10 * 86_400_000),
      questions: JSON.stringify(satisfactionQuestions()),
      purpose: 'member_satisfaction',
      sent_at: new Date(Date.now() - 40 * 86_400_000),
      created_by: ids.manager,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // membership, size, governance, services, priorities, communication
  const answers: [string, string, string, string, string, string][] = [
    ['member', 'micro', '2', '3', '3', '2'],
    ['member', 'micro', '3', '2', '4', '2'],
    ['member', 'micro', '4', '3', '3', '3'],
    ['member', 'small', '4', '4', '4', '3'],
    ['member', 'small', '5', '4', '4', '2'],
    ['member', 'small', '4', '5', '3', '4'],
    ['member', 'medium', '5', '4', '4', '3'],
    ['member', 'medium', '4', '5', '5', '4'],
    ['member', 'medium', '4', '4', '4', '3'],
    ['member', 'large', '5', '5', '4', '4'],
    ['member', 'large', '4', '5', '5', '5'],
    ['member', 'large', '5', '4', '4', '3'],
    ['non_member', 'micro', '3', '2', '3', '3'],
    ['non_member', 'small', '3', '3', '2', '3'],
    ['non_member', 'small', '2', '2', '3', '2'],
    ['non_member', 'medium', '3', '3', '3', '4'],
  ];
  await db
    .insertInto('survey_responses')
    .values(
      answers.map(([membership, size, governance, services, priorities, communication]) => ({
        workspace_id: ids.initiative,
        survey_id: survey.id,
        respondent_user_id: null,
        answers: JSON.stringify({ membership, size, governance, services, priorities, communication }),
      })),
    )
    .execute();
}

/**
 * A moderated needs workshop (GIZ 001:1601: the key actors' demands "identified and ranked" in "a
 * third-party moderated process"): the moderator entered the votes of four key actors who have no
 * login; the members vote for their organisations on their own screens.
 */
export async function loadDemoNeedsWorkshop(db: Database, ids: { initiative: string; manager: string }) {
  const needs = await db
    .selectFrom('needs')
    .innerJoin('needs_surveys', 'needs_surveys.id', 'needs.survey_id')
    .select(['needs.id', 'needs.title'])
    .where('needs_surveys.workspace_id', '=', ids.initiative)
    .orderBy('needs.created_at')
    .orderBy('needs.title')
    .execute();
  const need = (start: string) => needs.find((n) => n.title.startsWith(start))?.id;
  const ballots: [string, [string, number][]][] = [
    [
      'Continental Foods Lakeside',
      [
        ['Access to export', 3],
        ['Training in food', 3],
        ['Joint purchasing', 2],
        ['Organisation of events', 1],
      ],
    ],
    [
      'Lakeside Breweries',
      [
        ['Access to export', 3],
        ['Joint purchasing', 3],
        ['Training in food', 2],
        ['Representation', 1],
      ],
    ],
    [
      'West Coast Canning',
      [
        ['Access to export', 3],
        ['Training in food', 3],
        ['Acquisition of funding', 2],
        ['Thematic working', 1],
      ],
    ],
    [
      'Lakeside Chamber of Commerce',
      [
        ['Access to export', 3],
        ['Representation', 3],
        ['Meetings and networking', 2],
        ['Training in food', 2],
      ],
    ],
  ];
  for (const [name, votes] of ballots) {
    const actor = await db
      .selectFrom('actors')
      .select('id')
      .where('workspace_id', '=', ids.initiative)
      .where('name', 'like', `${name}%`)
      .executeTakeFirst();
    if (!actor) continue;
    const rows = votes
      .map(([title, vote]) => ({ need_id: need(title), vote }))
      .filter((v): v is { need_id: string; vote: number } => !!v.need_id)
      .map((v) => ({
        ...v,
        actor_id: actor.id,
        user_id: null,
        source: 'workshop' as const,
        entered_by: ids.manager,
      }));
    if (rows.length) await db.insertInto('need_votes').values(rows).execute();
  }
}
