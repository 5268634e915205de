/**
 * Services: the checks a service must pass, the platform's service rules of a workspace and their warnings, reading a service and its field of action, and the row written for it, beside the routes of services.routes.ts (also used by the services import).
 */
import { DEFAULT_MATCH_TOLERANCE, LEVELS, memberPriceAboveNonMember } from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { badRequest, notFound } from '../http/errors.js';
import { type Text } from '../i18n/index.js';
import { iso } from '../http/schemas.js';

export type ServiceInput = {
  fieldId: string;
  name: string;
  description?: string;
  frequency: 'rarely' | 'occasionally' | 'frequently';
  beneficiaries: 'few' | 'many';
  effortMin: 'low' | 'medium' | 'high';
  effortMax: 'low' | 'medium' | 'high';
  relevance: 'low' | 'medium' | 'high';
  feeModel: 'included' | 'paid';
  memberPrice?: number | null;
  nonMemberPrice?: number | null;
  currency?: string | null;
  trustLevel: 'low' | 'medium' | 'high';
  engagesTrainers?: boolean;
};

/** Checks the rules a service must follow; names the field that breaks one. */
export function checkService(b: ServiceInput) {
  const fail = (field: string, message: Text, text: Text) => {
    throw badRequest('validation_failed', text, [{ field: `body.${field}`, message }]);
  };
  if (LEVELS.indexOf(b.effortMin) > LEVELS.indexOf(b.effortMax))
    fail(
      'effortMin',
      'is above body.effortMax',
      'The effort range runs from low to high: min cannot exceed max',
    );
  for (const k of ['memberPrice', 'nonMemberPrice'] as const) {
    const v = b[k];
    if (v !== undefined && v !== null && (!Number.isFinite(v) || v < 0))
      fail(k, 'must be 0 or more', 'A price cannot be negative');
  }
  if (b.feeModel === 'paid') {
    if (b.memberPrice == null)
      fail('memberPrice', 'is required for a paid service', 'A paid service needs a member price');
    if (b.nonMemberPrice == null)
      fail('nonMemberPrice', 'is required for a paid service', 'A paid service needs a non-member price');
    if (!b.currency) fail('currency', 'is required for a paid service', 'A paid service needs a currency');
  }
}

/**
 * The platform's service rules of a workspace (the guides give no rule for them): the member-price
 * warning and the tolerance of the match between the two portfolios.
 */
export async function getServiceRules(db: Database, workspaceId: string) {
  const r = await db
    .selectFrom('service_rules')
    .select(['member_price_warning', 'match_tolerance'])
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return {
    memberPriceWarning: r ? r.member_price_warning : true,
    matchTolerance: r ? Number(r.match_tolerance) : DEFAULT_MATCH_TOLERANCE,
  };
}

export const MEMBER_PRICE_WARNING =
  'Members pay more than non-members. This check is the platform’s choice; the guide gives no rule (MarketMakers asks business plans to show how members benefit more than non-members, 000:197). The service rules can turn it off.';

/** The platform's warnings about a service, when its rules ask for them. */
export function serviceWarnings(
  s: { feeModel: string; memberPrice?: number | null; nonMemberPrice?: number | null },
  rules: { memberPriceWarning: boolean },
) {
  return rules.memberPriceWarning && memberPriceAboveNonMember(s)
    ? [{ code: 'member_price_above_non_member', message: MEMBER_PRICE_WARNING }]
    : [];
}

export const warningsOf = (
  s: { fee_model: string; member_price: string | number | null; non_member_price: string | number | null },
  rules: { memberPriceWarning: boolean },
) =>
  serviceWarnings(
    {
      feeModel: s.fee_model,
      memberPrice: s.member_price === null ? null : Number(s.member_price),
      nonMemberPrice: s.non_member_price === null ? null : Number(s.non_member_price),
    },
    rules,
  );

export async function getService(db: Database, workspaceId: string, serviceId: string) {
  const s = await db
    .selectFrom('services')
    .selectAll()
    .where('id', '=', serviceId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!s) throw notFound('Service');
  return s;
}

export async function checkField(db: Database, workspaceId: string, fieldId: string) {
  const f = await db
    .selectFrom('service_fields')
    .select('id')
    .where('id', '=', fieldId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!f)
    throw badRequest('validation_failed', 'Pick a field of action of this workspace’s matrix', [
      { field: 'body.fieldId', message: 'is not a field of action of this workspace' },
    ]);
}

export const toRow = (b: ServiceInput) => ({
  field_id: b.fieldId,
  name: b.name.trim(),
  description: b.description?.trim() ?? '',
  frequency: b.frequency,
  beneficiaries: b.beneficiaries,
  effort_min: b.effortMin,
  effort_max: b.effortMax,
  relevance: b.relevance,
  fee_model: b.feeModel,
  member_price: b.feeModel === 'paid' ? (b.memberPrice ?? null) : null,
  non_member_price: b.feeModel === 'paid' ? (b.nonMemberPrice ?? null) : null,
  currency: b.feeModel === 'paid' ? (b.currency ?? null) : null,
  trust_level: b.trustLevel,
  engages_trainers: b.engagesTrainers ?? false,
});

export const publicService = (s: Awaited<ReturnType<typeof getService>>) => ({
  ...s,
  member_price: s.member_price === null ? null : Number(s.member_price),
  non_member_price: s.non_member_price === null ? null : Number(s.non_member_price),
  created_at: iso(s.created_at),
});

/**
 * The objectives of the service matrix, each with its fields of action, in their order; an
 * objective taken from a strategy goal names the goal and the needs the goal answers, so a service
 * traces back to the needs that justified it (001:2598–2600).
 */
export async function serviceMatrix(db: Database, workspaceId: string) {
  const [objectives, fields, needs] = await Promise.all([
    db
      .selectFrom('service_objectives as o')
      .leftJoin('strategy_goals as g', 'g.id', 'o.goal_id')
      .select(['o.id', 'o.name', 'o.goal_id as goalId', 'g.title as goalTitle'])
      .where('o.workspace_id', '=', workspaceId)
      .orderBy('o.position')
      .orderBy('o.name')
      .execute(),
    db
      .selectFrom('service_fields')
      .select(['id', 'name', 'objective_id'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('name')
      .execute(),
    db
      .selectFrom('service_objectives as o')
      .innerJoin('strategy_goal_sources as gs', (j) =>
        j.onRef('gs.goal_id', '=', 'o.goal_id').on('gs.kind', '=', 'need'),
      )
      .innerJoin('needs as n', 'n.id', 'gs.source_id')
      .select(['o.id as objectiveId', 'n.id', 'n.title'])
      .where('o.workspace_id', '=', workspaceId)
      .orderBy('n.title')
      .execute(),
  ]);
  return objectives.map(({ goalId, goalTitle, ...o }) => ({
    ...o,
    goal: goalId ? { id: goalId, title: goalTitle ?? '' } : null,
    needs: needs.filter((n) => n.objectiveId === o.id).map(({ id, title }) => ({ id, title })),
    fields: fields.filter((f) => f.objective_id === o.id),
  }));
}
