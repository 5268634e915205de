/** Column types of the organisation module's tables of migration 0041_financial_plan (issue 14). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FinancialPlanTables {}
