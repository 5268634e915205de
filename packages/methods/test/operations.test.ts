import { describe, expect, it } from 'vitest';
import { findSeeds, loadSeeds } from '../../../scripts/check-citations.mjs';
import {
  budgetVsActual,
  canEnterPhase,
  missingLaunchChecks,
  applicableLaunchChecks,
  checksBeforeStatus,
  memberPriceAboveNonMember,
  DEFAULT_MATCH_TOLERANCE,
  SERVICE_LAUNCH_CHECKLIST,
  SERVICE_STATUSES,
  placeRegistration,
  promoteFromWaitingList,
  orderWaitingList,
  servicePortfolio,
  shareCosts,
  serviceWhiteSpots,
  withinProject,
} from '../src/index.js';

const seedsDir = findSeeds();

describe('event capacity and waiting list', () => {
  it('seats registrations until the capacity is reached, then waitlists', () => {
    expect(placeRegistration(2, 0)).toBe('registered');
    expect(placeRegistration(2, 1)).toBe('registered');
    expect(placeRegistration(2, 2)).toBe('waitlisted');
    expect(placeRegistration(null, 10_000)).toBe('registered');
  });
  it('moves the earliest waiting registrations up when seats are freed', () => {
    const waiting = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(promoteFromWaitingList(3, 1, waiting)).toEqual(['a', 'b']);
    expect(promoteFromWaitingList(3, 3, waiting)).toEqual([]);
    expect(promoteFromWaitingList(null, 3, waiting)).toEqual(['a', 'b', 'c']);
  });
  it('puts members first on the waiting list only when the event says so (the platform’s rule; 001:3403 names exclusive member events)', () => {
    if (seedsDir)
      expect(loadSeeds(seedsDir).get('001')!.lines[3403 - 1]).toContain(
        'Invitation to exclusive member events like strategy workshops',
      );
    const waiting = [
      { id: 'guest1', member: false, registeredAt: '2026-03-01T09:00:00Z' },
      { id: 'member2', member: true, registeredAt: '2026-03-01T11:00:00Z' },
      { id: 'guest2', member: false, registeredAt: '2026-03-01T10:00:00Z' },
      { id: 'member1', member: true, registeredAt: '2026-03-01T10:30:00Z' },
    ];
    expect(orderWaitingList(waiting, false).map((w) => w.id)).toEqual([
      'guest1',
      'guest2',
      'member1',
      'member2',
    ]);
    expect(orderWaitingList(waiting, true).map((w) => w.id)).toEqual([
      'member1',
      'member2',
      'guest1',
      'guest2',
    ]);
    expect(waiting[0]!.id).toBe('guest1');
  });
});

