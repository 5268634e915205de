/**
 * Strategy documents (issue 13): the cluster business canvas (GIZ 001:1647–1653), visual
 * roadmaps (GIZ 001:4301–4323) and the internationalisation strategy (ECCP 004:595–653).
 */

// ─── Cluster business canvas ────────────────────────────────────────────────────────────────────

/** The canvas header: "NAME · CLUSTER ORGANISATION · DATE" (001:1651). */
export const CANVAS_HEADER = ['name', 'organisation', 'date'] as const;

export interface CanvasBlock {
  key: string;
  /** The block's name as the guide writes it. */
  title: string;
  /** Its guiding questions, word for word. */
  questions: readonly string[];
  /** Where the guide gives them. */
  source: string;
}

/**
 * The ten blocks of "The Cluster Business Canvas Model" (001:1647) with the guide's guiding
 * questions, in the order of the seed's text: six blocks on 001:1652, four on 001:1653. The seed
 * holds the canvas as text, not as a drawing: where each block sits on the printed canvas is not
 * in it, so the grid of the screen is the platform's.
 */
export const CANVAS_BLOCKS = [
  {
    key: 'memberSegments',
    title: 'Member Segments',
    questions: [
      'What different types of cluster actors do we have?',
      'How would we categorise our cluster actors into different groups by size, needs, market readiness etc.?',
    ],
    source: '001:1652',
  },
  {
    key: 'keyPartners',
    title: 'Key Partners',
    questions: [
      'Who are our key partners needed and which key activities do they perform?',
      'Which key resources do we acquire from partners?',
    ],
    source: '001:1652',
  },
  {
    key: 'keyActivities',
    title: 'Key Activities',
    questions: [
      'What key activities do our value propositions require?',
      'What activities and services do we want offer to our cluster actors?',
    ],
    source: '001:1652',
  },
  {
    key: 'memberPainPoints',
    title: 'Member Pain Points',
    questions: [
      'What are the biggest problems and pains our members have?',
      'What are jobs the members need done?',
    ],
    source: '001:1652',
  },
  {
    key: 'valuePropositions',
    title: 'Value Propositions',
    questions: [
      'What is the benefit we offer to our members?',
      'What are positive outcomes the members want to see?',
    ],
    source: '001:1652',
  },
  {
    key: 'keyResources',
    title: 'Key Resources',
    questions: [
      'What key resources do our value propositions require?',
      'How can our cluster provide these resources?',
    ],
    source: '001:1652',
  },
  {
    key: 'memberRelationships',
    title: 'Member Relationships',
    questions: [
      'What type of relationship do our cluster actors expect us to establish and maintain with them as well as amongst them?',
      'How are the cluster actors integrated in our cluster activities?',
    ],
    source: '001:1653',
  },
  {
    key: 'costStructure',
    title: 'Cost Structure',
    questions: [
      'What are the most important costs inherent in our cluster organisation?',
      'Which key resources and key activities are the most expensive?',
    ],
    source: '001:1653',
  },
  {
    key: 'revenueStreams',
    title: 'Revenue Streams',
    questions: [
      'For what services are our cluster actors willing to pay?',
      'How can our cluster actors or others contribute to our cluster organisation?',
      'Are there other financing options, e.g. public funding?',
    ],
    source: '001:1653',
  },
  {
    key: 'keyChallenges',
    title: 'Key Challenges',
    questions: [
      'What are the key challenges of our cluster organisation in the next 3 years?',
      'What are the key challenges of our cluster actors in the next 3 years?',
    ],
    source: '001:1653',
  },
] as const satisfies readonly CanvasBlock[];

export type CanvasBlockKey = (typeof CANVAS_BLOCKS)[number]['key'];
export const CANVAS_BLOCK_KEYS = CANVAS_BLOCKS.map((b) => b.key) as CanvasBlockKey[];

/** The blocks a canvas leaves empty, in the guide's order (001:1652–1653). */
export function emptyCanvasBlocks(blocks: Partial<Record<string, string>>): CanvasBlockKey[] {
  return CANVAS_BLOCK_KEYS.filter((k) => !(blocks[k] ?? '').trim());
}

// ─── Visual roadmap ─────────────────────────────────────────────────────────────────────────────

/**
 * The four aspects a visual roadmap categorises (001:4316–4321), top to bottom: socio-economic
 * factors of influence, enabling technologies, development of the topic, effects.
 */
export const ROADMAP_LANES = ['drivers', 'technologies', 'topic', 'effects'] as const;
export type RoadmapLane = (typeof ROADMAP_LANES)[number];

/** Each lane as the guide names and explains it. */
export const ROADMAP_LANE_TEXT: Record<RoadmapLane, { title: string; about: string; source: string }> = {
  drivers: {
    title: 'Socio-economic factors of influence',
    about: 'legal, economic, social conditions, phenomena, and requirements',
    source: '001:4318',
  },
  technologies: {
    title: 'Enabling technologies',
    about: 'scientific-technological requirements for the respective topic',
    source: '001:4319',
  },
  topic: {
    title: 'Development of the topic to be considered',
    about: 'central aspects and milestones that are of importance for the development of the topic',
    source: '001:4320',
  },
  effects: {
    title: 'Effects',
    about: 'economic and social effects, but also new product and service offers',
    source: '001:4321',
  },
};

/**
 * How long a roadmap may run, in years: the guide gives no limit (its example, 001:4333, is a
 * template); 30 years keeps the drawing readable. The platform's choice.
 */
