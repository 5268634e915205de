import { sql, type RawBuilder } from 'kysely';

/**
 * `= any($1::type[])`: a list of values as ONE bind parameter, for lists that grow with user data
 * (an import's names, say). `where(col, 'in', list)` sends one parameter per value, and a
 * statement has at most 32,767 of them (./guarded-dialect.ts).
 */
export function anyOf<T extends string = string>(
  values: readonly string[],
  type: 'text' | 'uuid' = 'text',
): RawBuilder<T> {
  return sql`any(${sql.val([...values])}::${sql.raw(type)}[])`;
}
