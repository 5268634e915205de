/** Column types of the strategy module's tables of migration 0037_action_plans (issue 13). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ActionPlanTables {}
