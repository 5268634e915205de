import type { ColumnType, Generated } from 'kysely';

/** Column types of the operations module (issue 6): portal, working groups, events, services. */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateOnly = ColumnType<string, string, string>;
type Json = ColumnType<unknown, string | null, string | null>;

export interface CompetencesTable {
  id: Generated<string>;
  workspace_id: string;
  actor_id: string;
  kind: 'competence' | 'offer' | 'need';
  title: string;
  description: Generated<string>;
  keywords: Generated<string>;
  /** Kept by a trigger: title, description, keywords, organisation name and sector (0016). */
  search_text: Generated<string>;
  organisation: Generated<string>;
  in_atlas: Generated<boolean>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface WorkingGroupsTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  topic: Generated<string>;
  open_to_members: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface WorkingGroupMembersTable {
  working_group_id: string;
  actor_id: string;
  joined_at: GeneratedTimestamp;
}

export interface WorkingGroupMeetingsTable {
  id: Generated<string>;
  working_group_id: string;
  held_on: DateOnly;
  notes: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface EventsTable {
  id: Generated<string>;
  workspace_id: string;
  title: string;
  kind: Generated<string>;
  description: Generated<string>;
  agenda: Generated<string>;
  location: Generated<string>;
  starts_at: Timestamp;
  ends_at: Timestamp;
  capacity: number | null;
  open_to_non_members: Generated<boolean>;
  /** Members first on the waiting list (migration 0054; the platform's rule, per event). */
  members_first: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface EventRegistrationsTable {
  id: Generated<string>;
  event_id: string;
  actor_id: string | null;
  user_id: string | null;
  participant: string;
  status: 'registered' | 'waitlisted' | 'cancelled';
  attended: Generated<boolean>;
  registered_at: GeneratedTimestamp;
}

export interface EventFeedbackTable {
  id: Generated<string>;
  event_id: string;
  registration_id: string;
  rating: number;
  useful: Generated<string>;
  improve: Generated<string>;
  created_at: GeneratedTimestamp;
}

type Level = 'low' | 'medium' | 'high';
type Money = ColumnType<string | null, number | string | null, number | string | null>;

export interface ServiceObjectivesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  position: Generated<number>;
  /** The strategy goal this objective is (0043); null for a free-text objective. */
  goal_id: Generated<string | null>;
}

export interface ServiceFieldsTable {
  id: Generated<string>;
  workspace_id: string;
  objective_id: string;
  name: string;
  position: Generated<number>;
}

export interface ServicesTable {
  id: Generated<string>;
  workspace_id: string;
  field_id: string;
  name: string;
  description: Generated<string>;
  frequency: 'rarely' | 'occasionally' | 'frequently';
  beneficiaries: 'few' | 'many';
  effort_min: Level;
  effort_max: Level;
  relevance: Level;
  fee_model: 'included' | 'paid';
  member_price: Money;
  non_member_price: Money;
  currency: string | null;
  trust_level: Level;
  status: Generated<'draft' | 'pilot' | 'live' | 'retired'>;
  launch_checks: ColumnType<Record<string, boolean>, string | undefined, string>;
  engages_trainers: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

/** The platform's service rules of a workspace (0026; the guides give no rule for them). */
export interface ServiceRulesTable {
  workspace_id: string;
  member_price_warning: Generated<boolean>;
  match_tolerance: ColumnType<string, number | undefined, number>;
  updated_at: GeneratedTimestamp;
}

export interface ServiceAnswersTable {
  service_id: string;
  user_id: string;
  actor_id: string | null;
  expectation: number;
  satisfaction: number;
  updated_at: GeneratedTimestamp;
}

export interface ServiceUsesTable {
  id: Generated<string>;
  service_id: string;
  actor_id: string;
  used_on: DateOnly;
  note: Generated<string>;
  created_at: GeneratedTimestamp;
}

export interface ProjectsTable {
  id: Generated<string>;
  workspace_id: string;
  title: string;
  project_type: 'internal' | 'cluster_development' | 'project_as_a_service' | 'joint';
  purpose: 'cluster_development' | 'cluster_actors';
  financing: Generated<string>;
  goal: Generated<string>;
  starts_on: DateOnly;
  ends_on: DateOnly;
  phase: Generated<'initiating' | 'planning' | 'implementing' | 'monitoring_closing'>;
  currency: Generated<string>;
  lessons_learned: Generated<string>;
  closed_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface ProjectWorkPackagesTable {
  id: Generated<string>;
  project_id: string;
  title: string;
  position: Generated<number>;
}

export interface ProjectTasksTable {
  id: Generated<string>;
  project_id: string;
  work_package_id: string | null;
  title: string;
  owner_user_id: string | null;
  starts_on: DateOnly;
  due_on: DateOnly;
  done_on: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ProjectMilestonesTable {
  id: Generated<string>;
  project_id: string;
  title: string;
  due_on: DateOnly;
  reached_on: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ProjectBudgetLinesTable {
  id: Generated<string>;
  project_id: string;
  category: string;
  planned: ColumnType<string, number | string | undefined, number | string>;
  actual: ColumnType<string, number | string | undefined, number | string>;
}

export interface ProjectReportsTable {
  id: Generated<string>;
  project_id: string;
  reported_on: DateOnly;
  progress: string;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface JointActionsTable {
  id: Generated<string>;
  workspace_id: string;
  title: string;
  kind: string;
  relation: 'enterprise_enterprise' | 'enterprise_institution';
  description: Generated<string>;
  starts_on: DateOnly;
  status: Generated<'planned' | 'running' | 'completed'>;
  total_cost: ColumnType<string, number | string | undefined, number | string>;
  currency: Generated<string>;
  cost_sharing: 'equal' | 'pro_rata';
  results: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface JointActionParticipantsTable {
  joint_action_id: string;
  actor_id: string;
  weight: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  share: ColumnType<string, number | string | undefined, number | string>;
}

export interface MailingListsTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  segment: 'all_members' | 'actor_type' | 'working_group' | 'event';
  segment_value: string | null;
  created_at: GeneratedTimestamp;
}

export interface MessagesTable {
  id: Generated<string>;
  workspace_id: string;
  list_id: string | null;
  list_name: string;
  subject: string;
  body: string;
  sent_by: string | null;
  sent_at: GeneratedTimestamp;
}

export interface MessageDeliveriesTable {
  id: Generated<string>;
  message_id: string;
  actor_id: string | null;
  recipient: string;
  email: string | null;
  status: 'sent' | 'failed' | 'no_email';
  error: Generated<string>;
}

/** The cluster process model (0024; GIZ 001:3232–3305). */
export interface ProcessesTable {
  id: Generated<string>;
  workspace_id: string;
  kind: string;
  parent_id: string | null;
  name: string;
  owner: Generated<string>;
  purpose: Generated<string>;
  steps: ColumnType<unknown, string | undefined, string>;
  stage: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface PdcaCyclesTable {
  id: Generated<string>;
  workspace_id: string;
  process_id: string;
  phase: Generated<string>;
  problem: Generated<string>;
  goal: Generated<string>;
  measures: Generated<string>;
  do_notes: Generated<string>;
  check_result: Generated<string>;
  act_notes: Generated<string>;
  decision: string | null;
  started_at: GeneratedTimestamp;
  closed_at: Timestamp | null;
  created_by: string | null;
}

export interface OperationsTables {
  processes: ProcessesTable;
  pdca_cycles: PdcaCyclesTable;
  mailing_lists: MailingListsTable;
  messages: MessagesTable;
  message_deliveries: MessageDeliveriesTable;
  projects: ProjectsTable;
  project_work_packages: ProjectWorkPackagesTable;
  project_tasks: ProjectTasksTable;
  project_milestones: ProjectMilestonesTable;
  project_budget_lines: ProjectBudgetLinesTable;
  project_reports: ProjectReportsTable;
  joint_actions: JointActionsTable;
  joint_action_participants: JointActionParticipantsTable;
  service_objectives: ServiceObjectivesTable;
  service_fields: ServiceFieldsTable;
  services: ServicesTable;
  service_rules: ServiceRulesTable;
  service_answers: ServiceAnswersTable;
  service_uses: ServiceUsesTable;
  competences: CompetencesTable;
  working_groups: WorkingGroupsTable;
  working_group_members: WorkingGroupMembersTable;
  working_group_meetings: WorkingGroupMeetingsTable;
  events: EventsTable;
  event_registrations: EventRegistrationsTable;
  event_feedback: EventFeedbackTable;
}

export type { Json };
