import { LEVELS, SERVICE_STATUSES } from '@agglomera/methods';
import { Type } from 'typebox';
import { DateTime, Day, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';

/**
 * What the service catalogue routes answer (response schemas): services.routes.ts,
 * servicematrix.routes.ts and serviceportfolio.routes.ts. Documentation of the API, from which the
 * web app's types are generated (npm run api-types), checked against every answer in the tests
 * (http/response-check.ts). A service keeps its SQL names (snake_case), as the routes send it;
 * the catalogue as a file (?format=csv|xlsx) has no schema.
 */

const Level = OneOf(LEVELS);
const ServiceStatus = OneOf(SERVICE_STATUSES);
/** The launch checklist's points ticked so far, by key. */
const LaunchChecks = Type.Record(Type.String(), Type.Boolean());
/** The platform's warnings about a service (members paying more than non-members). */
const Warnings = Type.Array(Row({ code: Type.String(), message: Type.String() }));
const ServiceColumns = {
  id: Uuid,
  workspace_id: Uuid,
  field_id: Uuid,
  name: Type.String(),
  description: Type.String(),
  frequency: OneOf(['rarely', 'occasionally', 'frequently']),
  beneficiaries: OneOf(['few', 'many']),
  effort_min: Level,
  effort_max: Level,
  relevance: Level,
  fee_model: OneOf(['included', 'paid']),
  member_price: Nullable(Type.Number()),
  non_member_price: Nullable(Type.Number()),
  currency: Nullable(Type.String()),
  trust_level: Level,
  status: ServiceStatus,
  launch_checks: LaunchChecks,
  engages_trainers: Type.Boolean(),
  created_at: DateTime,
};
/** A service as added or changed, with the platform's warnings about it. */
export const ServiceSaved = Row({ ...ServiceColumns, warnings: Warnings });
export const ServiceRules = Row({
  /** Warn when members pay more than non-members. */
  memberPriceWarning: Type.Boolean(),
  /** How far the members' mean expectation may lie from the relevance for a portfolio match. */
  matchTolerance: Type.Number(),
});
export const ServiceCatalogue = Row({
  services: Type.Array(
    Row({
      ...ServiceColumns,
      /** The team's: absent for members. */
      launch_checks: Type.Optional(LaunchChecks),
      engages_trainers: Type.Optional(Type.Boolean()),
      field_of_action: Type.String(),
      objective: Type.String(),
      /** My login's answer (1 low, 2 medium, 3 high), as columns and as my_answer. */
      my_expectation: Nullable(Type.Integer()),
      my_satisfaction: Nullable(Type.Integer()),
      my_answer: Nullable(Row({ expectation: Type.Integer(), satisfaction: Type.Integer() })),
      /** The team's: the launch checks still open and those that apply; absent for members. */
      missing_checks: Type.Optional(Type.Array(Type.String())),
      applicable_checks: Type.Optional(Type.Array(Type.String())),
      warnings: Type.Optional(Warnings),
    }),
  ),
  /** The launch checklist (004:532); the trainers point applies only to a service that engages trainers. */
  checklist: Type.Array(
    Row({
      key: Type.String(),
      source: Type.String(),
      text: Type.String(),
      onlyWhen: Type.Optional(Type.String()),
    }),
  ),
  /** The team's: absent for members. */
  rules: Type.Optional(ServiceRules),
});
export const LaunchChecksSaved = Row({ launch_checks: LaunchChecks, missing: Type.Array(Type.String()) });
export const StatusSaved = Row({ ok: Type.Literal(true), status: ServiceStatus });
export const ServiceUse = Row({
  id: Uuid,
  service_id: Uuid,
  actor_id: Uuid,
  used_on: Day,
  note: Type.String(),
  created_at: DateTime,
});

// The objectives × fields-of-action matrix (servicematrix.routes.ts).
export const ServiceMatrixObjective = Row({
  id: Uuid,
  name: Type.String(),
  /** The strategy goal the objective is; null for a free-text objective. */
  goal: Nullable(Row({ id: Uuid, title: Type.String() })),
  /** The needs the goal answers. */
  needs: Type.Array(Row({ id: Uuid, title: Type.String() })),
  fields: Type.Array(Row({ id: Uuid, name: Type.String(), objective_id: Uuid })),
});
export const ServiceMatrix = Row({ objectives: Type.Array(ServiceMatrixObjective) });

// The two portfolios and the service rules (serviceportfolio.routes.ts).
export const ServicePortfolio = Row({
  services: Type.Array(
    Row({
      id: Uuid,
      /** Midpoint of the effort range, 1–3. */
      effort: Type.Number(),
      relevance: Type.Number(),
      answers: Type.Integer(),
      expectation: Nullable(Type.Number()),
      satisfaction: Nullable(Type.Number()),
      /** Whether the members' mean expectation is within the tolerance of the relevance; null without answers. */
      match: Nullable(Type.Boolean()),
      /** Mean expectation minus mean satisfaction. */
      gap: Nullable(Type.Number()),
      name: Type.String(),
      status: ServiceStatus,
      fieldOfAction: Type.String(),
    }),
  ),
  /** Fields of action without a service. */
  whiteSpots: Type.Array(Type.String()),
  objectives: Type.Array(ServiceMatrixObjective),
  matchTolerance: Type.Number(),
});
