/**
 * The cluster management team (issue 14; GIZ 001:2431–2489, 001:3995–4063; MarketMakers 000:205):
 * positions, the FTE-weighted qualification scorecard (001:2439), competence levels and the
 * training plan, read and checked beside the routes of staff.routes.ts.
 */
import {
  COMPETENCE_AREA_KEYS,
  COMPETENCE_LEVELS,
  DEFAULT_SCORE_SCALE_MAX,
  QUALIFICATION_CRITERION_KEYS,
  SCORE_SCALE_MIN,
  staffScorecard,
  type CompetenceLevel,
  type CompetenceArea,
} from '@agglomera/methods';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { badRequest, notFound } from '../http/errors.js';
import { msg, oneOf } from '../i18n/index.js';

type Db = Database | Kysely<DB>;

/**
 * What the business plan reads of the staff (issue 14; contract in docs/organisation.md). Filled
 * in by the staff and finance slice.
 */
export interface StaffSummary {
  positions: { id: string; title: string; fte: number; holder: string | null }[];
  fteTotal: number;
  /** The team's FTE-weighted qualification score (staffScorecard's `team`), null when nobody is scored. */
  team: number | null;
}

export type Scores = Record<string, number | null>;
export type Competences = Record<string, { current: CompetenceLevel | null; target: CompetenceLevel | null }>;

const invalid = (
  message: Parameters<typeof badRequest>[1],
  field: string,
  detail: Parameters<typeof badRequest>[1],
) => badRequest('validation_failed', message, [{ field, message: detail }]);

/** The team's score scale: 1 to `scale_max` (the guide gives none; 5 is the platform's default). */
export async function scaleMaxOf(db: Db, workspaceId: string): Promise<number> {
  const r = await db
    .selectFrom('staff_settings')
    .select('scale_max')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return r?.scale_max ?? DEFAULT_SCORE_SCALE_MAX;
}

/** Stored scores: only the ten criteria, each a number or null. */
export const scoresOf = (stored: unknown): Scores => {
  const o = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  return Object.fromEntries(
    QUALIFICATION_CRITERION_KEYS.map((k) => [k, typeof o[k] === 'number' ? (o[k] as number) : null]),
  );
};

const levelOr = (v: unknown): CompetenceLevel | null =>
  (COMPETENCE_LEVELS as readonly unknown[]).includes(v) ? (v as CompetenceLevel) : null;

export const competencesOf = (stored: unknown): Competences => {
  const o = (stored && typeof stored === 'object' ? stored : {}) as Record<string, Record<string, unknown>>;
  return Object.fromEntries(
    COMPETENCE_AREA_KEYS.map((a) => [a, { current: levelOr(o[a]?.current), target: levelOr(o[a]?.target) }]),
  );
};

/** An FTE in (0, 1] (the share of a full-time post a person gives the cluster management, 001:2439). */
export function checkFte(fte: number) {
  if (!Number.isFinite(fte) || fte <= 0 || fte > 1)
    throw invalid('The FTE must lie above 0 and at most 1', 'body.fte', 'must lie above 0 and at most 1');
}

/** Scores on the ten criteria: whole numbers on the team's scale, or null for "not scored". */
export function checkScores(scores: Record<string, number | null>, scaleMax: number): Scores {
  for (const [k, v] of Object.entries(scores)) {
    if (!(QUALIFICATION_CRITERION_KEYS as string[]).includes(k))
      throw invalid(
        'Not a criterion of the qualification guideline',
        `body.scores.${k}`,
        'is not one of the ten criteria',
      );
    if (v !== null && (!Number.isInteger(v) || v < SCORE_SCALE_MIN || v > scaleMax))
      throw invalid(
        msg`A score must be a whole number from ${SCORE_SCALE_MIN} to ${scaleMax}, the team’s scale`,
        `body.scores.${k}`,
        msg`must be a whole number from ${SCORE_SCALE_MIN} to ${scaleMax}`,
      );
  }
  return scores;
}

