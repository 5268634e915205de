import { createHash, randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { DEFAULT_TOLERANCE, trafficLight, type Stage } from '@agglomera/methods';
import type { Database } from '../db/database.js';
import type { WorkspaceContext } from '../http/policy.js';
import { notFound } from '../http/errors.js';
import { iso } from '../http/schemas.js';

/**
 * What a programme reads of the initiatives it follows (issue 15, slice A; docs/programme.md):
 * only active follows, only the parts each initiative shares (`follow_shares` not revoked, read at
 * every request, so that revoking a share hides it at the next one), and for a cluster development
 * agent only the initiatives assigned to them (UNIDO 002:230–234).
 */

export type Scope = 'lifecycle' | 'indicators' | 'reports' | 'benchmarking';

/** An invitation code: twelve letters and digits without look-alikes (0/O, 1/I/L), in three groups. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function newInvitationCode(): string {
  let s = '';
  for (let i = 0; i < 12; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}
/** The code as stored: hashed, after dropping spaces and dashes and folding case. */
export const hashInvitationCode = (code: string) =>
  createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');

/** The active follow of an initiative by a programme and its current shares, or null. */
export async function activeFollow(db: Database, programmeId: string, initiativeId: string) {
  const follow = await db
    .selectFrom('programme_follows')
    .innerJoin('workspaces', (j) =>
      j
        .onRef('workspaces.id', '=', 'programme_follows.initiative_id')
        .on('workspaces.kind', '=', 'cluster_initiative'),
    )
    .select(['programme_follows.id'])
    .where('programme_follows.programme_id', '=', programmeId)
    .where('programme_follows.initiative_id', '=', initiativeId)
    .where('programme_follows.status', '=', 'active')
    .executeTakeFirst();
  if (!follow) return null;
  const shares = await db
    .selectFrom('follow_shares')
    .select('scope')
    .where('follow_id', '=', follow.id)
    .where('revoked_at', 'is', null)
    .orderBy('scope')
    .execute();
  return { id: follow.id, shares: shares.map((s) => s.scope as Scope) };
}

/** The initiatives assigned to an agent in a programme. */
export async function assignedTo(db: Database, programmeId: string, agentId: string) {
  const rows = await db
    .selectFrom('portfolio_agents')
    .select('initiative_id')
    .where('programme_id', '=', programmeId)
    .where('agent_id', '=', agentId)
    .execute();
  return new Set(rows.map((r) => r.initiative_id));
}

/**
 * The followed initiative the caller may read, with its shares; 404 when the programme does not
 * follow it (or no longer does), or when an agent is not assigned to it — the same answer, so that
 * nothing tells whether the identifier names an initiative.
 */
export async function readableFollow(
  db: Database,
  ws: WorkspaceContext,
  userId: string,
  initiativeId: string,
  scope?: Scope,
) {
  const follow = await activeFollow(db, ws.id, initiativeId);
  if (!follow) throw notFound('Followed initiative');
  if (ws.role === 'agent' && !(await assignedTo(db, ws.id, userId)).has(initiativeId))
    throw notFound('Followed initiative');
  if (scope && !follow.shares.includes(scope))
    throw notFound(
      scope === 'lifecycle'
        ? 'Shared lifecycle'
        : scope === 'indicators'
          ? 'Shared indicators'
          : 'Shared reports',
    );
  return follow;
}

/**
 * The portfolio: the initiatives the programme actively follows (an agent: those assigned), where
 * each is, what each shares, its lifecycle position only where shared, its agents.
 */
export async function listPortfolio(db: Database, ws: WorkspaceContext, userId: string) {
  let q = db
    .selectFrom('programme_follows as f')
    .innerJoin('workspaces as w', (j) =>
      j.onRef('w.id', '=', 'f.initiative_id').on('w.kind', '=', 'cluster_initiative'),
    )
    .leftJoin('lifecycle_states as l', 'l.workspace_id', 'f.initiative_id')
    .select([
      'f.id as follow_id',
      'f.decided_at',
      'w.id',
      'w.name',
      'w.country',
      'w.sector',
      'w.latitude',
      'w.longitude',
      'l.stage',
      'l.unido_phase',
      'l.blueprint_step',
    ])
    .where('f.programme_id', '=', ws.id)
    .where('f.status', '=', 'active');
  if (ws.role === 'agent')
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('portfolio_agents as a')
          .select('a.agent_id')
          .whereRef('a.initiative_id', '=', 'f.initiative_id')
          .where('a.programme_id', '=', ws.id)
          .where('a.agent_id', '=', userId),
      ),
    );
  const rows = await q.orderBy('w.name').execute();
  const followIds = rows.map((r) => r.follow_id);
  const shares = followIds.length
    ? await db
        .selectFrom('follow_shares')
        .select(['follow_id', 'scope'])
        .where('follow_id', 'in', followIds)
        .where('revoked_at', 'is', null)
        .orderBy('scope')
        .execute()
    : [];
  const agents = rows.length
    ? await db
        .selectFrom('portfolio_agents as a')
        .innerJoin('users as u', 'u.id', 'a.agent_id')
        .select(['a.initiative_id', 'u.id', 'u.name'])
        .where('a.programme_id', '=', ws.id)
        .where(
          'a.initiative_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('u.name')
        .execute()
    : [];
  return rows.map((r) => {
    const s = shares.filter((x) => x.follow_id === r.follow_id).map((x) => x.scope as Scope);
    return {
      id: r.id,
      name: r.name,
      country: r.country,
      sector: r.sector,
      latitude: r.latitude === null ? null : Number(r.latitude),
      longitude: r.longitude === null ? null : Number(r.longitude),
      followedSince: iso(r.decided_at),
      shares: s,
      lifecycle:
        s.includes('lifecycle') && r.stage
          ? { stage: r.stage as Stage, unidoPhase: r.unido_phase!, blueprintStep: r.blueprint_step }
          : null,
      agents: agents.filter((a) => a.initiative_id === r.id).map((a) => ({ id: a.id, name: a.name })),
    };
  });
}

