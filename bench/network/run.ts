// bench/network: the network metrics of an actor register (degree, Brandes betweenness, closeness,
// brokers) against a baseline measured in the same run: building the same graph and counting its
// components, one linear pass. A register of thousands of actors with a few hundred ties is the
// usual shape (most actors have no recorded tie yet); before the brokers became Tarjan's cut-points
// (hardening issue, item 16) 8,000 actors took 78 s and held the server.
//
//   npm run bench:network -- [--actors=20000] [--ties=600]
import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import { networkMetrics } from '@agglomera/methods';
import { parseArgs, say } from '../lib.js';

const args = parseArgs();
const actors = Number(args.actors ?? 20_000);
const ties = Number(args.ties ?? 600);
const tied = Math.min(actors, Math.max(2, Math.round(ties * 1.3)));

const nodes = Array.from({ length: actors }, (_, i) => `actor-${i}`);
let seed = 42;
const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const edges = Array.from({ length: ties }, () => ({
  source: nodes[Math.floor(next() * tied)]!,
  target: nodes[Math.floor(next() * tied)]!,
  weight: 1 + Math.floor(next() * 5),
})).filter((e) => e.source !== e.target);

function timed(fn: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

say(`network of ${actors.toLocaleString('en')} actors and ${edges.length} ties (${tied} actors may be tied)`);
const baseline = timed(() => {
  const g = new Graph({ type: 'undirected' });
  for (const n of nodes) g.addNode(n);
  for (const e of edges) if (!g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target);
  return connectedComponents(g).length;
});
const metrics = timed(() => networkMetrics({ nodes, edges }));
console.log(`baseline (build the graph, count components): ${baseline.toFixed(1)} ms`);
console.log(`networkMetrics (degree, betweenness, closeness, brokers): ${metrics.toFixed(1)} ms`);
console.log(`ratio: ${(metrics / baseline).toFixed(1)}× the baseline`);
