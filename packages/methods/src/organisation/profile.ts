/**
 * The initiative profile (issue 14, item 1): who drives the initiative, the shape its
 * implementation takes, the four qualifying characteristics of a cluster and whether it is formal.
 */

/**
 * The six champions of GIZ 001:1177–1192 ("Initiatives for cluster development can be
 * business-driven, … research-driven").
 */
export const DRIVER_TYPES = [
  'business',
  'entrepreneur',
  'policy',
  'donor',
  'intermediary',
  'research',
] as const;
export type DriverType = (typeof DRIVER_TYPES)[number];

/**
 * What the driver type means for the steps (001:1228–1230): the steps "can vary depending on … the
 * type of instigator"; "instigators from the business sector would rather tend to skip a cluster
 * mapping, if they are already familiar with their economic environment". The guide names one
 * skip, for business-driven initiatives; for the other drivers it names none, so none is offered.
 */
export const DRIVER_STEP_ADVICE: Record<DriverType, { maySkip: readonly string[] }> = {
  business: { maySkip: ['cluster_mapping'] },
  entrepreneur: { maySkip: [] },
  policy: { maySkip: [] },
  donor: { maySkip: [] },
  intermediary: { maySkip: [] },
  research: { maySkip: [] },
};

/** The shapes of cluster implementation of GIZ 001:264–310 (two slides). */
export const IMPLEMENTATION_SHAPES = [
  'inter_firm_network',
  'industrial_district',
  'growth_pole',
  'business_association',
  'special_economic_zone',
  'science_technology_park',
  'industrial_park',
  'eco_industrial_park',
] as const;
export type ImplementationShape = (typeof IMPLEMENTATION_SHAPES)[number];

/** "All clusters share four qualifying characteristics" (001:257–262). */
export const CLUSTER_CHARACTERISTICS = [
  'spatial_focus',
  'sectoral_focus',
  'critical_mass',
  'management_unit',
] as const;
export type ClusterCharacteristic = (typeof CLUSTER_CHARACTERISTICS)[number];

/**
 * Formal or informal (MarketMakers 000:171–179, 201): "If in doubt, MarketMakers would recommend
 * beginning with an informal cluster" (000:171).
 */
export const FORMALITIES = ['formal', 'informal'] as const;
export type Formality = (typeof FORMALITIES)[number];