describe('service portfolios (GIZ 001:2596–2671, 3816–3862)', () => {
  // The pre-assessment table of 001:2636–2644: effort and expected relevance per service.
  const services = [
    {
      id: 'information events',
      fieldOfAction: 'Networking',
      effortMin: 'medium',
      effortMax: 'medium',
      relevance: 'high',
    },
    {
      id: 'joint procurement',
      fieldOfAction: 'Business development',
      effortMin: 'high',
      effortMax: 'high',
      relevance: 'high',
    },
    {
      id: 'trade fair',
      fieldOfAction: 'Internationalisation',
      effortMin: 'medium',
      effortMax: 'high',
      relevance: 'high',
    },
    { id: 'joint R&D', fieldOfAction: 'Innovation', effortMin: 'high', effortMax: 'high', relevance: 'low' },
  ] as const;
  it('places services on effort × relevance and members on expectation × satisfaction, with match or mismatch', () => {
    const points = servicePortfolio(services, [
      { serviceId: 'information events', expectation: 3, satisfaction: 2 },
      { serviceId: 'information events', expectation: 3, satisfaction: 3 },
      { serviceId: 'joint R&D', expectation: 3, satisfaction: 1 },
      { serviceId: 'joint R&D', expectation: 2, satisfaction: 1 },
    ]);
    const by = Object.fromEntries(points.map((p) => [p.id, p]));
    expect(by['trade fair']!.effort).toBe(2.5); // a range high–medium sits between the two
    expect(by['information events']).toMatchObject({
      effort: 2,
      relevance: 3,
      answers: 2,
      expectation: 3,
      satisfaction: 2.5,
      match: true,
      gap: 0.5,
    });
    // members expect more of joint R&D than the management thought: mismatch, and they are dissatisfied
    expect(by['joint R&D']).toMatchObject({ relevance: 1, expectation: 2.5, match: false, gap: 1.5 });
    expect(by['joint procurement']).toMatchObject({ answers: 0, expectation: null, match: null });
  });
  it('refuses answers outside the three-point scale', () => {
    expect(() =>
      servicePortfolio(services, [{ serviceId: 'joint R&D', expectation: 4, satisfaction: 1 }]),
    ).toThrow(/expectation must be 1, 2 or 3 \(service joint R&D\)/);
  });
  it('finds the white spots among the fields of action', () => {
    expect(serviceWhiteSpots(['Networking', 'Workforce development', 'Innovation'], services)).toEqual([
      'Workforce development',
    ]);
  });
  it('lists the launch checks still open (004:532)', () => {
    expect(missingLaunchChecks({ need_and_demand: true, tested: true })).toEqual([
      'reach',
      'business_model',
      'who_pays',
    ]);
  });

  // 004:532: "If clusters are looking for suitable trainers, they should also investigate engaging
  // start-ups." The trainers point is conditional.
  it('asks about trainers only for a service that engages trainers (004:532)', () => {
    const five = { need_and_demand: true, reach: true, tested: true, business_model: true, who_pays: true };
    expect(missingLaunchChecks(five)).toEqual([]);
    expect(missingLaunchChecks(five, { engagesTrainers: true })).toEqual(['trainers']);
    expect(applicableLaunchChecks()).not.toContain('trainers');
    expect(applicableLaunchChecks({ engagesTrainers: true })).toContain('trainers');
  });

  // 004:532: "Who will pay, and how much are they willing to pay?"
  it('keeps the seed’s words, "willing to pay" included (004:532)', () => {
    const whoPays = SERVICE_LAUNCH_CHECKLIST.find((c) => c.key === 'who_pays')!;
    expect(whoPays.text).toBe('Who will pay, and how much are they willing to pay?');
    if (seedsDir) {
      const line = loadSeeds(seedsDir).get('004')!.lines[531]!;
      for (const c of SERVICE_LAUNCH_CHECKLIST) expect(line).toContain(c.text);
    }
  });

  // 004:532: "Cluster managers should test services before implementing them broadly."
  it('runs a pilot between draft and live (004:532)', () => {
    expect(SERVICE_STATUSES).toEqual(['draft', 'pilot', 'live', 'retired']);
    expect(checksBeforeStatus('pilot', {})).toEqual(['need_and_demand']);
    expect(checksBeforeStatus('pilot', { need_and_demand: true })).toEqual([]);
    expect(checksBeforeStatus('live', { need_and_demand: true })).toEqual([
      'reach',
      'tested',
      'business_model',
      'who_pays',
    ]);
    expect(checksBeforeStatus('retired', {})).toEqual([]);
  });

  // 000:197: "C/MA business plans should better determine how members benefit more than
  // nonmembers" — no rule on prices: the check is the platform's, and only warns.
  it('flags a member price above the non-member price as the platform’s warning (000:197)', () => {
    expect(memberPriceAboveNonMember({ feeModel: 'paid', memberPrice: 300, nonMemberPrice: 100 })).toBe(true);
    expect(memberPriceAboveNonMember({ feeModel: 'paid', memberPrice: 100, nonMemberPrice: 100 })).toBe(
      false,
    );
    expect(memberPriceAboveNonMember({ feeModel: 'included' })).toBe(false);
  });

  // 001:3838: "Comparing self-assessment by cluster manager and member feedback → Match or
  // mismatch?" — the guide gives no rule for a match: the tolerance is the platform's.
  it('matches the two portfolios within a configurable tolerance (the platform’s rule, 001:3838)', () => {
    const answers = [
      { serviceId: 'joint R&D', expectation: 2, satisfaction: 1 },
      { serviceId: 'joint R&D', expectation: 1, satisfaction: 1 },
    ];
    const at = (matchTolerance?: number) =>
      servicePortfolio(services, answers, { matchTolerance }).find((p) => p.id === 'joint R&D')!.match;
    expect(DEFAULT_MATCH_TOLERANCE).toBe(0.5);
    expect(at()).toBe(true); // 1.5 lies half a point from 1
    expect(at(0.25)).toBe(false);
    expect(at(0)).toBe(false);
    expect(() => at(3)).toThrow(/matchTolerance/);
  });
});

describe('sharing the costs of a joint action (000:187)', () => {
  it('splits equally with the rounding cents going to the earliest participants', () => {
    expect(shareCosts(10_000, [{ id: 'a' }, { id: 'b' }, { id: 'c' }], 'equal')).toEqual([
      { id: 'a', cents: 3334 },
      { id: 'b', cents: 3333 },
      { id: 'c', cents: 3333 },
    ]);
  });
  it('splits pro rata and always adds up to the total', () => {
    const shares = shareCosts(
      99_999,
      [
        { id: 'a', weight: 1 },
        { id: 'b', weight: 2 },
        { id: 'c', weight: 4 },
      ],
      'pro_rata',
    );
    expect(shares.map((s) => s.cents)).toEqual([14286, 28571, 57142]);
    expect(shares.reduce((a, s) => a + s.cents, 0)).toBe(99_999);
  });
  it('names the participant whose weight is missing', () => {
    expect(() => shareCosts(100, [{ id: 'a', weight: 1 }, { id: 'b' }], 'pro_rata')).toThrow(
      /participant 2 \(b\)/,
    );
  });
});

describe('projects (001:3151–3214)', () => {
  it('moves phases forward one at a time', () => {
    expect(canEnterPhase('initiating', 'planning')).toBe(true);
    expect(canEnterPhase('initiating', 'implementing')).toBe(false);
    expect(canEnterPhase('implementing', 'planning')).toBe(false);
  });
  it('checks deadlines against the project dates', () => {
    const p = { startsOn: '2026-01-01', endsOn: '2026-12-31' };
    expect(withinProject('2026-12-31', p)).toBe(true);
    expect(withinProject('2027-01-01', p)).toBe(false);
  });
  it('compares budget and actual by cost category', () => {
    const r = budgetVsActual([
      { category: 'staff', plannedCents: 500_000, actualCents: 420_000 },
      { category: 'travel', plannedCents: 100_000, actualCents: 130_000 },
      { category: 'staff', plannedCents: 100_000, actualCents: 0 },
    ]);
    expect(r.rows).toEqual([
      {
        category: 'staff',
        plannedCents: 600_000,
        actualCents: 420_000,
        varianceCents: 180_000,
        spentShare: 0.7,
      },
      {
        category: 'travel',
        plannedCents: 100_000,
        actualCents: 130_000,
        varianceCents: -30_000,
        spentShare: 1.3,
      },
    ]);
    expect(r.total).toEqual({
      plannedCents: 700_000,
      actualCents: 550_000,
      varianceCents: 150_000,
      spentShare: 550_000 / 700_000,
    });
  });
});
