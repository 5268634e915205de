import type { ColumnType, Generated } from 'kysely';
import type { OperationsTables } from './schema-operations.js';
import type { StrategyTables } from './schema-strategy.js';
import type { ActionPlanTables } from './schema-action-plans.js';
import type { StrategyDocumentTables } from './schema-strategy-documents.js';
import type { ReportsTables } from './schema-reports.js';
import type { JobsTables } from './schema-jobs.js';
import type { MapTables } from './schema-map.js';
import type { MonitoringTables } from './schema-monitoring.js';
import type { OrganisationTables } from './schema-organisation.js';
import type { StaffTables } from './schema-staff.js';
import type { FinancialPlanTables } from './schema-financial-plan.js';
import type { AgreementTables } from './schema-agreements.js';
import type { ProgrammeTables } from './schema-programme.js';
import type { PortfolioTables } from './schema-portfolio.js';
import type { CallsTables } from './schema-calls.js';
import type { PlansTables } from './schema-plans.js';
import type { ConnectTables } from './schema-connect.js';

/** Column types of the database, kept beside the migrations that create them. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null, Date | string | null>;
type Json = ColumnType<unknown, string | null, string | null>;

export type WorkspaceKind = 'programme' | 'cluster_initiative';

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  locale: Generated<string>;
  is_platform_admin: Generated<boolean>;
  created_at: GeneratedTimestamp;
  /** E-mail digest of tasks late and due soon (migration 0064). */
  task_reminders: Generated<'off' | 'daily' | 'weekly'>;
  /** The day (UTC) the last digest was claimed, so that it goes out once. */
  reminders_sent_on: string | null;
}

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  created_at: GeneratedTimestamp;
}

export interface WorkspacesTable {
  id: Generated<string>;
  organisation_id: string;
  kind: WorkspaceKind;
  name: string;
  is_demo: Generated<boolean>;
  created_at: GeneratedTimestamp;
  /** Set by a platform admin: only verified workspaces make up benchmarking peer groups. */
  verified_at: Generated<Date | null>;
  verified_by: Generated<string | null>;
  /** Where the initiative works (migration 0044): the programme's roll-ups and map read them. */
  country: Generated<string>;
  sector: Generated<string>;
  latitude: Generated<number | null>;
  longitude: Generated<number | null>;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: string;
  /** The organisation (actor) a member login speaks for in the member portal (issue 6). */
  actor_id: Generated<string | null>;
  created_at: GeneratedTimestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
}

/** A secret calendar address of a user (0030); only the token's hash is kept. */
export interface CalendarFeedsTable {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  created_at: GeneratedTimestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: GeneratedTimestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  /** `read`: safe methods only; `write`: every method the user's roles allow. */
  scope: 'read' | 'write';
  /** When set, the token works only on this workspace's routes (and GET /me). */
  workspace_id: string | null;
  expires_at: Date;
}

