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

/**
 * The ILIKE pattern that finds `text` anywhere in a value: `%text%`, with the pattern's own
 * characters (`%`, `_` and the escape `\`) in the text escaped, so that a search for "50%" finds
 * "50%" and not everything.
 */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
