import { describe, expect, it } from 'vitest';
import { formatNeedScore, networkMetrics, rankNeeds } from '../src/index.js';

describe('rankNeeds: the Dakar ICT cluster table of the GIZ guide (001:1601–1631)', () => {
  // Vote counts as printed: less important / important / very important (a blank cell is 0).
  const dakar = [
    { id: 'representation', lessImportant: 0, important: 2, veryImportant: 5, printed: '2.7' },
    { id: 'events', lessImportant: 1, important: 1, veryImportant: 5, printed: '2.6' },
    { id: 'external-networking', lessImportant: 0, important: 2, veryImportant: 5, printed: '2.7' },
    { id: 'meetings', lessImportant: 1, important: 0, veryImportant: 6, printed: '2.7' },
    { id: 'working-groups', lessImportant: 0, important: 3, veryImportant: 4, printed: '2.6' },
    { id: 'start-up-advice', lessImportant: 0, important: 3, veryImportant: 4, printed: '2.6' },
    { id: 'business-plans', lessImportant: 0, important: 3, veryImportant: 4, printed: '2.6' },
    { id: 'start-up-funding', lessImportant: 0, important: 1, veryImportant: 6, printed: '2.9' },
    { id: 'business-contacts', lessImportant: 0, important: 2, veryImportant: 5, printed: '2.7' },
    { id: 'funding-acquisition', lessImportant: 0, important: 3, veryImportant: 4, printed: '2.6' },
    { id: 'training', lessImportant: 0, important: 3, veryImportant: 4, printed: '2.6' },
  ];
  const ranked = rankNeeds(dakar);

  it('reproduces every printed score to one decimal', () => {
    expect(ranked.map((r) => formatNeedScore(r.score))).toEqual(dakar.map((d) => d.printed));
    expect(ranked.every((r) => r.respondents === 7)).toBe(true);
    expect(ranked.find((r) => r.id === 'events')!.score).toBeCloseTo(18 / 7, 12);
  });

  it('ranks start-up funding first, then the four 2.7 needs together, then the 2.6 needs', () => {
    const rankOf = Object.fromEntries(ranked.map((r) => [r.id, r.rank]));
    expect(rankOf['start-up-funding']).toBe(1);
    for (const id of ['representation', 'external-networking', 'meetings', 'business-contacts'])
      expect(rankOf[id]).toBe(2);
    for (const id of [
      'events',
      'working-groups',
      'start-up-advice',
      'business-plans',
      'funding-acquisition',
      'training',
    ])
      expect(rankOf[id]).toBe(6);
  });

  it('gives a need without votes no score and no rank, and refuses impossible vote counts', () => {
    expect(rankNeeds([{ id: 'x', lessImportant: 0, important: 0, veryImportant: 0 }])[0]).toEqual({
      id: 'x',
      score: null,
      respondents: 0,
      rank: null,
    });
    expect(() => rankNeeds([{ id: 'x', lessImportant: -1, important: 0, veryImportant: 0 }])).toThrow(
      /whole number/,
    );
    expect(() => rankNeeds([{ id: 'x', lessImportant: 0.5, important: 0, veryImportant: 0 }])).toThrow(
      /whole number/,
    );
  });
});

describe('networkMetrics: the Krackhardt kite (Krackhardt 1990), values as published by standard SNA software', () => {
  const names = ['Andre', 'Beverly', 'Carol', 'Diane', 'Ed', 'Fernando', 'Garth', 'Heather', 'Ike', 'Jane'];
  const ties: [number, number][] = [
    [0, 1],
    [0, 2],
    [0, 3],
    [0, 5],
    [1, 3],
    [1, 4],
    [1, 6],
    [2, 3],
    [2, 5],
    [3, 4],
    [3, 5],
    [3, 6],
    [4, 6],
    [5, 6],
    [5, 7],
    [6, 7],
    [7, 8],
    [8, 9],
  ];
  const kite = networkMetrics({
    nodes: names,
    edges: ties.map(([a, b]) => ({ source: names[a]!, target: names[b]! })),
  });
  // Published normalised betweenness and closeness (e.g. NetworkX, UCINET), three decimals.
  const betweenness = {
    Andre: 0.023,
    Beverly: 0.023,
    Carol: 0,
    Diane: 0.102,
    Ed: 0,
    Fernando: 0.231,
    Garth: 0.231,
    Heather: 0.389,
    Ike: 0.222,
    Jane: 0,
  };
  const closeness = {
    Andre: 0.529,
    Beverly: 0.529,
    Carol: 0.5,
    Diane: 0.6,
    Ed: 0.5,
    Fernando: 0.643,
    Garth: 0.643,
    Heather: 0.6,
    Ike: 0.429,
    Jane: 0.31,
  };

  it('computes density, components and degree', () => {
    expect(kite.density).toBeCloseTo(18 / 45, 12);
    expect(kite.components).toBe(1);
    expect(kite.nodes.Diane!.degree).toBe(6);
    expect(kite.nodes.Jane!.degree).toBe(1);
  });

  it('matches the published betweenness and closeness', () => {
    for (const n of names) {
      expect(kite.nodes[n]!.betweenness, `betweenness of ${n}`).toBeCloseTo(
        betweenness[n as keyof typeof betweenness],
        3,
      );
      expect(kite.nodes[n]!.closeness, `closeness of ${n}`).toBeCloseTo(
        closeness[n as keyof typeof closeness],
        3,
      );
    }
  });

  it('names the brokers whose removal splits the network', () => {
    expect(kite.brokers).toEqual(['Heather', 'Ike']);
  });

  it('counts components and refuses ties to unknown actors', () => {
    const split = networkMetrics({ nodes: ['a', 'b', 'c', 'd'], edges: [{ source: 'a', target: 'b' }] });
    expect(split.components).toBe(3);
    expect(() => networkMetrics({ nodes: ['a'], edges: [{ source: 'a', target: 'z' }] })).toThrow(
      /"z" is not a node/,
    );
  });
});
