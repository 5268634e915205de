/** Column types of the programme's tables of migration 0047_plans_grants (issue 15; docs/programme.md). Filled in by its slice. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PlansTables {}
