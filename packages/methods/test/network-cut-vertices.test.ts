import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { cutVertices, networkMetrics } from '../src/index.js';

// The brokers (cut-points) were found by removing each actor in turn from a copy of the network
// and counting components again: quadratic, so that a register of 8,000 actors held the server
// for over a minute (hardening issue, item 16). They are now Tarjan's articulation points; these
// tests hold them, and the betweenness computed over tied actors only, to the definitions.

/** A small deterministic random generator (mulberry32), so that failures can be replayed. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomNetwork(seed: number, n: number, m: number, directed = false) {
  const r = random(seed);
  const nodes = Array.from({ length: n }, (_, i) => `a${i}`);
  const edges: { source: string; target: string; weight: number }[] = [];
  for (let k = 0; k < m; k++) {
    const s = Math.floor(r() * n);
    const t = Math.floor(r() * n);
    if (s !== t) edges.push({ source: nodes[s]!, target: nodes[t]!, weight: 1 + Math.floor(r() * 5) });
  }
  return { nodes, edges, directed };
}

/** The definition: an actor whose removal leaves more components than before. */
function bruteForceCuts(input: ReturnType<typeof randomNetwork>): Set<string> {
  const g = new Graph({ type: input.directed ? 'directed' : 'undirected' });
  input.nodes.forEach((x) => g.addNode(x));
  input.edges.forEach((e) => {
    if (!g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target);
  });
  const before = connectedComponents(g).length;
  return new Set(
    g.nodes().filter((x) => {
      const copy = g.copy();
      copy.dropNode(x);
      return connectedComponents(copy).length > before;
    }),
  );
}

describe('brokers: the cut-points of the network, found in one pass', () => {
  it('agree with the definition on 200 random networks, sparse and dense, directed or not', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const n = 2 + (seed % 40);
      const input = randomNetwork(seed, n, Math.floor(n * (0.3 + (seed % 7) * 0.4)), seed % 3 === 0);
      const got = new Set(networkMetrics(input).brokers);
      expect([...got].sort(), `seed ${seed}`).toEqual([...bruteForceCuts(input)].sort());
    }
  });

  it('finds the middle of a chain, the centre of a star and none in a cycle', () => {
    const chain = networkMetrics({
      nodes: ['a', 'b', 'c', 'd'],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
        { source: 'c', target: 'd' },
      ],
    });
    expect(chain.brokers.sort()).toEqual(['b', 'c']);
    const star = networkMetrics({
      nodes: ['hub', 'x', 'y', 'z', 'alone'],
      edges: ['x', 'y', 'z'].map((t) => ({ source: 'hub', target: t })),
    });
    expect(star.brokers).toEqual(['hub']);
    const cycle = networkMetrics({
      nodes: ['a', 'b', 'c'],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
        { source: 'c', target: 'a' },
      ],
    });
    expect(cycle.brokers).toEqual([]);
  });

  it('walks a chain of 100,000 ties without running out of stack', () => {
    const g = new Graph({ type: 'undirected' });
    for (let i = 0; i <= 100_000; i++) g.addNode(i);
    for (let i = 0; i < 100_000; i++) g.addEdge(i, i + 1);
    expect(cutVertices(g).size).toBe(99_999);
  });
});

describe('betweenness over the tied actors only', () => {
  it('equals graphology’s normalised betweenness over the whole network, weighted or not', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const n = 3 + (seed % 30);
      // Many actors without a tie, as in a real register.
      const input = randomNetwork(seed, n, Math.floor(n / 2), seed % 4 === 0);
      for (const weighted of [false, true]) {
        const got = networkMetrics(input, { weighted }).nodes;
        const g = new Graph({ type: input.directed ? 'directed' : 'undirected' });
        input.nodes.forEach((x) => g.addNode(x));
        input.edges.forEach((e) => {
          if (!g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target, { weight: e.weight });
        });
        const expected = betweennessCentrality(g, {
          normalized: true,
          getEdgeWeight: weighted ? 'weight' : null,
        });
        for (const node of input.nodes)
          expect(got[node]!.betweenness, `seed ${seed} ${node}`).toBeCloseTo(expected[node] ?? 0, 12);
      }
    }
  });
});
