import type { ColumnType, Generated } from 'kysely';

/** Column types of the programme's portfolio tables of migration 0049_portfolio (issue 15; docs/programme.md). */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface FollowInvitationsTable {
  id: Generated<string>;
  initiative_id: string;
  code_hash: string;
  scopes: string[];
  note: Generated<string>;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  revoked_at: NullableTimestamp;
  revoked_by: string | null;
  redeemed_at: NullableTimestamp;
  redeemed_by: string | null;
  programme_id: string | null;
}

export interface PortfolioAgentsTable {
  programme_id: string;
  initiative_id: string;
  agent_id: string;
  assigned_by: string | null;
  assigned_at: GeneratedTimestamp;
}

export interface AgentReportsTable {
  id: Generated<string>;
  programme_id: string;
  initiative_id: string;
  agent_id: string | null;
  period: string;
  text: string;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface PortfolioTables {
  follow_invitations: FollowInvitationsTable;
  portfolio_agents: PortfolioAgentsTable;
  agent_reports: AgentReportsTable;
}
