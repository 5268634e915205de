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

/**
 * A capacity self-assessment after a training, laid out as the IDB survey reported it: a 4-point
 * capacity scale reported as Poor / Limited / Good & Excellent (Table 6, 003:723–725) beside a
 * 5-point agreement scale reported as three categories (Table 4, 003:633–638), and an open list
 * of the three main weaknesses whose answers the team coded into Table 7's areas, all but one.
 * Answered by eight people of the member firms (invented).
 */
export async function loadDemoCapacities(db: Database, ids: { initiative: string; manager: string }) {
  const scale = (labels: [string, string, string][]) =>
    labels.map(([en, fr, es], i) => ({ name: String(i + 1), label: { en, fr, es } }));
  const survey = await db
    .insertInto('surveys')
    .values({
      workspace_id: ids.initiative,
      title: JSON.stringify({
        en: 'Capacities after the export training (demo)',
        fr: 'Capacités après la formation à l’export (démo)',
        es: 'Capacidades tras la formación en exportación (demo)',
      }),
      form_id: 'capacities_demo',
      anonymous: true,
      deadline: new Date(Date.now() - 20 * 86_400_000),
      questions: JSON.stringify([
        {
          name: 'value_chain',
          type: 'likert',
          required: true,
          label: {
            en: 'Capacity to perform value chain analysis',
            fr: 'Capacité à mener une analyse de la chaîne de valeur',
            es: 'Capacidad para realizar un análisis de la cadena de valor',
          },
          choices: scale([
            ['Poor', 'Faible', 'Deficiente'],
            ['Limited', 'Limitée', 'Limitada'],
            ['Good', 'Bonne', 'Buena'],
            ['Excellent', 'Excellente', 'Excelente'],
          ]),
          collapse: '1,2,3-4',
        },
        {
          name: 'design',
          type: 'likert',
          required: true,
          label: {
            en: 'The training improved my ability to design cluster projects',
            fr: 'La formation a amélioré ma capacité à concevoir des projets de cluster',
            es: 'La formación mejoró mi capacidad para diseñar proyectos de clúster',
          },
          choices: scale([
            ['Strongly disagree', 'Pas du tout d’accord', 'Muy en desacuerdo'],
            ['Disagree', 'Pas d’accord', 'En desacuerdo'],
            ['Undecided', 'Indécis', 'Indeciso'],
            ['Agree', 'D’accord', 'De acuerdo'],
            ['Strongly agree', 'Tout à fait d’accord', 'Muy de acuerdo'],
          ]),
          collapse: '1-2,3,4-5',
        },
        {
          name: 'weaknesses',
          type: 'open_list',
          required: false,
          label: {
            en: 'List the three main weaknesses of your support to the cluster',
            fr: 'Citez les trois principales faiblesses de votre appui au cluster',
            es: 'Enumere las tres principales debilidades de su apoyo al clúster',
          },
        },
      ]),
      sent_at: new Date(Date.now() - 45 * 86_400_000),
      created_by: ids.manager,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The open answers and the themes the team coded them to, after Table 7's main areas (003:741–755).
  const COLLABORATION = 'Fostering cluster member collaboration';
  const FUNDING = 'Developing funding strategies';
  const DATA = 'Monitoring and evaluation';
  const answers: [string, string, [string, string | null][]][] = [
    [
      '2',
      '4',
      [
        ['Convincing members to commit', COLLABORATION],
        ['How to mobilise funding', FUNDING],
      ],
    ],
    [
      '3',
      '5',
      [
        ['Data collection from members', DATA],
        ['Motivating partners', COLLABORATION],
      ],
    ],
    ['2', '4', [['Conflict resolution in the group', COLLABORATION]]],
    [
      '4',
      '4',
      [
        ['Maintaining the cluster financially', FUNDING],
        ['Record-keeping by members', DATA],
        ['Building trust', COLLABORATION],
      ],
    ],
    ['1', '3', [['Group dynamics', COLLABORATION]]],
    ['3', '4', [['Funding after the programme', FUNDING]]],
    ['2', '5', [['Members see no value in sharing data', null]]],
    ['3', '2', []],
  ];
  for (const [value_chain, design, listed] of answers) {
    const response = await db
      .insertInto('survey_responses')
      .values({
        workspace_id: ids.initiative,
        survey_id: survey.id,
        respondent_user_id: null,
        answers: JSON.stringify({
          value_chain,
          design,
          ...(listed.length ? { weaknesses: listed.map(([text]) => text) } : {}),
        }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const coded = listed.flatMap(([, theme], item) => (theme ? [{ item, theme }] : []));
    if (coded.length)
      await db
        .insertInto('survey_answer_codes')
        .values(
          coded.map(({ item, theme }) => ({
            workspace_id: ids.initiative,
            survey_id: survey.id,
            response_id: response.id,
            question: 'weaknesses',
            item,
            theme,
            coded_by: ids.manager,
          })),
        )
        .execute();
  }
}
