import type { ColumnType, Generated } from 'kysely';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null, Date | string | null>;

export type JobKind = 'mailing' | 'survey_send' | 'survey_reminder';
export type JobState = 'queued' | 'running' | 'done' | 'failed';

/** Work a workspace started, run off the request by pg-boss workers (migration 0027). */
export interface JobsTable {
  id: Generated<string>;
  workspace_id: string;
  kind: JobKind;
  state: Generated<JobState>;
  done: Generated<number>;
  total: Generated<number>;
  /** What the job works on: the message or the survey. */
  subject_id: string | null;
  /** The message subject or the survey title, as the list of jobs names it. */
  label: Generated<string>;
  started_by: string | null;
  created_at: GeneratedTimestamp;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
  summary: Generated<string>;
  error: Generated<string>;
  result: ColumnType<unknown, string | null | undefined, string | null>;
}

export interface JobsTables {
  jobs: JobsTable;
}
