/** Column types of the organisation module's tables of migration 0042_agreements (issue 14). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AgreementTables {}
