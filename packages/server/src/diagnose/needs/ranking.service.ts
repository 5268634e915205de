import { rankNeeds, type RankedNeed } from '@agglomera/methods';
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

export interface NeedCounts {
  id: string;
  lessImportant: number;
  important: number;
  veryImportant: number;
}

/**
 * The votes that count in a needs ranking: the key actors' (their logins' or a moderated
 * workshop's, 001:1601), and the cluster team's only in a survey where the team votes too.
 */
export async function countedVotes(db: Database, needIds: readonly string[]) {
  if (!needIds.length) return [];
  return db
    .selectFrom('need_votes as v')
    .innerJoin('needs as n', 'n.id', 'v.need_id')
    .innerJoin('needs_surveys as s', 's.id', 'n.survey_id')
    .select(['v.need_id', 'v.vote', 'v.user_id', 'v.actor_id', 'v.source'])
    .where('v.need_id', 'in', needIds)
    .where((eb) => eb.or([eb('v.actor_id', 'is not', null), eb('s.team_votes', '=', true)]))
    .execute();
}

/** Who voted: each actor once, each team member once. */
export const voterKey = (v: { actor_id: string | null; user_id: string | null }) =>
  v.actor_id ? `actor:${v.actor_id}` : `user:${v.user_id}`;

/** The voters of a survey counted as the ranking counts them (distinct actors and team members). */
export const countVoters = (votes: readonly { actor_id: string | null; user_id: string | null }[]) =>
  new Set(votes.map(voterKey)).size;

/**
 * The votes of these needs counted on the guide's three-point scale and ranked (GIZ 001:1582–1631):
 * the needs survey screen and the strategy's goals and realignment read the same ranking.
 */
export async function rankVotedNeeds(
  db: Database,
  needIds: readonly string[],
): Promise<Map<string, NeedCounts & RankedNeed>> {
  const votes = await countedVotes(db, needIds);
  const counts = needIds.map((id) => ({
    id,
    lessImportant: votes.filter((v) => v.need_id === id && v.vote === 1).length,
    important: votes.filter((v) => v.need_id === id && v.vote === 2).length,
    veryImportant: votes.filter((v) => v.need_id === id && v.vote === 3).length,
  }));
  const ranked = rankNeeds(counts);
  return new Map(counts.map((c, i) => [c.id, { ...c, ...ranked[i]! }]));
}

/** Distinct voters of a survey as the ranking counts them (for reports). */
export async function surveyVoters(db: Database, surveyId: string): Promise<number> {
  const r = await db
    .selectFrom('need_votes as v')
    .innerJoin('needs as n', 'n.id', 'v.need_id')
    .innerJoin('needs_surveys as s', 's.id', 'n.survey_id')
    .select(sql<string>`count(DISTINCT coalesce('a' || v.actor_id::text, 'u' || v.user_id::text))`.as('n'))
    .where('n.survey_id', '=', surveyId)
    .where((eb) => eb.or([eb('v.actor_id', 'is not', null), eb('s.team_votes', '=', true)]))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
