/**
 * The lifecycle spine of a cluster initiative (methods.md §0).
 *
 * Three published sequences describe the same journey:
 * - the GIZ guide's four maturity stages with their key questions and steps
 *   (001_2b00e659d173dc60.txt:1130–1150, 1200–1272, 1961–2030, 3057–3130, 4127–4183);
 * - UNIDO's six-phase cycle (002_1736815e2889461c.txt:224–260);
 * - the MarketMakers nine-step blueprint for a new association (000_83686791654886b8.txt:119–155).
 */

export const STAGES = ['initiation', 'establishment', 'operationalisation', 'transformation'] as const;
export type Stage = (typeof STAGES)[number];

/** Platform modules, as in docs/product.md. */
export type Module =
  | 'lifecycle'
  | 'map'
  | 'diagnose'
  | 'strategy'
  | 'organisation'
  | 'operations'
  | 'monitoring'
  | 'connect'
  | 'programme';

export interface KeyQuestion {
  /** Stable id, e.g. `initiation.3`. */
  id: string;
  number: number;
  /** The question exactly as the GIZ guide prints it. */
  text: string;
  /** `file:line` of the question in the seed. */
  source: string;
}

export interface Tool {
  id: string;
  name: string;
  module: Module;
}

export interface StageStep {
  id: string;
  number: number;
  question: string;
  tools: Tool[];
  source: string;
}

export interface StageDefinition {
  id: Stage;
  name: string;
  keyQuestions: KeyQuestion[];
  steps: StageStep[];
  source: string;
}

const GIZ = '001_2b00e659d173dc60.txt';

function questions(stage: Stage, firstLine: number, texts: string[]): KeyQuestion[] {
  return texts.map((text, i) => ({
    id: `${stage}.${i + 1}`,
    number: i + 1,
    text,
    source: `${GIZ}:${firstLine + i}`,
  }));
}

const tool = (id: string, name: string, module: Module): Tool => ({ id, name, module });

