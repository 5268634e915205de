/**
 * The internationalisation strategy (ECCP 004:595–653): read with its reviews and its next review
 * date, and checked, beside internationalisation.routes.ts.
 */
import { INTERNATIONALISATION_QUESTION_KEYS, nextReview } from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { badRequest } from '../http/errors.js';
import { today } from './shared.js';

export interface Answer {
  answer: string;
  evidence: string;
}
export interface TargetMarket {
  name: string;
  rationale: string;
}
export interface InternationalisationBody {
  diagnostics?: string;
  choice?: string;
  action?: string;
  answers?: Partial<Record<string, Partial<Answer>>>;
  targetMarkets?: { name: string; rationale?: string }[];
  reviewMonths: number;
}

/** The three answers of a stored strategy, each present, in the order of 004:621–623. */
export const answersOf = (stored: unknown): Record<string, Answer> => {
  const o = (stored && typeof stored === 'object' ? stored : {}) as Record<string, Partial<Answer>>;
  return Object.fromEntries(
    INTERNATIONALISATION_QUESTION_KEYS.map((k) => [
      k,
      { answer: o[k]?.answer ?? '', evidence: o[k]?.evidence ?? '' },
    ]),
  );
};

/** The workspace's internationalisation strategy (or null), its next review, and its reviews. */
export async function getInternationalisation(db: Database, workspaceId: string, on = today()) {
  const s = await db
    .selectFrom('internationalisation_strategies')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!s) return { strategy: null, reviews: [] };
  const reviews = await db
    .selectFrom('internationalisation_reviews as r')
    .leftJoin('users as u', 'u.id', 'r.reviewed_by')
    .select(['r.id', 'r.reviewed_on', 'r.notes', 'u.name as reviewer'])
    .where('r.strategy_id', '=', s.id)
    .orderBy('r.reviewed_on', 'desc')
    .orderBy('r.created_at', 'desc')
    .execute();
  const next = nextReview(s.review_months, s.last_reviewed_on, s.written_on, on);
  return {
    strategy: {
      id: s.id,
      diagnostics: s.diagnostics,
      choice: s.choice,
      action: s.action,
      answers: answersOf(s.answers),
      targetMarkets: (s.target_markets as TargetMarket[]) ?? [],
      reviewMonths: s.review_months,
      writtenOn: s.written_on,
      lastReviewedOn: s.last_reviewed_on,
      nextReviewOn: next.nextReviewOn,
      reviewDue: next.due,
      updatedAt: new Date(s.updated_at).toISOString(),
    },
    reviews: reviews.map((r) => ({
      id: r.id,
      reviewedOn: r.reviewed_on,
      notes: r.notes,
      reviewer: r.reviewer ?? null,
    })),
  };
}

/** Target markets with a name each, none twice; returns them trimmed. */
export function checkTargetMarkets(markets: InternationalisationBody['targetMarkets'] = []): TargetMarket[] {
  const seen = new Map<string, number>();
  return markets.map((m, i) => {
    const name = m.name.trim();
    if (!name)
      throw badRequest('validation_failed', 'Every target market needs a name', [
        { field: `body.targetMarkets.${i}.name`, message: 'is empty' },
      ]);
    const key = name.toLowerCase();
    if (seen.has(key))
      throw badRequest('validation_failed', 'A target market is listed twice', [
        { field: `body.targetMarkets.${i}.name`, message: 'is listed twice' },
      ]);
    seen.set(key, i);
    return { name, rationale: (m.rationale ?? '').trim() };
  });
}
