/**
 * Social network analysis of the ties between cluster actors (UNIDO 002_1736815e2889461c.txt:345;
 * trust and social capital compared over time, 002:206–214). Centralities come from graphology,
 * whose defaults match standard SNA software (Brandes betweenness, normalised for undirected graphs
 * by (n−1)(n−2)/2; closeness with the Wasserman–Faust correction for disconnected graphs).
 */
import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import closenessCentrality from 'graphology-metrics/centrality/closeness.js';

export interface NetworkInput {
  nodes: string[];
  edges: { source: string; target: string; weight?: number }[];
  directed?: boolean;
}

export interface NetworkMetrics {
  density: number;
  components: number;
  nodes: Record<string, { degree: number; betweenness: number; closeness: number }>;
  /** Cut-points: actors whose removal splits the network, most central first. */
  brokers: string[];
}

function build(input: NetworkInput) {
  const graph = new Graph({
    type: input.directed ? 'directed' : 'undirected',
    multi: false,
    allowSelfLoops: false,
  });
  for (const n of input.nodes) {
    if (graph.hasNode(n)) throw new Error(`node "${n}" is listed twice`);
    graph.addNode(n);
  }
  input.edges.forEach((e, i) => {
    for (const end of [e.source, e.target])
      if (!graph.hasNode(end)) throw new Error(`edge ${i + 1}: "${end}" is not a node of the network`);
    if (e.source === e.target) throw new Error(`edge ${i + 1}: a tie from "${e.source}" to itself`);
    // Several ties between the same pair (e.g. supply and cooperation) count once for the structure.
    if (!graph.hasEdge(e.source, e.target)) graph.addEdge(e.source, e.target, { weight: e.weight ?? 1 });
  });
  return graph;
}

export function networkMetrics(input: NetworkInput, options: { weighted?: boolean } = {}): NetworkMetrics {
  const graph = build(input);
  const n = graph.order;
  const m = graph.size;
  const possible = input.directed ? n * (n - 1) : (n * (n - 1)) / 2;
  const density = possible > 0 ? m / possible : 0;
  const components = connectedComponents(graph).length;
  const weight = options.weighted ? { getEdgeWeight: 'weight' as const } : { getEdgeWeight: null };
  const betweenness = n > 2 ? betweennessCentrality(graph, { normalized: true, ...weight }) : {};
  const closeness = closenessCentrality(graph, { wassermanFaust: true });
  const nodes: NetworkMetrics['nodes'] = {};
  for (const node of graph.nodes())
    nodes[node] = {
      degree: graph.degree(node),
      betweenness: betweenness[node] ?? 0,
      closeness: closeness[node] ?? 0,
    };

  const brokers = graph
    .nodes()
    .filter((node) => {
      const copy = graph.copy();
      copy.dropNode(node);
      return connectedComponents(copy).length > components;
    })
    .sort((a, b) => nodes[b]!.betweenness - nodes[a]!.betweenness);
  return { density, components, nodes, brokers };
}