export const GIZ_STAGES: readonly StageDefinition[] = [
  {
    id: 'initiation',
    name: 'Initiation',
    source: `${GIZ}:1200`,
    // 10 KEY QUESTIONS when starting (001:1202–1211)
    keyQuestions: questions('initiation', 1202, [
      'What do we want to achieve through the cluster approach?',
      'Can we use other means to reach our goal?',
      'What partners and key actors do we need?',
      'Do partners have sufficient economic, organisational and innovative capacity?',
      'What benefits (strengths) are the partners bringing into?',
      'What benefits shall the cluster approach offer its actors?',
      'What existing successful or solid strategic alliances can the cluster approach build on?',
      'Is the “chemistry” between the partners right?',
      'What trust-building measures are required?',
      'Are the goals and functions of the future clustering activities clear to all relevant stakeholders?',
    ]),
    // Steps and their tools (001:1232–1272)
    steps: [
      {
        id: 'initiation.step1',
        number: 1,
        question: 'What potentials do we have?',
        source: `${GIZ}:1236`,
        tools: [
          tool('cluster-mapping', 'Cluster mapping', 'map'),
          tool('value-chain-mapping', 'Value chain mapping', 'diagnose'),
          tool('swot', 'SWOT analysis', 'diagnose'),
        ],
      },
      {
        id: 'initiation.step2',
        number: 2,
        question: 'Who needs to be involved?',
        source: `${GIZ}:1246`,
        tools: [
          tool('stakeholder-analysis', 'Stakeholder analysis', 'diagnose'),
          tool('involve-key-actors', 'Involve key actors', 'diagnose'),
          tool('raise-awareness', 'Raise awareness', 'operations'),
        ],
      },
      {
        id: 'initiation.step3',
        number: 3,
        question: 'Which value added do we want to create?',
        source: `${GIZ}:1256`,
        tools: [
          tool('needs-ranking', 'Identify demands & needs', 'diagnose'),
          tool('develop-goals', 'Develop goals', 'strategy'),
        ],
      },
      {
        id: 'initiation.step4',
        number: 4,
        question: 'How to develop a strategy?',
        source: `${GIZ}:1264`,
        tools: [
          tool('business-canvas', 'Business model canvas', 'strategy'),
          tool('prepare-organisation', 'Prepare organisation and structure', 'organisation'),
          tool('cluster-strategy', 'Cluster strategy', 'strategy'),
          tool('action-plan', 'Action plan', 'strategy'),
        ],
      },
    ],
  },
  {
    id: 'establishment',
    name: 'Establishment',
    source: `${GIZ}:1961`,
    // 10 KEY QUESTIONS when establishing a cluster (001:1963–1972)
    keyQuestions: questions('establishment', 1963, [
      'How does one get started with the implementation of the strategy?',
      'How important is the organisational structure for the cluster?',
      'What requirements does the organisational structure have to meet?',
      'Which legal form is most suitable for our cluster?',
      'How does one organise governance and a cluster management structure?',
      'How does one organise organisational processes?',
      "Which services does one want to offer in order to address cluster goals and actors' needs?",
      'How does one communicate cluster goals, benefits and offers?',
      'What is the role of cluster policy at this development stage?',
      'How does one set up a sound but lean and easy-to-handle monitoring and evaluation system?',
    ]),
    // Steps and their tools (001:1994–2030)
    steps: [
      {
        id: 'establishment.step1',
        number: 1,
        question: 'How to operationalise the strategy?',
        source: `${GIZ}:1998`,
        tools: [
          tool('action-plan', 'Action plan', 'strategy'),
          tool('financial-plan', 'Financial plan', 'organisation'),
        ],
      },
      {
        id: 'establishment.step2',
        number: 2,
        question: 'How to form the organisation?',
        source: `${GIZ}:2006`,
        tools: [
          tool('legal-form', 'Legal form', 'organisation'),
          tool('governance', 'Governance', 'organisation'),
          tool('staffing', 'Staffing', 'organisation'),
          tool('agreements', 'Agreements with key actors', 'organisation'),
        ],
      },
      {
        id: 'establishment.step3',
        number: 3,
        question: 'Which services and activities to implement?',
        source: `${GIZ}:2018`,
        tools: [
          tool('fields-of-action', 'Fields of action', 'operations'),
          tool('develop-services', 'Develop services', 'operations'),
          tool('marketing-pr', 'Marketing & PR', 'operations'),
        ],
      },
      {
        id: 'establishment.step4',
        number: 4,
        question: 'How to monitor the progress?',
        source: `${GIZ}:2028`,
        tools: [tool('monitoring-system', 'Monitoring system', 'monitoring')],
      },
    ],
  },
  {
    id: 'operationalisation',
    name: 'Operationalisation',
    source: `${GIZ}:3057`,
    // 10 KEY QUESTIONS when operationalising (001:3059–3068)
    keyQuestions: questions('operationalisation', 3059, [
      'How does one organise and manage cluster activities?',
      'How does one define, model and implement cluster processes?',
      'Is there a balance between obligations of members to the cluster organisation and the services provided by the cluster to its members?',
      'Is the cluster sufficiently known and does it appeal to potential new members?',
      'Are there enough opportunities for open exchange, dialogue and feedback with cluster members?',
      'Is performance monitoring applied regularly?',
      'Is the cluster strategy regularly realigned and consequently implemented with the involvement of cluster actors?',
      'Are services and projects further developed according to strategic reorientation?',
      'Is skill development of staff members part of the organisational development?',
      'Has the cluster reached its goals in terms of the desired result, costs and deadlines? Are all relevant stakeholders satisfied with the results?',
    ]),
    // Steps and their tools (001:3100–3130)
    steps: [
      {
        id: 'operationalisation.step1',
        number: 1,
        question: 'How to operationalise?',
        source: `${GIZ}:3104`,
        tools: [
          tool('process-management', 'Process management', 'operations'),
          tool('project-management', 'Project management', 'operations'),
        ],
      },
      {
        id: 'operationalisation.step2',
        number: 2,
        question: 'How to attract and tie cluster actors?',
        source: `${GIZ}:3112`,
        tools: [
          tool('attract-members', 'Attract new cluster members', 'operations'),
          tool('membership-relations', 'Manage membership relations', 'operations'),
        ],
      },
      {
        id: 'operationalisation.step3',
        number: 3,
        question: 'How to reach cluster management professionalism?',
        source: `${GIZ}:3120`,
        tools: [
          tool('evaluation-benchmarking', 'Evaluation & benchmarking', 'monitoring'),
          tool('service-portfolio', 'Continuous development of service portfolio', 'operations'),
          tool('strategy-realignment', 'Strategy realignment', 'strategy'),
          tool('internationalisation', 'Internationalisation', 'strategy'),
          tool('staff-development', 'Staff development', 'organisation'),
        ],
      },
    ],
  },
  {
    id: 'transformation',
    name: 'Transformation',
    source: `${GIZ}:4127`,
    // 8 KEY QUESTIONS (001:4129–4136)
    keyQuestions: questions('transformation', 4129, [
      'Is monitoring and evaluation a basis for strategic learning?',
      'Is there a formal or informal change agent team? Can cluster managers be seen as “clusterpreneurs”?',
      'Are cluster actors involved strategic processes?',
      'Are the cluster actors sufficiently exposed to economic transformation activities?',
      'Are there enough opportunities and encouragement among the cluster actors to identify new trends and to turn them into new ideas and actions?',
      'Are change, innovation and sustainability topics for the development of the cluster?',
      'Is there a simple vision for the cluster?',
      'Is this vision continuing to be actively communicated internally and externally?',
    ]),
    // Steps and their tools (001:4162–4183)
    steps: [
      {
        id: 'transformation.step1',
        number: 1,
        question: 'Identifying trends and challenges',
        source: `${GIZ}:4162`,
        tools: [
          tool('strategic-foresight', 'Strategic foresight', 'strategy'),
          tool('change-innovation', 'Change and innovation management in clusters', 'strategy'),
        ],
      },
      {
        id: 'transformation.step2',
        number: 2,
        question: 'Stepping beyond cluster boundaries',
        source: `${GIZ}:4171`,
        tools: [
          tool('cross-clustering', 'Cross-clustering', 'connect'),
          tool('cross-border', 'Cross-border collaboration', 'connect'),
        ],
      },
      {
        id: 'transformation.step3',
        number: 3,
        question: 'Becoming integral part of an innovation ecosystem',
        source: `${GIZ}:4180`,
        tools: [tool('regional-development', 'Clusters as tool for regional development', 'connect')],
      },
    ],
  },
];

