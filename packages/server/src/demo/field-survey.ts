import type { Database } from '../db/database.js';
import {
  checkDefinition,
  type FormGroup,
  type Question,
  type SurveyForm,
} from '../monitoring/surveys/model.js';
import { checkAnswers } from '../monitoring/surveys/answers-check.js';

/**
 * A field form in the demo (issue 17): the enterprise visit a field team would bring as an
 * XLSForm from KoboToolbox, as the import keeps it: a page of questions about the firm, skip logic
 * (export questions only for exporters), a cascading choice (district by region), an "or other",
 * a constraint with its own message, a repeat of the firm's products and a calculation over it;
 * and the device metadata the import left out, listed on the survey's page. Four visits answered,
 * checked against the form's rules as the server checks any answer.
 */
const t = (en: string, fr: string, es: string) => ({ en, fr, es });

const GROUPS: FormGroup[] = [
  {
    name: 'firm',
    label: t('The firm', 'L’entreprise', 'La empresa'),
    repeat: false,
    appearance: 'field-list',
  },
  {
    name: 'exports',
    label: t('Exports', 'Exportations', 'Exportaciones'),
    repeat: false,
    relevant: "${exporter} = 'yes'",
  },
  { name: 'product', label: t('Product', 'Produit', 'Producto'), repeat: true },
];

const QUESTIONS: Question[] = [
  {
    name: 'visit_date',
    type: 'date',
    label: t('Date of the visit', 'Date de la visite', 'Fecha de la visita'),
    required: true,
    constraint: '. <= today()',
    constraintMessage: t(
      'The visit cannot be in the future',
      'La visite ne peut pas être dans le futur',
      'La visita no puede estar en el futuro',
    ),
  },
  {
    name: 'region',
    type: 'single_choice',
    label: t('Region', 'Région', 'Región'),
    required: true,
    group: 'firm',
    choices: [
      { name: 'north', label: t('North', 'Nord', 'Norte') },
      { name: 'south', label: t('South', 'Sud', 'Sur') },
    ],
  },
  {
    name: 'district',
    type: 'single_choice',
    label: t('District', 'District', 'Distrito'),
    required: true,
    group: 'firm',
    choiceFilter: 'region = ${region}',
    choices: [
      {
        name: 'lakeside',
        label: t('Lakeside', 'Bord du lac', 'Orilla del lago'),
        filter: { region: 'north' },
      },
      { name: 'hills', label: t('Hills', 'Collines', 'Colinas'), filter: { region: 'north' } },
      { name: 'port', label: t('Port', 'Port', 'Puerto'), filter: { region: 'south' } },
    ],
  },
  {
    name: 'staff',
    type: 'number',
    numberKind: 'integer',
    label: t('Staff', 'Effectif', 'Personal'),
    required: true,
    group: 'firm',
    constraint: '. >= 1 and . <= 5000',
    constraintMessage: t(
      'Between 1 and 5,000 people',
      'Entre 1 et 5 000 personnes',
      'Entre 1 y 5.000 personas',
    ),
  },
  {
    name: 'exporter',
    type: 'single_choice',
    label: t('Does the firm export?', 'L’entreprise exporte-t-elle ?', '¿Exporta la empresa?'),
    required: true,
    group: 'firm',
    choices: [
      { name: 'yes', label: t('Yes', 'Oui', 'Sí') },
      { name: 'no', label: t('No', 'Non', 'No') },
    ],
  },
  {
    name: 'markets',
    type: 'multiple_choice',
    label: t('Export markets', 'Marchés d’exportation', 'Mercados de exportación'),
    required: true,
    group: 'exports',
    orOther: true,
    choices: [
      { name: 'region', label: t('The region', 'La région', 'La región') },
      { name: 'eu', label: t('European Union', 'Union européenne', 'Unión Europea') },
      { name: 'other', label: { en: 'Other', fr: 'Autre', es: 'Otro' } },
    ],
  },
  {
    name: 'markets_other',
    type: 'text',
    label: { en: 'Specify other.', fr: 'Précisez.', es: 'Especifique.' },
    required: false,
    group: 'exports',
    relevant: "selected(${markets}, 'other')",
    otherOf: 'markets',
  },
  {
    name: 'product_name',
    type: 'text',
    label: t('Product', 'Produit', 'Producto'),
    required: true,
    group: 'product',
  },
  {
    name: 'product_tonnes',
    type: 'number',
    numberKind: 'decimal',
    label: t('Tonnes a year', 'Tonnes par an', 'Toneladas al año'),
    required: true,
    group: 'product',
    constraint: '. > 0',
  },
  {
    name: 'tonnes',
    type: 'calculate',
    label: { en: 'tonnes' },
    required: false,
    calculation: 'sum(${product_tonnes})',
  },
  {
    name: 'summary',
    type: 'note',
    label: t(
      'The firm produces ${tonnes} tonnes a year.',
      'L’entreprise produit ${tonnes} tonnes par an.',
      'La empresa produce ${tonnes} toneladas al año.',
    ),
    required: false,
  },
];

