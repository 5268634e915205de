/**
 * The cluster management team (GIZ 001:2431–2452, 001:3995–4063; MarketMakers 000:205): a
 * "guideline with relevant qualifications" applied to each person, "Scores can be weighted
 * according to the % of Full Time Equivalents (FTE) each person contributes to the cluster
 * management" (001:2439), the areas of competence and the basic, advanced and expert levels of
 * skills and knowledge (001:4039).
 */

/** The ten criteria of the guideline, in the guide's order (001:2443–2452). */
export const QUALIFICATION_CRITERIA = [
  { key: 'tertiary_education', text: 'Tertiary level education', source: '001:2443' },
  { key: 'private_sector_experience', text: 'Work experience in the private sector', source: '001:2444' },
  { key: 'leadership_management', text: 'Leadership and management skills', source: '001:2445' },
  { key: 'social_intercultural', text: 'Social skills including intercultural skills', source: '001:2446' },
  { key: 'communication', text: 'Communication skills', source: '001:2447' },
  { key: 'project_management', text: 'Project management skills', source: '001:2448' },
  { key: 'english', text: 'Proficiency in English', source: '001:2449' },
  {
    key: 'sector_knowledge',
    text: 'Relevant sector and/or technical knowledge of > 3 years',
    source: '001:2450',
  },
  { key: 'cluster_policy_training', text: 'Cluster and policy-related training', source: '001:2451' },
  {
    key: 'foreign_language',
    text: 'Proficiency in at least one foreign language may be of use',
    source: '001:2452',
  },
] as const;
export type QualificationCriterion = (typeof QUALIFICATION_CRITERIA)[number]['key'];
export const QUALIFICATION_CRITERION_KEYS: QualificationCriterion[] = QUALIFICATION_CRITERIA.map(
  (c) => c.key,
);

/**
 * The scale of the scores: the guide gives none (001:2439 says only that scores can be weighted by
 * FTE); 1 to 5 is the platform's default, each team sets its own maximum.
 */
export const DEFAULT_SCORE_SCALE_MAX = 5;
export const SCORE_SCALE_MIN = 1;

/** The areas of competence of cluster managers (001:3995–4029), with the guide's items. */
export const COMPETENCE_AREAS = [
  { key: 'technical', text: 'Technical knowledge', source: '001:3995' },
  { key: 'methodological', text: 'Methodological skills', source: '001:4001' },
  { key: 'strategic_management', text: 'Strategic Management skills', source: '001:4009' },
  { key: 'process_controlling', text: 'Process management and controlling skills', source: '001:4016' },
  {
    key: 'policies_funding',
    text: 'Knowledge on cluster-related policies and funding programmes',
    source: '001:4021',
  },
  { key: 'languages', text: 'Language skills', source: '001:4027' },
] as const;
export type CompetenceArea = (typeof COMPETENCE_AREAS)[number]['key'];
export const COMPETENCE_AREA_KEYS: CompetenceArea[] = COMPETENCE_AREAS.map((a) => a.key);

/** "basic, advanced and expert level of skills and knowledge" (001:4039; described 001:4041–4063). */
export const COMPETENCE_LEVELS = ['basic', 'advanced', 'expert'] as const;
export type CompetenceLevel = (typeof COMPETENCE_LEVELS)[number];

/**
 * MarketMakers' staffing of a new cluster or membership association's office: "Collectively, this
 * is somewhere in the region of 2 to 2.5 FTEs" (000:205) — a reference beside the team's total,
 * not a rule.
 */
export const MARKETMAKERS_FTE_REFERENCE = { min: 2, max: 2.5, source: '000:205' } as const;

export interface ScoredPerson {
  fte: number;
  scores: Record<string, number | null>;
}

export interface StaffScorecard {
  byCriterion: Record<string, number | null>;
  team: number | null;
  fteTotal: number;
}

/**
 * The FTE-weighted scorecard (001:2439): for each criterion Σ fte·score / Σ fte over the people
 * scored on it (null when nobody is); `team` the mean of the criteria that have a value; `fteTotal`
 * Σ fte. Throws RangeError for an fte outside (0, 1].
 */
export function staffScorecard(people: ScoredPerson[], criteria: string[]): StaffScorecard {
  let fteTotal = 0;
  for (const p of people) {
    if (!Number.isFinite(p.fte) || p.fte <= 0 || p.fte > 1)
      throw new RangeError(`fte must lie in (0, 1], got ${p.fte}`);
    fteTotal += p.fte;
  }
  const byCriterion: Record<string, number | null> = {};
  const values: number[] = [];
  for (const c of criteria) {
    let weighted = 0;
    let weight = 0;
    for (const p of people) {
      const s = p.scores[c];
      if (s === null || s === undefined || !Number.isFinite(s)) continue;
      weighted += p.fte * s;
      weight += p.fte;
    }
    const v = weight > 0 ? weighted / weight : null;
    byCriterion[c] = v;
    if (v !== null) values.push(v);
  }
  const team = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  return { byCriterion, team, fteTotal: Math.round(fteTotal * 1e6) / 1e6 };
}
