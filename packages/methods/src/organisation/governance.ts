/**
 * Governance (issue 14, item 3): the bodies of a cluster organisation (GIZ 001:2337–2390; UNIDO
 * 002:271–291), the state of a seat's term, and the four indicators of good cluster governance of
 * 001:2357–2362 derived from the records.
 */

/**
 * Kinds of body: the classic elements of 001:2341–2351 and the WICA bodies of 001:2378–2390, the
 * UNIDO Cluster Commission (002:285–287) and Steering Committee (002:289–291), and any other.
 */
export const GOVERNANCE_BODY_KINDS = [
  'general_assembly',
  'executive_board',
  'chair',
  'steering_committee',
  'advisory_board',
  'managing_office',
  'cluster_commission',
  'unido_steering_committee',
  'other',
] as const;
export type GovernanceBodyKind = (typeof GOVERNANCE_BODY_KINDS)[number];

/**
 * Bodies that govern ("a governing body such as a steering committee or advisory board to conduct
 * decision-making", 001:2361): the steering committee or advisory board (001:2343–2345), an
 * executive board (001:2384–2386), and UNIDO's commission and steering committee (002:287, 002:291).
 */
export const GOVERNING_KINDS: readonly GovernanceBodyKind[] = [
  'steering_committee',
  'advisory_board',
  'executive_board',
  'cluster_commission',
  'unido_steering_committee',
];

/** Bodies through which members take part (001:2362): the general assembly of all members (001:2382), UNIDO's commission of stakeholders (002:287). */
export const PARTICIPATORY_KINDS: readonly GovernanceBodyKind[] = ['general_assembly', 'cluster_commission'];

/**
 * The platform's defaults, which the guides do not give: seats whose term ends within 90 days are
 * flagged; meetings count as regular with at least two in the last twelve months.
 */
export const GOVERNANCE_DEFAULTS = { reminderDays: 90, meetingWindowMonths: 12, minMeetings: 2 } as const;
export const REMINDER_DAYS_RANGE = { min: 1, max: 730 } as const;

const DAY = 86_400_000;
const toTime = (d: string) => Date.parse(`${d}T00:00:00Z`);
/** A YYYY-MM-DD day moved by a number of days. */
export const addDays = (day: string, days: number) =>
  new Date(toTime(day) + days * DAY).toISOString().slice(0, 10);
/** A YYYY-MM-DD day moved back by whole months (the day of the month kept, clamped to the month's end). */
export const monthsBefore = (day: string, months: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
};

export type TermStatus = 'not_started' | 'current' | 'expiring' | 'expired' | 'open';

/**
 * Where a seat's term stands on `today`: `open` without an end, `not_started` before its start,
 * `expired` after its end, `expiring` when it ends within `reminderDays` (inclusive), else `current`.
 */
export function termStatus(
  term: { start: string | null; end: string | null },
  today: string,
  reminderDays: number = GOVERNANCE_DEFAULTS.reminderDays,
): TermStatus {
  if (term.start && term.start > today) return 'not_started';
  if (!term.end) return 'open';
  if (term.end < today) return 'expired';
  return term.end <= addDays(today, reminderDays) ? 'expiring' : 'current';
}

/** A seat whose term covers `today` (it has started, or has no start, and has not ended). */
export const termCovers = (term: { start: string | null; end: string | null }, today: string) =>
  (!term.start || term.start <= today) && (!term.end || term.end >= today);

export type IndicatorStatus = 'met' | 'partly' | 'not_met';
export type GovernanceIndicator = 'legal_form' | 'tasks_defined' | 'governing_body' | 'regular_meetings';

export interface GovernanceRecords {
  /** The legal form chosen (the newest decision), if any. */
  legalForm: string | null;
  bodies: {
    id: string;
    kind: string;
    /** The body it reports to (its interface), if any. */
    parentId: string | null;
    seats: { roleInBody: string; termStart: string | null; termEnd: string | null }[];
  }[];
  meetings: { heldOn: string; hasMinutes: boolean }[];
  today: string;
  meetingWindowMonths?: number;
  minMeetings?: number;
}

export interface IndicatorResult {
  key: GovernanceIndicator;
  status: IndicatorStatus;
  /** Why, as a stable code the screen puts in words. */
  reason: string;
}

