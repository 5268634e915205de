/** Column types of the strategy module's tables of migration 0038_strategy_documents (issue 13). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface StrategyDocumentTables {}