export type PortfolioInitiative = Awaited<ReturnType<typeof listPortfolio>>[number];

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * An initiative's indicators as it shares them: definition, baseline, each period's target and
 * value (the total, not the segments), and each period's traffic light by the monitoring module's
 * rule with the platform's default tolerance (10 %, ../../../methods monitoring/report.ts).
 */
export async function sharedIndicators(db: Database, initiativeId: string) {
  const inds = await db
    .selectFrom('indicators')
    .select([
      'id',
      'name',
      'definition',
      'level',
      'unit',
      'currency',
      'baseline_value',
      sql<string | null>`baseline_date::text`.as('baseline_date'),
      'frequency',
      'evaluation_level',
    ])
    .where('workspace_id', '=', initiativeId)
    .orderBy('name')
    .execute();
  const periods = inds.length
    ? await db
        .selectFrom('indicator_periods as p')
        .leftJoin('indicator_values as v', (j) =>
          j.onRef('v.period_id', '=', 'p.id').on('v.segment', '=', ''),
        )
        .select([
          'p.indicator_id',
          'p.period_key',
          sql<string>`p.starts_on::text`.as('starts_on'),
          sql<string>`p.ends_on::text`.as('ends_on'),
          'p.target',
          'v.value',
        ])
        .where('p.workspace_id', '=', initiativeId)
        .orderBy('p.starts_on')
        .execute()
    : [];
  return inds.map((i) => {
    const baseline = num(i.baseline_value);
    const ps = periods
      .filter((p) => p.indicator_id === i.id)
      .map((p) => {
        const target = num(p.target);
        const value = num(p.value);
        return {
          key: p.period_key,
          startsOn: p.starts_on,
          endsOn: p.ends_on,
          target,
          value,
          light: trafficLight({ actual: value, target, baseline, tolerance: DEFAULT_TOLERANCE }),
        };
      });
    const latest = [...ps].reverse().find((p) => p.value !== null) ?? null;
    return {
      id: i.id,
      name: i.name,
      definition: i.definition,
      level: i.level,
      unit: i.unit,
      currency: i.currency,
      frequency: i.frequency,
      evaluationLevel: i.evaluation_level,
      baselineValue: baseline,
      baselineDate: i.baseline_date,
      periods: ps,
      latest: latest
        ? { period: latest.key, value: latest.value, target: latest.target, light: latest.light }
        : null,
    };
  });
}

export type SharedIndicator = Awaited<ReturnType<typeof sharedIndicators>>[number];
