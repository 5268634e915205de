/**
 * The two service portfolios of the GIZ guide (001:2596–2671, 3816–3862): the management's
 * pre-assessment of effort × expected relevance, and the members' view of expectation (importance)
 * × satisfaction. Comparing the two gives "match or mismatch?" (001:3838); fields of action with no
 * service are white spots to fill (001:3842).
 *
 * The guide rates effort high/medium/low (ranges allowed, e.g. high–medium for a trade fair) and
 * relevance on three faces (😊 😐 😞, 001:2636–2644). Members answer on the same three-point scale
 * (1 = low, 2 = medium, 3 = high) so that both views can be compared point for point.
 */
export const LEVELS = ['low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];
export const levelValue = (l: Level): number => LEVELS.indexOf(l) + 1;

export interface ServiceAssessment {
  id: string;
  fieldOfAction: string;
  /** Effort for the cluster management; a range when min ≠ max. */
  effortMin: Level;
  effortMax: Level;
  /** The management's expected relevance for the actors (the faces of 001:2641). */
  relevance: Level;
}

export interface MemberServiceAnswer {
  serviceId: string;
  /** How important the service is to the member: 1 low, 2 medium, 3 high. */
  expectation: number;
  /** How satisfied the member is with it: 1 low, 2 medium, 3 high. */
  satisfaction: number;
}

export interface PortfolioPoint {
  id: string;
  /** Midpoint of the effort range, 1–3. */
  effort: number;
  relevance: number;
  answers: number;
  expectation: number | null;
  satisfaction: number | null;
  /**
   * match: the members' mean expectation, rounded to the nearest point of the scale, equals the
   * management's relevance; mismatch otherwise; null without answers.
   */
  match: boolean | null;
  /** Mean expectation minus mean satisfaction: positive when the service falls short. */
  gap: number | null;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function servicePortfolio(
  services: readonly ServiceAssessment[],
  answers: readonly MemberServiceAnswer[],
): PortfolioPoint[] {
  for (const a of answers)
    for (const k of ['expectation', 'satisfaction'] as const)
      if (!Number.isInteger(a[k]) || a[k] < 1 || a[k] > 3)
        throw new RangeError(`${k} must be 1, 2 or 3 (service ${a.serviceId})`);
  return services.map((s) => {
    const mine = answers.filter((a) => a.serviceId === s.id);
    const expectation = mine.length ? mean(mine.map((a) => a.expectation)) : null;
    const satisfaction = mine.length ? mean(mine.map((a) => a.satisfaction)) : null;
    const relevance = levelValue(s.relevance);
    return {
      id: s.id,
      effort: (levelValue(s.effortMin) + levelValue(s.effortMax)) / 2,
      relevance,
      answers: mine.length,
      expectation,
      satisfaction,
      match: expectation === null ? null : Math.round(expectation) === relevance,
      gap: expectation === null || satisfaction === null ? null : expectation - satisfaction,
    };
  });
}

/** Fields of action of the objectives × fields-of-action matrix that no service covers (001:3842). */
export function serviceWhiteSpots(
  fieldsOfAction: readonly string[],
  services: readonly { fieldOfAction: string }[],
): string[] {
  const covered = new Set(services.map((s) => s.fieldOfAction));
  return fieldsOfAction.filter((f) => !covered.has(f));
}

/**
 * The questions to answer before a service goes live, from the Cap Digital interview of the ECCP
 * guide (004_f712fc9831894dbf.txt:532).
 */
export const SERVICE_LAUNCH_CHECKLIST = [
  { key: 'need_and_demand', source: '004:532' },
  { key: 'reach', source: '004:532' },
  { key: 'tested', source: '004:532' },
  { key: 'business_model', source: '004:532' },
  { key: 'who_pays', source: '004:532' },
  { key: 'trainers', source: '004:532' },
] as const;
export type LaunchCheck = (typeof SERVICE_LAUNCH_CHECKLIST)[number]['key'];

export function missingLaunchChecks(done: Partial<Record<LaunchCheck, boolean>>): LaunchCheck[] {
  return SERVICE_LAUNCH_CHECKLIST.map((c) => c.key).filter((k) => !done[k]);
}

/**
 * The mapping example of objectives and their fields of action of the GIZ guide, prepared by
 * ClusterAgentur Baden-Württemberg (001:2602–2616), offered as a starting matrix.
 */
export const FIELDS_OF_ACTION_TEMPLATE: readonly { objective: string; fields: readonly string[] }[] = [
  {
    objective: 'Innovation creation / new products and services',
    fields: [
      'Creation of knowledge',
      'Creation of demands',
      'Creation of (project) ideas',
      'Turning ideas into common actions',
      'Commercialisation of innovation',
    ],
  },
  {
    objective: 'Internationalisation',
    fields: [
      'Trend- and technology scouting',
      'Delegation missions / participation in trade fairs',
      'Market analyses; search profiles',
      'Tailor-made international B2B matching',
    ],
  },
  {
    objective: 'Business development (national)',
    fields: [
      'Initiating B2B among cluster actors',
      'B2B between cluster actors and externals, within the sector',
      'Cross-Clustering',
      'Tailor-made matching "Supplier meets OEM"',
    ],
  },
  {
    objective: 'Workforce development',
    fields: [
      'Training of staff within companies',
      'Acquisition of workforces',
      'Vocational training schemes development (incl. adaptation)',
      'Development of new curricula / upgrading',
    ],
  },
  {
    objective: 'Visibility / regional branding',
    fields: [
      'Advertising of capability of the cluster / network',
      'Advertising / marketing of the region',
      'Competence mapping of cluster actors',
      'Regional branding / USP',
    ],
  },
  {
    objective: 'Networking',
    fields: ['Networking', 'Events "Meet and Greet"', 'Company visits', 'International networking'],
  },
];