/**
 * The four indicators for good cluster governance (001:2357–2362) as a live checklist:
 *
 * - `legal_form` ("existence of a legal form", 001:2359): met when a form is chosen; partly when the
 *   choice is a cooperation agreement, which the guide's table calls "Not a legal entity" (001:2331).
 * - `tasks_defined` ("clear definition of tasks and responsibilities of the cluster manager /
 *   management team and of interfaces / communication with steering committee members", 001:2360):
 *   met when a managing office has current seats, each with its role written, and reports to a
 *   governing body; partly when a managing office exists without all of that.
 * - `governing_body` ("existence of a governing body such as a steering committee or advisory
 *   board", 001:2361): met when a governing body has at least one seat whose term covers today;
 *   partly when one exists with no such seat.
 * - `regular_meetings` ("regular meetings and participatory approaches to involve cluster actors /
 *   members", 001:2362): met when at least `minMeetings` meetings with minutes were held in the last
 *   `meetingWindowMonths` months (the platform's defaults: 2 in 12) and a body of the members (a
 *   general assembly or cluster commission) exists; partly when at least one meeting was held in
 *   the window.
 */
export function governanceChecklist(records: GovernanceRecords): IndicatorResult[] {
  const { today } = records;
  const windowMonths = records.meetingWindowMonths ?? GOVERNANCE_DEFAULTS.meetingWindowMonths;
  const minMeetings = records.minMeetings ?? GOVERNANCE_DEFAULTS.minMeetings;
  const current = (b: GovernanceRecords['bodies'][number]) =>
    b.seats.filter((s) => termCovers({ start: s.termStart, end: s.termEnd }, today));
  const governing = records.bodies.filter((b) => GOVERNING_KINDS.includes(b.kind as GovernanceBodyKind));

  const legal: IndicatorResult = !records.legalForm
    ? { key: 'legal_form', status: 'not_met', reason: 'no_form_chosen' }
    : records.legalForm === 'cooperation_agreement'
      ? { key: 'legal_form', status: 'partly', reason: 'not_a_legal_entity' }
      : { key: 'legal_form', status: 'met', reason: 'form_chosen' };

  const offices = records.bodies.filter((b) => b.kind === 'managing_office');
  const governingIds = new Set(governing.map((b) => b.id));
  let tasks: IndicatorResult;
  if (offices.length === 0) tasks = { key: 'tasks_defined', status: 'not_met', reason: 'no_managing_office' };
  else {
    const office = offices.find(
      (o) =>
        current(o).length > 0 &&
        current(o).every((s) => s.roleInBody.trim() !== '') &&
        o.parentId !== null &&
        governingIds.has(o.parentId),
    );
    tasks = office
      ? { key: 'tasks_defined', status: 'met', reason: 'roles_and_interface' }
      : offices.some((o) => current(o).length === 0)
        ? { key: 'tasks_defined', status: 'partly', reason: 'office_unseated' }
        : offices.some((o) => current(o).some((s) => s.roleInBody.trim() === ''))
          ? { key: 'tasks_defined', status: 'partly', reason: 'roles_missing' }
          : { key: 'tasks_defined', status: 'partly', reason: 'no_interface' };
  }

  const body: IndicatorResult =
    governing.length === 0
      ? { key: 'governing_body', status: 'not_met', reason: 'no_governing_body' }
      : governing.some((b) => current(b).length > 0)
        ? { key: 'governing_body', status: 'met', reason: 'governing_body_seated' }
        : { key: 'governing_body', status: 'partly', reason: 'governing_body_unseated' };

  const since = monthsBefore(today, windowMonths);
  const recent = records.meetings.filter((m) => m.heldOn > since && m.heldOn <= today);
  const withMinutes = recent.filter((m) => m.hasMinutes).length;
  const participatory = records.bodies.some((b) =>
    PARTICIPATORY_KINDS.includes(b.kind as GovernanceBodyKind),
  );
  const meetings: IndicatorResult =
    withMinutes >= minMeetings && participatory
      ? { key: 'regular_meetings', status: 'met', reason: 'regular_and_participatory' }
      : recent.length === 0
        ? { key: 'regular_meetings', status: 'not_met', reason: 'no_recent_meetings' }
        : {
            key: 'regular_meetings',
            status: 'partly',
            reason: participatory ? 'too_few_meetings' : 'no_members_body',
          };

  return [legal, tasks, body, meetings];
}