export const ROADMAP_MAX_YEARS = 30;
/** The years a roadmap may start or end in (the platform's bounds). */
export const ROADMAP_YEAR_RANGE = { min: 1990, max: 2100 } as const;

export interface YearSpan {
  startYear: number;
  endYear: number;
}

export interface SpanProblem {
  field: string;
  problem: 'out_of_range' | 'before_start' | 'too_long' | 'outside_roadmap';
}

/** The problems of a roadmap's span (fromYear–toYear): years in range, start ≤ end, not too long. */
export function roadmapSpanProblems(fromYear: number, toYear: number): SpanProblem[] {
  const out: SpanProblem[] = [];
  const { min, max } = ROADMAP_YEAR_RANGE;
  if (fromYear < min || fromYear > max) out.push({ field: 'fromYear', problem: 'out_of_range' });
  if (toYear < min || toYear > max) out.push({ field: 'toYear', problem: 'out_of_range' });
  if (out.length) return out;
  if (toYear < fromYear) out.push({ field: 'toYear', problem: 'before_start' });
  else if (toYear - fromYear + 1 > ROADMAP_MAX_YEARS) out.push({ field: 'toYear', problem: 'too_long' });
  return out;
}

/**
 * The problems of an item's years within its roadmap: inside fromYear–toYear, start ≤ end (a
 * roadmap notes "dependencies in terms of time and pathways", 001:4303).
 */
export function roadmapItemProblems(
  item: YearSpan,
  roadmap: { fromYear: number; toYear: number },
): SpanProblem[] {
  const out: SpanProblem[] = [];
  const inside = (y: number) => y >= roadmap.fromYear && y <= roadmap.toYear;
  if (!inside(item.startYear)) out.push({ field: 'startYear', problem: 'outside_roadmap' });
  if (!inside(item.endYear)) out.push({ field: 'endYear', problem: 'outside_roadmap' });
  if (item.endYear < item.startYear) out.push({ field: 'endYear', problem: 'before_start' });
  return out;
}

/**
 * Rows of one lane, so that bars of the same years do not cover each other: items in order of
 * start year (then end year), each in the first row whose last bar ends before it starts.
 * Returns, for each item (by index of the input), its row; and the number of rows (at least 1).
 */
export function laneRows(items: readonly YearSpan[]): { rows: number[]; count: number } {
  const order = items
    .map((it, i) => ({ ...it, i }))
    .sort((a, b) => a.startYear - b.startYear || a.endYear - b.endYear || a.i - b.i);
  const ends: number[] = [];
  const rows = new Array<number>(items.length).fill(0);
  for (const it of order) {
    let row = ends.findIndex((end) => end < it.startYear);
    if (row === -1) {
      row = ends.length;
      ends.push(it.endYear);
    } else ends[row] = it.endYear;
    rows[it.i] = row;
  }
  return { rows, count: Math.max(1, ends.length) };
}

// ─── Internationalisation strategy ──────────────────────────────────────────────────────────────

/**
 * The three steps of an internationalisation strategy: "diagnostics, choice, and action"
 * (004:603, after Christian Ketels).
 */
export const INTERNATIONALISATION_STEPS = ['diagnostics', 'choice', 'action'] as const;
export type InternationalisationStep = (typeof INTERNATIONALISATION_STEPS)[number];

/** The three core dimensions of analysing the cluster (004:619–623), word for word. */
export const INTERNATIONALISATION_QUESTIONS = [
  {
    key: 'context',
    text: 'What is your market and cluster context? What specific value chain disruptions should you consider?',
    source: '004:621',
  },
  {
    key: 'ambitions',
    text: 'What are the international ambitions and expectations of your members?',
    source: '004:622',
  },
  {
    key: 'capabilities',
    text: 'What are the existing capabilities and resources of your cluster organisation?',
    source: '004:623',
  },
] as const;
export type InternationalisationQuestion = (typeof INTERNATIONALISATION_QUESTIONS)[number]['key'];
export const INTERNATIONALISATION_QUESTION_KEYS = INTERNATIONALISATION_QUESTIONS.map(
  (q) => q.key,
) as InternationalisationQuestion[];

/**
 * Review cadences the guide's case reports, neither of them a rule: "evaluate constantly (at
 * least every 6 months)" (004:650) and "reviewed quarterly" (004:653). The team sets its own.
 */
export const REVIEW_CADENCE_EXAMPLES = [
  { months: 6, source: '004:650' },
  { months: 3, source: '004:653' },
] as const;
/** The cadences a team may set, in months: the platform's bounds (the guide gives no rule). */
export const REVIEW_CADENCE_RANGE = { min: 1, max: 24 } as const;

/** An ISO date (YYYY-MM-DD) some months later; the day is kept, or the month's last day. */
export function addMonthsIso(iso: string, months: number): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The next review of a strategy reviewed every `cadenceMonths`: that many months after the last
 * review, or after the day the strategy was first written when it has never been reviewed (the
 * platform's choice; the guide gives no rule). Due on that day and after. The cadence is the
 * team's: the guide's case evaluates at least every 6 months (004:650) and reviews quarterly
 * (004:653).
 */
export function nextReview(
  cadenceMonths: number,
  lastReviewedOn: string | null,
  writtenOn: string,
  today: string,
): { nextReviewOn: string; due: boolean } {
  const nextReviewOn = addMonthsIso(lastReviewedOn ?? writtenOn, cadenceMonths);
  return { nextReviewOn, due: nextReviewOn <= today.slice(0, 10) };
}
