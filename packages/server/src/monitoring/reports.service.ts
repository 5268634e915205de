/**
 * Monitoring reports: listing, date check and the member satisfaction questions, beside the routes of reports.routes.ts.
 */
import { sql } from 'kysely';
import type { App } from '../http/app-types.js';
import { checkDefinition, type Question } from './surveys/model.js';

export const validDate = (s: string) =>
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export async function listReports(app: App, workspaceId: string) {
  return app.db
    .selectFrom('monitoring_reports')
    .select([
      'id',
      'title',
      sql<string>`starts_on::text`.as('startsOn'),
      sql<string>`ends_on::text`.as('endsOn'),
      'tolerance',
      'updated_at as updatedAt',
    ])
    .where('workspace_id', '=', workspaceId)
    .orderBy('ends_on', 'desc')
    .execute();
}

/** The ready member satisfaction survey on MarketMakers' four indicators (000_83686791654886b8.txt:195). */
export function satisfactionQuestions(): Question[] {
  // A five-point satisfaction scale: the seed gives none, this one is the platform's choice.
  const scale = [
    { name: '1', label: { en: 'Very dissatisfied', fr: 'Très insatisfait', es: 'Muy insatisfecho' } },
    { name: '2', label: { en: 'Dissatisfied', fr: 'Insatisfait', es: 'Insatisfecho' } },
    {
      name: '3',
      label: {
        en: 'Neither satisfied nor dissatisfied',
        fr: 'Ni satisfait ni insatisfait',
        es: 'Ni satisfecho ni insatisfecho',
      },
    },
    { name: '4', label: { en: 'Satisfied', fr: 'Satisfait', es: 'Satisfecho' } },
    { name: '5', label: { en: 'Very satisfied', fr: 'Très satisfait', es: 'Muy satisfecho' } },
  ];
  const likert = (name: string, en: string, fr: string, es: string): Question => ({
    name,
    type: 'likert',
    label: { en, fr, es },
    required: true,
    choices: scale,
  });
  return checkDefinition(
    [
      {
        name: 'membership',
        type: 'single_choice',
        label: {
          en: 'Is your organisation a member of the cluster organisation?',
          fr: 'Votre organisation est-elle membre de l’organisation du cluster ?',
          es: '¿Su organización es miembro de la organización del clúster?',
        },
        required: true,
        choices: [
          { name: 'member', label: { en: 'Member', fr: 'Membre', es: 'Miembro' } },
          { name: 'non_member', label: { en: 'Not a member', fr: 'Non membre', es: 'No miembro' } },
        ],
      },
      // The size of the member: "it tends to be 'smaller' members that become the most easily
      // dissatisfied" (000:195). The size classes are the actor register's; their staff ranges are
      // the platform's (the usual SME classes; the guide gives none).
      {
        name: 'size',
        type: 'single_choice',
        label: {
          en: 'How large is your organisation?',
          fr: 'Quelle est la taille de votre organisation ?',
          es: '¿Qué tamaño tiene su organización?',
        },
        required: false,
        choices: [
          {
            name: 'micro',
            label: { en: 'Fewer than 10 staff', fr: 'Moins de 10 salariés', es: 'Menos de 10 empleados' },
          },
          { name: 'small', label: { en: '10 to 49 staff', fr: '10 à 49 salariés', es: '10 a 49 empleados' } },
          {
            name: 'medium',
            label: { en: '50 to 249 staff', fr: '50 à 249 salariés', es: '50 a 249 empleados' },
          },
          {
            name: 'large',
            label: { en: '250 staff or more', fr: '250 salariés ou plus', es: '250 empleados o más' },
          },
        ],
      },
      // Indicator i: "satisfaction with the C/MA's governance and the specific management team - for
      // the latter, particularly their 'story', motives, and the individuals' overall credibility in
      // front of their peers" (000:195).
      likert(
        'governance',
        'How satisfied are you with the governance of the cluster organisation and with its management team: their story, their motives and their credibility among their peers?',
        'Êtes-vous satisfait de la gouvernance de l’organisation du cluster et de son équipe de direction : son histoire, ses motivations et sa crédibilité auprès de ses pairs ?',
        '¿Está satisfecho con la gobernanza de la organización del clúster y con su equipo de gestión: su historia, sus motivaciones y su credibilidad ante sus pares?',
      ),
      likert(
        'services',
        'How satisfied are you with the quality of the value-adding services you receive?',
        'Êtes-vous satisfait de la qualité des services à valeur ajoutée que vous recevez ?',
        '¿Está satisfecho con la calidad de los servicios de valor añadido que recibe?',
      ),
      likert(
        'priorities',
        'How satisfied are you with how priorities are set, and with the priorities chosen?',
        'Êtes-vous satisfait de la façon dont les priorités sont fixées et des priorités retenues ?',
        '¿Está satisfecho con la forma en que se fijan las prioridades y con las prioridades elegidas?',
      ),
      likert(
        'communication',
        'How satisfied are you with how progress towards the goals is communicated?',
        'Êtes-vous satisfait de la communication sur les progrès vers les objectifs ?',
        '¿Está satisfecho con la comunicación del avance hacia los objetivos?',
      ),
      {
        name: 'comment',
        type: 'text',
        label: {
          en: 'Anything else you want to tell us?',
          fr: 'Autre chose à nous dire ?',
          es: '¿Algo más que quiera decirnos?',
        },
        required: false,
      },
    ],
    'template',
  );
}
