import { rankNeeds, type RankedNeed } from '@agglomera/methods';
import type { Database } from '../db/database.js';

export interface NeedCounts {
  id: string;
  lessImportant: number;
  important: number;
  veryImportant: number;
}

/**
 * The votes of these needs counted on the guide's three-point scale and ranked (GIZ 001:1582–1631):
 * the needs survey screen and the strategy's goals and realignment read the same ranking.
 */
export async function rankVotedNeeds(
  db: Database,
  needIds: readonly string[],
): Promise<Map<string, NeedCounts & RankedNeed>> {
  const votes = needIds.length
    ? await db.selectFrom('need_votes').select(['need_id', 'vote']).where('need_id', 'in', needIds).execute()
    : [];
  const counts = needIds.map((id) => ({
    id,
    lessImportant: votes.filter((v) => v.need_id === id && v.vote === 1).length,
    important: votes.filter((v) => v.need_id === id && v.vote === 2).length,
    veryImportant: votes.filter((v) => v.need_id === id && v.vote === 3).length,
  }));
  const ranked = rankNeeds(counts);
  return new Map(counts.map((c, i) => [c.id, { ...c, ...ranked[i]! }]));
}
