import { describe, expect, it } from 'vitest';
import {
  budgetVsActual,
  canEnterPhase,
  missingLaunchChecks,
  placeRegistration,
  promoteFromWaitingList,
  servicePortfolio,
  shareCosts,
  serviceWhiteSpots,
  withinProject,
} from '../src/index.js';

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
      'trainers',
    ]);
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