/** Competence levels: per area of 001:3995–4029, the current and targeted level of 001:4039. */
export function checkCompetences(c: Record<string, { current?: string | null; target?: string | null }>) {
  const out: Competences = {};
  for (const [area, v] of Object.entries(c)) {
    if (!(COMPETENCE_AREA_KEYS as string[]).includes(area))
      throw invalid(
        'Not an area of competence of the guide',
        `body.competences.${area}`,
        'is not an area of competence',
      );
    for (const key of ['current', 'target'] as const) {
      const level = v[key];
      if (level !== null && level !== undefined && !levelOr(level))
        throw invalid(
          'A competence level is basic, advanced or expert',
          `body.competences.${area}.${key}`,
          msg`must be one of ${oneOf(COMPETENCE_LEVELS)}`,
        );
    }
    out[area] = { current: levelOr(v.current), target: levelOr(v.target) };
  }
  return out;
}

export function checkTrainingLevel(level: string) {
  if (!levelOr(level))
    throw invalid(
      'A competence level is basic, advanced or expert',
      'body.targetLevel',
      msg`must be one of ${oneOf(COMPETENCE_LEVELS)}`,
    );
}

/** A login holding a position must belong to the workspace. */
export async function checkHolder(db: Db, workspaceId: string, userId: string | null | undefined) {
  if (!userId) return;
  const m = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!m)
    throw invalid(
      'The holder is not a member of this workspace',
      'body.userId',
      'is not a member of this workspace',
    );
}

export async function positionOf(db: Db, workspaceId: string, id: string, lock = false) {
  let q = db
    .selectFrom('staff_positions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id);
  if (lock) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  if (!r) throw notFound('Staff position');
  return r;
}

/** The team: positions with holder, scores, competences and training, the scorecard and the references. */
export async function getStaff(db: Db, workspaceId: string) {
  const scaleMax = await scaleMaxOf(db, workspaceId);
  const rows = await db
    .selectFrom('staff_positions as p')
    .leftJoin('users as u', 'u.id', 'p.user_id')
    .selectAll('p')
    .select('u.name as user_name')
    .where('p.workspace_id', '=', workspaceId)
    // Positions added in one transaction share a timestamp (PostgreSQL's now()): the larger FTE,
    // then the title, keep the order the same on every database.
    .orderBy('p.created_at')
    .orderBy('p.fte', 'desc')
    .orderBy('p.title')
    .orderBy('p.id')
    .execute();
  const training = await db
    .selectFrom('staff_training_items')
    .selectAll()
    // The area is one of the competence areas the routes take.
    .$narrowType<{ area: CompetenceArea }>()
    .where('workspace_id', '=', workspaceId)
    .orderBy('due_on')
    .orderBy('created_at')
    .execute();
  const positions = rows.map((r) => ({
    id: r.id,
    title: r.title,
    fte: Number(r.fte),
    jobDescription: r.job_description,
    userId: r.user_id,
    holderName: r.holder_name,
    holder: r.holder_name || r.user_name || null,
    scores: scoresOf(r.scores),
    competences: competencesOf(r.competences),
    training: training
      .filter((t) => t.position_id === r.id)
      .map((t) => ({
        id: t.id,
        item: t.item,
        area: t.area,
        targetLevel: t.target_level,
        dueOn: t.due_on,
        done: t.done,
      })),
  }));
  const scorecard = staffScorecard(
    positions.map((p) => ({ fte: p.fte, scores: p.scores })),
    QUALIFICATION_CRITERION_KEYS,
  );
  return { scaleMax, positions, scorecard };
}

export async function getStaffSummary(db: Database, workspaceId: string): Promise<StaffSummary> {
  const { positions, scorecard } = await getStaff(db, workspaceId);
  return {
    positions: positions.map((p) => ({ id: p.id, title: p.title, fte: p.fte, holder: p.holder })),
    fteTotal: scorecard.fteTotal,
    team: scorecard.team,
  };
}