export interface InvitationsTable {
  id: Generated<string>;
  workspace_id: string;
  email: string;
  role: string;
  token_hash: string;
  invited_by: string;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  actor_id: Generated<string | null>;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

export interface LoginFailuresTable {
  id: Generated<string>;
  email: string;
  ip: string;
  /** SHA-256 of the known-device cookie the attempt carried for this account, else null. */
  device: ColumnType<string | null, string | null | undefined, string | null>;
  at: GeneratedTimestamp;
}

/** Browsers a user has signed in from (OWASP "device cookies"): exempt from the account lock. */
export interface KnownDevicesTable {
  token_hash: string;
  user_id: string;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
}

export interface PasswordResetRequestsTable {
  id: Generated<string>;
  email: string;
  ip: string;
  at: GeneratedTimestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  workspace_id: string | null;
  user_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  old_value: Json;
  new_value: Json;
  at: GeneratedTimestamp;
}

export interface LifecycleStatesTable {
  workspace_id: string;
  stage: string;
  unido_phase: number;
  blueprint_step: number | null;
  updated_at: GeneratedTimestamp;
}

export interface LifecycleChangesTable {
  id: Generated<string>;
  workspace_id: string;
  field: 'stage' | 'unido_phase' | 'blueprint_step';
  from_value: string | null;
  to_value: string | null;
  reason: string;
  changed_by: string;
  changed_at: GeneratedTimestamp;
}

export interface KeyQuestionAnswersTable {
  workspace_id: string;
  question_id: string;
  checked: boolean;
  answer: string;
  evidence: string;
  updated_by: string;
  updated_at: GeneratedTimestamp;
}

export interface ProgrammeFollowsTable {
  id: Generated<string>;
  programme_id: string;
  initiative_id: string;
  status: 'requested' | 'active' | 'ended';
  requested_by: string;
  created_at: GeneratedTimestamp;
  /** When the initiative accepted or ended the follow. */
  decided_at: Generated<Date | null>;
}

export interface FollowSharesTable {
  id: Generated<string>;
  follow_id: string;
  scope: string;
  granted_by: string;
  granted_at: GeneratedTimestamp;
  revoked_by: string | null;
  revoked_at: NullableTimestamp;
}

export interface InitiativeBaselinesTable {
  id: Generated<string>;
  workspace_id: string;
  source: string;
  description: string;
  data: Json;
  created_by: string | null;
  recorded_at: GeneratedTimestamp;
}

export interface ActorsTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  kind: Generated<string>;
  actor_type: string;
  size_class: string | null;
  government_level: string | null;
  sector: Generated<string>;
  location: Generated<string>;
  /** The roles the actor plays (migration 0052: several at once, 001:546). */
  roles: Generated<string[]>;
  status: Generated<string>;
  contact_name: Generated<string>;
  email: Generated<string>;
  phone: Generated<string>;
  website: Generated<string>;
  notes: Generated<string>;
  membership_stage: string | null;
  prospect_source: string | null;
  left_reason: Generated<string>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface ActorTiesTable {
  id: Generated<string>;
  workspace_id: string;
  source_actor_id: string;
  target_actor_id: string;
  tie_type: string;
  strength: Generated<number>;
  observed_on: ColumnType<string, string, string>;
  source: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface NeedsSurveysTable {
  id: Generated<string>;
  workspace_id: string;
  title: string;
  status: Generated<'open' | 'closed'>;
  /** Whether the cluster team votes too (migration 0056; the platform's choice, off by default). */
  team_votes: Generated<boolean>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface NeedsTable {
  id: Generated<string>;
  survey_id: string;
  category: string;
  title: string;
  is_goal: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface NeedVotesTable {
  id: Generated<string>;
  need_id: string;
  /** The login that voted (null for a workshop tally entered by a moderator). */
  user_id: string | null;
  /** The actor (organisation) the vote is for; null for a vote of the cluster team. */
  actor_id: string | null;
  source: Generated<'login' | 'workshop'>;
  entered_by: string | null;
  vote: number;
  voted_at: GeneratedTimestamp;
}

export interface StakeholderAssessmentsTable {
  actor_id: string;
  workspace_id: string;
  assessment: 'positive' | 'neutral' | 'critical';
  influence: 'high' | 'medium' | 'low';
  description: string;
  measure: string;
  measure_status: 'open' | 'done';
  measure_due: ColumnType<string | null, string | null, string | null>;
  measure_owner: string;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface ValueChainsTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  template: 'cluster' | 'firm' | 'empty';
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface ValueChainStagesTable {
  id: Generated<string>;
  chain_id: string;
  name: string;
  kind: 'primary' | 'support';
  position: number;
}

export interface ValueChainStageActorsTable {
  stage_id: string;
  actor_id: string;
}

export interface AnalysisItemsTable {
  id: Generated<string>;
  workspace_id: string;
  framework: 'swot' | 'five_forces' | 'diamond';
  category: string;
  text: string;
  sign: string;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  evidence: Generated<string>;
  source: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface MemberCardsTable {
  id: Generated<string>;
  workspace_id: string;
  actor_id: string | null;
  persona: string;
  age: Generated<string>;
  position: Generated<string>;
  company: Generated<string>;
  member_type: Generated<string>;
  member_role: string;
  service: Generated<string>;
  jobs_to_be_done: Generated<string>;
  gains: Generated<string>;
  value_proposition: Generated<string>;
  ambitions: Generated<string>;
  pain_points: Generated<string>;
  perfect_fit: Generated<string>;
  industry_challenges: Generated<string>;
  /** The service whose value proposition the card assesses (migration 0053; 004:500). */
  service_id: string | null;
  created_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface AssociationAssessmentsTable {
  id: Generated<string>;
  workspace_id: string;
  title: string;
  recommendation: 'partner_existing' | 'create_new' | null;
  recommended_association: Generated<string>;
  reasons: Generated<string>;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  /**
   * Part C opens once partnering is judged unrealistic or undesirable by one or both sides
   * (000:110; migration 0057): the sides ('companies', 'associations'), the reasons, who and when.
   */
  part_c_sides: ColumnType<string[], string[] | undefined, string[]>;
  part_c_reasons: Generated<string>;
  part_c_opened_by: ColumnType<string | null, string | null | undefined, string | null>;
  part_c_opened_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: GeneratedTimestamp;
}

export interface AssessmentAnswersTable {
  id: Generated<string>;
  assessment_id: string;
  question_id: string;
  association: Generated<string>;
  informant: string;
  answer: string;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface ConstraintsTable {
  id: Generated<string>;
  workspace_id: string;
  title: string;
  tier: number;
  kind: 'function' | 'rule';
  deficiency: 'absent' | 'suboptimal_scope' | 'suboptimal_quality' | 'suboptimal_scope_quality';
  description: Generated<string>;
  /** The day the constraint was identified (migration 0057; the diagnosis is revised, 000:48). */
  identified_on: ColumnType<string, string | undefined, string>;
  revised_at: NullableTimestamp;
  created_at: GeneratedTimestamp;
}

/** The actors whose business models and practices hold a constraint (000:62; migration 0057). */
export interface ConstraintActorsTable {
  constraint_id: string;
  actor_id: string;
}

export interface ConstraintLinksTable {
  cause_id: string;
  effect_id: string;
}

export interface ConstraintPathwaysTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  constraint_ids: ColumnType<string[], string[], string[]>;
  ability_to_act: number;
  expected_effect: number;
  created_at: GeneratedTimestamp;
}

export interface MembershipStageChangesTable {
  id: Generated<string>;
  workspace_id: string;
  actor_id: string;
  from_stage: string | null;
  to_stage: string;
  note: Generated<string>;
  changed_by: string | null;
  changed_at: GeneratedTimestamp;
}

export interface MembershipApplicationLinksTable {
  id: Generated<string>;
  workspace_id: string;
  token_hash: string;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  revoked_at: NullableTimestamp;
  revoked_by: Generated<string | null>;
}

export interface MembershipApplicationsTable {
  id: Generated<string>;
  workspace_id: string;
  link_id: string;
  organisation: string;
  contact_name: string;
  email: string;
  actor_type: string;
  message: Generated<string>;
  status: Generated<'submitted' | 'approved' | 'rejected'>;
  decision_note: Generated<string>;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  actor_id: string | null;
  created_at: GeneratedTimestamp;
}

export interface FeeCategoriesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  amount: ColumnType<string, number | string, number | string>;
  currency: string;
  period: 'year' | 'quarter' | 'month';
  created_at: GeneratedTimestamp;
}

export interface FeeInvoicesTable {
  id: Generated<string>;
  workspace_id: string;
  actor_id: string;
  category_id: string;
  amount: ColumnType<string, number | string, number | string>;
  currency: string;
  issued_on: ColumnType<string, string, string>;
  due_on: ColumnType<string, string, string>;
  paid_on: ColumnType<string | null, string | null, string | null>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface DB
  extends
    OperationsTables,
    ReportsTables,
    JobsTables,
    MapTables,
    MonitoringTables,
    StrategyTables,
    ActionPlanTables,
    StrategyDocumentTables,
    OrganisationTables,
    StaffTables,
    FinancialPlanTables,
    AgreementTables,
    ProgrammeTables,
    PortfolioTables,
    CallsTables,
    PlansTables,
    ConnectTables {
  fee_categories: FeeCategoriesTable;
  fee_invoices: FeeInvoicesTable;
  membership_stage_changes: MembershipStageChangesTable;
  membership_application_links: MembershipApplicationLinksTable;
  membership_applications: MembershipApplicationsTable;
  association_assessments: AssociationAssessmentsTable;
  assessment_answers: AssessmentAnswersTable;
  constraints: ConstraintsTable;
  constraint_links: ConstraintLinksTable;
  constraint_actors: ConstraintActorsTable;
  constraint_pathways: ConstraintPathwaysTable;
  member_cards: MemberCardsTable;
  analysis_items: AnalysisItemsTable;
  value_chains: ValueChainsTable;
  value_chain_stages: ValueChainStagesTable;
  value_chain_stage_actors: ValueChainStageActorsTable;
  stakeholder_assessments: StakeholderAssessmentsTable;
  needs_surveys: NeedsSurveysTable;
  needs: NeedsTable;
  need_votes: NeedVotesTable;
  actors: ActorsTable;
  actor_ties: ActorTiesTable;
  initiative_baselines: InitiativeBaselinesTable;
  users: UsersTable;
  organisations: OrganisationsTable;
  workspaces: WorkspacesTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  calendar_feeds: CalendarFeedsTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  login_failures: LoginFailuresTable;
  known_devices: KnownDevicesTable;
  password_reset_requests: PasswordResetRequestsTable;
  audit_log: AuditLogTable;
  lifecycle_states: LifecycleStatesTable;
  lifecycle_changes: LifecycleChangesTable;
  key_question_answers: KeyQuestionAnswersTable;
  programme_follows: ProgrammeFollowsTable;
  follow_shares: FollowSharesTable;
}
