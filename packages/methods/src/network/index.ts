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
  const betweenness = n > 2 ? tiedBetweenness(graph, options.weighted === true) : {};
  const closeness = closenessCentrality(graph, { wassermanFaust: true });
  const nodes: NetworkMetrics['nodes'] = {};
  for (const node of graph.nodes())
    nodes[node] = {
      degree: graph.degree(node),
      betweenness: betweenness[node] ?? 0,
      closeness: closeness[node] ?? 0,
    };
  const brokers = [...cutVertices(graph)].sort((a, b) => nodes[b]!.betweenness - nodes[a]!.betweenness);
  return { density, components, nodes, brokers };
}

/**
 * Brandes betweenness normalised over the whole network, computed over the actors that have a tie:
 * an actor without one lies on no shortest path and starts none, so leaving it out changes no
 * value, while the work, quadratic in the actors searched from, stays with the tied ones (a register
 * of thousands of actors with a few hundred ties took minutes and held the server: hardening issue,
 * item 16). The scale is graphology's own, 1/((n−1)(n−2)) over all n actors.
 */
function tiedBetweenness(graph: Graph, weighted: boolean): Record<string, number> {
  const n = graph.order;
  const tied = graph.copy();
  tied.forEachNode((node) => {
    if (tied.degree(node) === 0) tied.dropNode(node);
  });
  if (tied.order === 0) return {};
  const raw = betweennessCentrality(tied, {
    normalized: false,
    getEdgeWeight: weighted ? 'weight' : null,
  });
  // Unnormalised, graphology halves an undirected graph's sums; normalised, it does not.
  const scale = (graph.type === 'undirected' ? 2 : 1) / ((n - 1) * (n - 2));
  const out: Record<string, number> = {};
  for (const [node, value] of Object.entries(raw)) out[node] = value * scale;
  return out;
}

/**
 * The cut-points of a network (articulation points): the actors whose removal splits their
 * component in two or more, found by Tarjan's depth-first search in one pass over actors and ties
 * (O(n + m)), iteratively so that a long chain of ties cannot overflow the stack. Ties count in
 * both directions, as components do.
 */
export function cutVertices(graph: Graph): Set<string> {
  const found = new Map<string, number>();
  const low = new Map<string, number>();
  const cut = new Set<string>();
  let time = 0;
  for (const root of graph.nodes()) {
    if (found.has(root)) continue;
    found.set(root, time);
    low.set(root, time++);
    let rootChildren = 0;
    const stack = [{ node: root, parent: null as string | null, next: graph.neighbors(root), i: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.i < top.next.length) {
        const neighbour = top.next[top.i++]!;
        if (neighbour === top.parent) continue;
        const seen = found.get(neighbour);
        if (seen !== undefined) low.set(top.node, Math.min(low.get(top.node)!, seen));
        else {
          found.set(neighbour, time);
          low.set(neighbour, time++);
          if (top.node === root) rootChildren++;
          stack.push({ node: neighbour, parent: top.node, next: graph.neighbors(neighbour), i: 0 });
        }
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) continue;
      low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (parent.node !== root && low.get(top.node)! >= found.get(parent.node)!) cut.add(parent.node);
    }
    if (rootChildren > 1) cut.add(root);
  }
  return cut;
}
