/** Column types of the organisation module's tables of migration 0040_staff (issue 14). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface StaffTables {}
