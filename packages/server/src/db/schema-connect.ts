import type { ColumnType, Generated } from 'kysely';

/** Column types of the connect module's tables of migration 0063_connect (docs/connect.md). */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface PartnerPostingsTable {
  id: Generated<string>;
  workspace_id: string;
  kind: 'problem' | 'offer' | 'partner';
  title: string;
  description: Generated<string>;
  /** A JSON array of theme keys (PARTNER_THEMES). */
  themes: ColumnType<string[], string | undefined, string>;
  sector: Generated<string>;
  closes_on: ColumnType<string | null, string | null | undefined, string | null>;
  status: ColumnType<'open' | 'closed', 'open' | 'closed' | undefined, 'open' | 'closed'>;
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface PartnerInterestsTable {
  id: Generated<string>;
  posting_id: string;
  posting_workspace_id: string;
  workspace_id: string;
  user_id: string | null;
  message: string;
  status: ColumnType<
    'pending' | 'accepted' | 'declined',
    'pending' | 'accepted' | 'declined' | undefined,
    'pending' | 'accepted' | 'declined'
  >;
  decided_by: ColumnType<string | null, string | null | undefined, string | null>;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: GeneratedTimestamp;
}

/** A cluster initiative's public profile (migration 0066_initiative_profiles). */
export interface InitiativeProfilesTable {
  id: Generated<string>;
  workspace_id: string;
  published: Generated<boolean>;
  summary: Generated<string>;
  sector: Generated<string>;
  region: Generated<string>;
  /** JSON arrays of short lines. */
  competences: ColumnType<string[], string | undefined, string>;
  offers: ColumnType<string[], string | undefined, string>;
  needs: ColumnType<string[], string | undefined, string>;
  /** A JSON array of theme keys (PARTNER_THEMES). */
  themes: ColumnType<string[], string | undefined, string>;
  contact_email: string | null;
  website: string | null;
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface ConnectTables {
  initiative_profiles: InitiativeProfilesTable;
  partner_postings: PartnerPostingsTable;
  partner_interests: PartnerInterestsTable;
}
