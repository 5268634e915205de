/**
 * Value chain mapping (GIZ 001_2b00e659d173dc60.txt:1307–1426): which stages of a chain local actors
 * cover, and the uncovered stages ("white spot or missing links", 001:1311) where actors must be
 * attracted. The guide's chain figures are missing from the text, so two templates are offered, each
 * for what it is:
 * - "cluster": a cluster's chain whose stages are the platform's choice (the guide gives no rule).
 *   The text only names, as links a cluster around Abidjan lacks, "raw material provider or machinery
 *   manufacturer" (001:1313); the other stages are the platform's.
 * - "firm": the firm-level value chain that the SWOT section gives as "the classic approach to the
 *   internal analysis" (001:1329): five primary and five secondary activities of a firm, as listed.
 */

export type StageKind = 'primary' | 'support';

export interface StageTemplate {
  name: string;
  kind: StageKind;
  /** Whether the guide names this stage (true) or the platform chose it. */
  fromGuide: boolean;
}

export const VALUE_CHAIN_TEMPLATE_KEYS = ['cluster', 'firm'] as const;
export type ValueChainTemplate = (typeof VALUE_CHAIN_TEMPLATE_KEYS)[number];

export const VALUE_CHAIN_TEMPLATES: Record<
  ValueChainTemplate,
  { source: string; origin: 'platform' | 'guide'; level: 'cluster' | 'firm'; stages: StageTemplate[] }
> = {
  cluster: {
    source: '001_2b00e659d173dc60.txt:1313',
    origin: 'platform',
    level: 'cluster',
    stages: [
      { name: 'Raw material providers', kind: 'primary', fromGuide: true },
      { name: 'Machinery and equipment manufacturers', kind: 'primary', fromGuide: true },
      { name: 'Processing and manufacturing', kind: 'primary', fromGuide: false },
      { name: 'Finishing and packaging', kind: 'primary', fromGuide: false },
      { name: 'Logistics and distribution', kind: 'primary', fromGuide: false },
      { name: 'Customers and end users', kind: 'primary', fromGuide: false },
      { name: 'Research and development', kind: 'support', fromGuide: false },
      { name: 'Training and education', kind: 'support', fromGuide: false },
      { name: 'Business and financial services', kind: 'support', fromGuide: false },
    ],
  },
  firm: {
    source: '001_2b00e659d173dc60.txt:1329',
    origin: 'guide',
    level: 'firm',
    stages: [
      { name: 'Goods inward logistics', kind: 'primary', fromGuide: true },
      { name: 'Production', kind: 'primary', fromGuide: true },
      { name: 'Goods outward logistics', kind: 'primary', fromGuide: true },
      { name: 'Marketing and distribution', kind: 'primary', fromGuide: true },
      { name: 'Customer service', kind: 'primary', fromGuide: true },
      { name: 'Administration', kind: 'support', fromGuide: true },
      { name: 'Management', kind: 'support', fromGuide: true },
      { name: 'Human resources', kind: 'support', fromGuide: true },
      { name: 'R&D', kind: 'support', fromGuide: true },
      { name: 'Procurement', kind: 'support', fromGuide: true },
    ],
  },
};

/** The stages no local actor covers: the white spots of the chain. */
export function whiteSpots<T extends { id: string; actorIds: readonly string[] }>(stages: readonly T[]): T[] {
  return stages.filter((s) => s.actorIds.length === 0);
}

/** Share of the chain's stages that local actors cover (0–1); null for an empty chain. */
export function chainCoverage(stages: readonly { actorIds: readonly string[] }[]): number | null {
  return stages.length ? stages.filter((s) => s.actorIds.length > 0).length / stages.length : null;
}
