import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';

/** A database or a transaction. */
export type Db = Database | Kysely<DB>;

/** 'YYYY-MM' plus n months. */
export const addMonth = (start: string, n: number) => {
  const [y, m] = start.split('-').map(Number) as [number, number];
  const t = y * 12 + (m - 1) + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
};
export const monthLabels = (start: string, months: number) =>
  Array.from({ length: months }, (_, i) => addMonth(start, i));
