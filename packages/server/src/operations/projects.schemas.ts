import {
  PDCA_DECISIONS,
  PDCA_PHASES,
  PROCESS_KINDS,
  PROCESS_STAGES,
  PROJECT_PHASES,
  PROJECT_TYPES,
} from '@agglomera/methods';
import { Type } from 'typebox';
import { DateTime, Day, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';

/**
 * What the projects, processes and joint actions routes answer (response schemas;
 * projects.routes.ts, processes.routes.ts, jointactions.routes.ts): documentation of the API, from
 * which the web app's types are generated (npm run api-types), checked against every answer in the
 * tests (http/response-check.ts). The CSV/XLSX exports are files, without a schema. Amounts
 * (numeric columns) are sent as numbers, converted by the routes; rows of projects and joint
 * actions keep their column names (snake_case), as they always were.
 */

const PROJECT_TYPE_KEYS = PROJECT_TYPES.map((t) => t.key);
const Created = Row({ id: Uuid });

// Projects (projects.routes.ts).
const ProjectColumns = {
  id: Uuid,
  workspace_id: Uuid,
  title: Type.String(),
  project_type: OneOf(PROJECT_TYPE_KEYS),
  purpose: OneOf(['cluster_development', 'cluster_actors']),
  financing: Type.String(),
  goal: Type.String(),
  starts_on: Day,
  ends_on: Day,
  phase: OneOf(PROJECT_PHASES),
  currency: Type.String(),
  lessons_learned: Type.String(),
  closed_on: Nullable(Day),
  created_by: Nullable(Uuid),
  created_at: DateTime,
};
export const ProjectRow = Row(ProjectColumns);
export const ProjectList = Row({
  projects: Type.Array(Row({ ...ProjectColumns, planned: Type.Number(), actual: Type.Number() })),
  /** The four types of cluster project with their prevailing financing (and the guide's line). */
  types: Type.Array(Row({ key: OneOf(PROJECT_TYPE_KEYS), financing: Type.String(), source: Type.String() })),
});
const Amounts = { planned: Type.Number(), actual: Type.Number() };
const Variance = { ...Amounts, variance: Type.Number(), spentShare: Nullable(Type.Number()) };
export const ProjectDetail = Row({
  project: ProjectRow,
  nextPhase: Nullable(OneOf(PROJECT_PHASES)),
  workPackages: Type.Array(
    Row({ id: Uuid, project_id: Uuid, title: Type.String(), position: Type.Integer() }),
  ),
  tasks: Type.Array(
    Row({
      id: Uuid,
      project_id: Uuid,
      work_package_id: Nullable(Uuid),
      title: Type.String(),
      owner_user_id: Nullable(Uuid),
      starts_on: Day,
      due_on: Day,
      done_on: Nullable(Day),
      /** The owner's name. */
      owner: Nullable(Type.String()),
      /** Not done and past its due day. */
      late: Type.Boolean(),
    }),
  ),
  milestones: Type.Array(
    Row({ id: Uuid, project_id: Uuid, title: Type.String(), due_on: Day, reached_on: Nullable(Day) }),
  ),
  budget: Row({
    lines: Type.Array(Row({ id: Uuid, category: Type.String(), ...Amounts })),
    rows: Type.Array(Row({ category: Type.String(), ...Variance })),
    total: Row(Variance),
  }),
  reports: Type.Array(
    Row({ id: Uuid, reported_on: Day, progress: Type.String(), by: Nullable(Type.String()) }),
  ),
});
export const ProjectPhaseMoved = Row({ ok: Type.Literal(true), phase: OneOf(PROJECT_PHASES) });
/** A work package, task, milestone, budget line or report added. */
export const ProjectPartCreated = Created;

// Processes and PDCA cycles (processes.routes.ts).
export const PdcaCycle = Row({
  id: Uuid,
  phase: OneOf(PDCA_PHASES),
  problem: Type.String(),
  goal: Type.String(),
  measures: Type.String(),
  doNotes: Type.String(),
  checkResult: Type.String(),
  actNotes: Type.String(),
  decision: Nullable(OneOf(PDCA_DECISIONS)),
  startedAt: DateTime,
  closedAt: Nullable(DateTime),
});
const ProcessFields = {
  id: Uuid,
  kind: OneOf(PROCESS_KINDS),
  parentId: Nullable(Uuid),
  name: Type.String(),
  owner: Type.String(),
  purpose: Type.String(),
  steps: Type.Array(Type.String()),
  /** Its step of the five of introducing process management. */
  stage: OneOf(PROCESS_STAGES),
  openCycle: Nullable(Row({ id: Uuid, phase: OneOf(PDCA_PHASES) })),
};
export const Process = Row({ ...ProcessFields, cycles: Type.Integer(), updatedAt: DateTime });
export const ProcessList = Row({ processes: Type.Array(Process) });
/** A process with its PDCA cycles, newest first (in place of their count). */
export const ProcessDetail = Row({ ...ProcessFields, cycles: Type.Array(PdcaCycle), updatedAt: DateTime });
export const PdcaCycleClosed = Row({
  cycle: PdcaCycle,
  /** The new cycle on the same problem when the decision was to restart. */
  next: Nullable(PdcaCycle),
  /** Whether standardising moved an implemented process to its fifth step. */
  optimised: Type.Boolean(),
});

// Joint actions (jointactions.routes.ts).
export const JOINT_ACTION_KINDS = [
  'joint_purchasing',
  'joint_marketing',
  'shared_equipment',
  'training',
  'trade_fair',
  'twinning',
  'joint_venture',
  'other',
] as const;
export type JointActionKind = (typeof JOINT_ACTION_KINDS)[number];
export const JointAction = Row({
  id: Uuid,
  workspace_id: Uuid,
  title: Type.String(),
  kind: OneOf(JOINT_ACTION_KINDS),
  relation: OneOf(['enterprise_enterprise', 'enterprise_institution']),
  description: Type.String(),
  starts_on: Day,
  status: OneOf(['planned', 'running', 'completed']),
  total_cost: Type.Number(),
  currency: Type.String(),
  cost_sharing: OneOf(['equal', 'pro_rata']),
  results: Type.String(),
  created_by: Nullable(Uuid),
  created_at: DateTime,
  participants: Type.Array(
    Row({
      id: Uuid,
      name: Type.String(),
      actor_type: Type.String(),
      weight: Nullable(Type.Number()),
      share: Type.Number(),
    }),
  ),
});
export const JointActionList = Row({ jointActions: Type.Array(JointAction) });