const FORM: SurveyForm = {
  groups: GROUPS,
  version: '2026-11',
  defaultLanguage: 'en',
  languages: [
    { key: 'en', name: 'English (en)' },
    { key: 'fr', name: 'French (fr)' },
    { key: 'es', name: 'Spanish (es)' },
  ],
  warnings: [{ kind: 'metadata', sheet: 'survey', row: 2, name: 'start', type: 'start' }],
};

const VISITS: Record<string, unknown>[] = [
  {
    visit_date: '2026-10-06',
    region: 'north',
    district: 'lakeside',
    staff: 42,
    exporter: 'yes',
    markets: ['eu', 'other'],
    markets_other: 'Gulf states',
    product: [
      { product_name: 'Smoked fish', product_tonnes: 120 },
      { product_name: 'Fish meal', product_tonnes: 35.5 },
    ],
  },
  {
    visit_date: '2026-10-08',
    region: 'north',
    district: 'hills',
    staff: 8,
    exporter: 'no',
    product: [{ product_name: 'Dried fish', product_tonnes: 14 }],
  },
  {
    visit_date: '2026-10-13',
    region: 'south',
    district: 'port',
    staff: 130,
    exporter: 'yes',
    markets: ['region'],
    product: [
      { product_name: 'Frozen fillets', product_tonnes: 410 },
      { product_name: 'Canned sardines', product_tonnes: 220 },
      { product_name: 'Fish oil', product_tonnes: 18 },
    ],
  },
  {
    visit_date: '2026-10-20',
    region: 'south',
    district: 'port',
    staff: 3,
    exporter: 'no',
    product: [],
  },
];

export async function loadDemoFieldSurvey(db: Database, ids: { initiative: string; manager: string }) {
  const questions = checkDefinition(QUESTIONS, 'demo', GROUPS);
  const survey = await db
    .insertInto('surveys')
    .values({
      workspace_id: ids.initiative,
      title: JSON.stringify(
        t(
          'Enterprise visits (field form, demo)',
          'Visites d’entreprises (formulaire de terrain, démo)',
          'Visitas a empresas (formulario de campo, demo)',
        ),
      ),
      form_id: 'enterprise_visit_demo',
      anonymous: true,
      deadline: new Date(Date.now() - 5 * 86_400_000),
      questions: JSON.stringify(questions),
      form: JSON.stringify(FORM),
      sent_at: new Date(Date.now() - 60 * 86_400_000),
      created_by: ids.manager,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('survey_responses')
    .values(
      VISITS.map((v) => ({
        workspace_id: ids.initiative,
        survey_id: survey.id,
        respondent_user_id: null,
        // As any answer arrives: checked against the form's rules, its calculation worked out.
        answers: JSON.stringify(checkAnswers(questions, v, GROUPS, new Date('2026-11-01T00:00:00Z'))),
      })),
    )
    .execute();
}