export interface Phase {
  number: number;
  name: string;
  source: string;
  note?: string;
}

const UNIDO = '002_1736815e2889461c.txt';

/** UNIDO's six phases (002:224–260). */
export const UNIDO_PHASES: readonly Phase[] = [
  { number: 1, name: 'Cluster selection', source: `${UNIDO}:224` },
  {
    number: 2,
    name: 'Appointment of a cluster development agent and governance',
    source: `${UNIDO}:230`,
    note: 'The seed heads this phase "Cluster selection" again by mistake; its text is about appointing the CDA.',
  },
  { number: 3, name: 'Cluster diagnostic', source: `${UNIDO}:236` },
  { number: 4, name: 'Vision building and action planning', source: `${UNIDO}:247` },
  {
    number: 5,
    name: 'Implementation',
    source: `${UNIDO}:252`,
    note: 'The CDA facilitates but never provides services or disburses resources itself.',
  },
  { number: 6, name: 'Monitoring and evaluation', source: `${UNIDO}:256` },
];

const MM = '000_83686791654886b8.txt';

/**
 * The MarketMakers blueprint for a new association (000:119–155): each step named as its heading
 * in the seed reads, and cited at that heading.
 */
export const BLUEPRINT_STEPS: readonly Phase[] = [
  { number: 1, name: 'Sharing industry/cause-specific research', source: `${MM}:123` },
  {
    number: 2,
    name: 'Moving from consensus to building momentum through relationships',
    source: `${MM}:127`,
  },
  {
    number: 3,
    name: 'Small, discrete experiment(s) to rehearse group action and habituate collaboration',
    source: `${MM}:129`,
  },
  { number: 4, name: 'Assessing further appetite for joint action', source: `${MM}:133` },
  { number: 5, name: 'Validation of the C/MA business plan', source: `${MM}:137` },
  {
    number: 6,
    name: 'Cash injection for founding and start-up',
    source: `${MM}:139`,
    note: 'A short-term (~12-month) partnership; tranches triggered by progress milestones; co-investment from the founders or members.',
  },
  {
    number: 7,
    name: 'Step backwards, sit down and take a back seat',
    source: `${MM}:143`,
    note: 'Continuous financial and non-financial support is "off the table"; cash injections scale down throughout the ~12-month partnership.',
  },
  {
    number: 8,
    name: 'Observe equilibrium and re-engagement',
    source: `${MM}:145`,
    note: 'Re-engagement with ring-fenced funding for new activities or member services, not for the operations and recurrent costs of the association.',
  },
  {
    number: 9,
    name: 'Maintain relations, observe, monitor, encourage, and promote',
    source: `${MM}:155`,
  },
];

/**
 * Which UNIDO phases and blueprint steps usually run during each GIZ stage.
 * The seeds do not publish this correspondence: it is the platform's reading of the three
 * sequences side by side, shown to users as guidance, never enforced.
 */
export const STAGE_ALIGNMENT: Record<Stage, { unidoPhases: number[]; blueprintSteps: number[] }> = {
  initiation: { unidoPhases: [1, 2, 3, 4], blueprintSteps: [1, 2, 3, 4, 5] },
  establishment: { unidoPhases: [4, 5], blueprintSteps: [5, 6] },
  operationalisation: { unidoPhases: [5, 6], blueprintSteps: [6, 7, 8, 9] },
  transformation: { unidoPhases: [6], blueprintSteps: [9] },
};

export function stageDefinition(stage: Stage): StageDefinition {
  const found = GIZ_STAGES.find((s) => s.id === stage);
  if (!found) throw new Error(`Unknown stage "${stage}"`);
  return found;
}

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

/** The stage after `stage`, or null at transformation (the last stage). */
export function nextStage(stage: Stage): Stage | null {
  const i = STAGES.indexOf(stage);
  return STAGES[i + 1] ?? null;
}

/** Every key question of every stage, keyed by id. */
export function keyQuestionIndex(): Map<string, KeyQuestion & { stage: Stage }> {
  const index = new Map<string, KeyQuestion & { stage: Stage }>();
  for (const s of GIZ_STAGES) for (const q of s.keyQuestions) index.set(q.id, { ...q, stage: s.id });
  return index;
}

/** Progress of a stage's key-question checklist. */
export function checklistProgress(
  stage: Stage,
  answered: ReadonlySet<string>,
): { done: number; total: number } {
  const qs = stageDefinition(stage).keyQuestions;
  return { done: qs.filter((q) => answered.has(q.id)).length, total: qs.length };
}
