import { newSecret, sha256 } from '../auth/secrets.js';
import type { Database } from '../db/database.js';
import type { DemoProgrammeIds } from './programme-ids.js';

/**
 * The programme's survey of the business support organisations after the training, sent to a list
 * of respondents the officer imported (IDB 003:345: 33 of 136 invited answered): six people of
 * the demo applicants invited by a personal link, four answered (names invented).
 */
export async function loadDemoProgrammeSurvey(db: Database, ids: DemoProgrammeIds) {
  const survey = await db
    .insertInto('surveys')
    .values({
      workspace_id: ids.programme,
      title: JSON.stringify({
        en: 'Business support organisations after the training (demo)',
        fr: 'Organisations d’appui aux entreprises après la formation (démo)',
        es: 'Organizaciones de apoyo empresarial tras la formación (demo)',
      }),
      form_id: 'bso_after_training_demo',
      anonymous: false,
      deadline: new Date(Date.now() + 12 * 86_400_000),
      questions: JSON.stringify([
        {
          name: 'design',
          type: 'likert',
          required: true,
          label: {
            en: 'The training improved my ability to design cluster projects',
            fr: 'La formation a amélioré ma capacité à concevoir des projets de cluster',
            es: 'La formación mejoró mi capacidad para diseñar proyectos de clúster',
          },
          choices: [
            ['Strongly disagree', 'Pas du tout d’accord', 'Muy en desacuerdo'],
            ['Disagree', 'Pas d’accord', 'En desacuerdo'],
            ['Undecided', 'Indécis', 'Indeciso'],
            ['Agree', 'D’accord', 'De acuerdo'],
            ['Strongly agree', 'Tout à fait d’accord', 'Muy de acuerdo'],
          ].map(([en, fr, es], i) => ({ name: String(i + 1), label: { en, fr, es } })),
          collapse: '1-2,3,4-5',
        },
      ]),
      sent_at: new Date(Date.now() - 9 * 86_400_000),
      created_by: ids.officer,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const listed: [string, string, string, string | null][] = [
    ['Ana Ruiz (demo)', 'ana.ruiz@beltraide.example', 'BELTRAIDE', '4'],
    ['Lee Chan (demo)', 'lee.chan@jmea.example', 'JMEA', '5'],
    ['Sam Roy (demo)', 'sam.roy@tepa.example', 'TEPA', '4'],
    ['Kim Obi (demo)', 'kim.obi@thag.example', 'THAG', '3'],
    ['Eve Dalton (demo)', 'eve.dalton@ghta.example', 'GHTA', null],
    ['Raj Singh (demo)', 'raj.singh@cus.example', 'CUS', null],
  ];
  for (const [name, email, organisation, answer] of listed) {
    await db
      .insertInto('survey_invitations')
      .values({
        workspace_id: ids.programme,
        survey_id: survey.id,
        user_id: null,
        actor_id: null,
        email,
        name,
        organisation,
        // A link nobody knows: the demo does not mail.
        token_hash: sha256(newSecret('sv_')),
        responded: answer !== null,
      })
      .execute();
    if (answer)
      await db
        .insertInto('survey_responses')
        .values({
          workspace_id: ids.programme,
          survey_id: survey.id,
          respondent_user_id: null,
          respondent_actor_id: null,
          respondent_label: `${name} (${organisation})`,
          answers: JSON.stringify({ design: answer }),
        })
        .execute();
  }
}
