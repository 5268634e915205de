/**
 * The two service portfolios of the GIZ guide (001:2596–2671, 3816–3862): the management's
 * pre-assessment of effort × expected relevance, and the members' view of expectation (importance)
 * × satisfaction. The guide asks to compare the two, "Comparing self-assessment by cluster manager
 * and member feedback → Match or mismatch?" (001:3838), but gives no rule for when they match: the
 * rule below (the members' mean expectation within a tolerance of the management's relevance) and
 * its default tolerance are the platform's choice, configurable per workspace. Fields of action
 * with no service are white spots to fill (001:3842).
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
   * match: the members' mean expectation lies within the tolerance of the management's relevance
   * (the platform's rule; the guide gives none); mismatch otherwise; null without answers.
   */
  match: boolean | null;
  /** Mean expectation minus mean satisfaction: positive when the service falls short. */
  gap: number | null;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * How far (in points of the 1–3 scale) the members' mean expectation may lie from the management's
 * relevance for the two portfolios to match. The platform's choice; the guide gives no rule
 * (001:3838 only asks "Match or mismatch?"). Half a point: the mean rounds to the relevance.
 */
export const DEFAULT_MATCH_TOLERANCE = 0.5;
export const MAX_MATCH_TOLERANCE = 2;

export function servicePortfolio(
  services: readonly ServiceAssessment[],
  answers: readonly MemberServiceAnswer[],
  options: { matchTolerance?: number } = {},
): PortfolioPoint[] {
  const tolerance = options.matchTolerance ?? DEFAULT_MATCH_TOLERANCE;
  if (!Number.isFinite(tolerance) || tolerance < 0 || tolerance > MAX_MATCH_TOLERANCE)
    throw new RangeError(`matchTolerance must be between 0 and ${MAX_MATCH_TOLERANCE}`);
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
      match: expectation === null ? null : Math.abs(expectation - relevance) <= tolerance + 1e-9,
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
 * guide (004_f712fc9831894dbf.txt:532), each with the seed's words. The trainers point is
 * conditional in the seed ("If clusters are looking for suitable trainers, they should also
 * investigate engaging start-ups"): it applies only to a service that engages trainers.
 */
export const SERVICE_LAUNCH_CHECKLIST = [
  {
    key: 'need_and_demand',
    source: '004:532',
    text: 'Before initiating any new service, cluster managers should check if there is a strong need and demand.',
  },
  {
    key: 'reach',
    source: '004:532',
    text: 'does the service concern most of their members, or just a few?',
  },
  {
    key: 'tested',
    source: '004:532',
    text: 'Cluster managers should test services before implementing them broadly.',
  },
  {
    key: 'business_model',
    source: '004:532',
    text: 'They should be very careful about the business model behind these services. How to make it sustainable?',
  },
  { key: 'who_pays', source: '004:532', text: 'Who will pay, and how much are they willing to pay?' },
  {
    key: 'trainers',
    source: '004:532',
    text: 'If clusters are looking for suitable trainers, they should also investigate engaging start-ups.',
    onlyWhen: 'engagesTrainers',
  },
] as const;
export type LaunchCheck = (typeof SERVICE_LAUNCH_CHECKLIST)[number]['key'];

/** The launch checks that apply to a service: the trainers point only when it engages trainers. */
export function applicableLaunchChecks(service: { engagesTrainers?: boolean } = {}): LaunchCheck[] {
  return SERVICE_LAUNCH_CHECKLIST.filter((c) => !('onlyWhen' in c) || service[c.onlyWhen]).map((c) => c.key);
}

export function missingLaunchChecks(
  done: Partial<Record<LaunchCheck, boolean>>,
  service: { engagesTrainers?: boolean } = {},
): LaunchCheck[] {
  return applicableLaunchChecks(service).filter((k) => !done[k]);
}

/**
 * A service's life: draft, pilot, live, retired. "Cluster managers should test services before
 * implementing them broadly" (004:532): a pilot runs between draft and live. A service starts a
 * pilot once the strong need and demand is checked ("Before initiating any new service", 004:532)
 * and goes live once every applicable point of the checklist is answered.
 */
export const SERVICE_STATUSES = ['draft', 'pilot', 'live', 'retired'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** The checks still open before a service may move to `to` (none for draft or retired). */
export function checksBeforeStatus(
  to: ServiceStatus,
  done: Partial<Record<LaunchCheck, boolean>>,
  service: { engagesTrainers?: boolean } = {},
): LaunchCheck[] {
  if (to === 'pilot') return done.need_and_demand ? [] : ['need_and_demand'];
  if (to === 'live') return missingLaunchChecks(done, service);
  return [];
}

/**
 * The platform's check that members do not pay more than non-members. The guide gives no such rule:
 * it asks business plans to "better determine how members benefit more than nonmembers" (000:197),
 * which is a matter for the satisfaction and services analysis. The check only warns, and a
 * workspace can turn it off.
 */
export function memberPriceAboveNonMember(s: {
  feeModel: string;
  memberPrice?: number | null;
  nonMemberPrice?: number | null;
}): boolean {
  return (
    s.feeModel === 'paid' &&
    s.memberPrice != null &&
    s.nonMemberPrice != null &&
    s.memberPrice > s.nonMemberPrice
  );
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
