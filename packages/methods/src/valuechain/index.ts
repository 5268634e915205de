/**
 * Value chain mapping (GIZ 001_2b00e659d173dc60.txt:1307–1426): which stages of a chain local actors
 * cover, and the uncovered stages ("white spots", 001:1311) where actors must be attracted.
 * The guide's chain figures are missing from the text; the templates follow what the text says:
 * the plastics example names raw material providers and machinery manufacturers as links that a
 * cluster may lack (001:1313), and the SWOT section lists the primary and secondary activities of
 * the value chain approach (001:1329).
 */

export type StageKind = 'primary' | 'support';

export interface StageTemplate {
  name: string;
  kind: StageKind;
}

export const VALUE_CHAIN_TEMPLATES: Record<
  'manufacturing' | 'services',
  { source: string; stages: StageTemplate[] }
> = {
  manufacturing: {
    source: '001_2b00e659d173dc60.txt:1313',
    stages: [
      { name: 'Raw material providers', kind: 'primary' },
      { name: 'Machinery and equipment manufacturers', kind: 'primary' },
      { name: 'Processing and manufacturing', kind: 'primary' },
      { name: 'Finishing and packaging', kind: 'primary' },
      { name: 'Logistics and distribution', kind: 'primary' },
      { name: 'Customers and end users', kind: 'primary' },
      { name: 'Research and development', kind: 'support' },
      { name: 'Training and education', kind: 'support' },
      { name: 'Business and financial services', kind: 'support' },
    ],
  },
  services: {
    source: '001_2b00e659d173dc60.txt:1329',
    stages: [
      { name: 'Goods inward logistics', kind: 'primary' },
      { name: 'Production', kind: 'primary' },
      { name: 'Goods outward logistics', kind: 'primary' },
      { name: 'Marketing and distribution', kind: 'primary' },
      { name: 'Customer service', kind: 'primary' },
      { name: 'Administration and management', kind: 'support' },
      { name: 'Human resources', kind: 'support' },
      { name: 'Research and development', kind: 'support' },
      { name: 'Procurement', kind: 'support' },
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
