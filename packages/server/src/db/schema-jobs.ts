import type { ColumnType, Generated } from 'kysely';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null, Date | string | null>;

export type JobKind = 'mailing' | 'survey_send' | 'survey_reminder' | 'import';
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

/** The file of an import job while it waits to be run (migration 0062). */
export interface JobFilesTable {
  job_id: string;
  workspace_id: string;
  /** The file's name as uploaded, as errors name it. */
  name: string;
  content: Buffer;
  created_at: GeneratedTimestamp;
}

export interface JobsTables {
  jobs: JobsTable;
  job_files: JobFilesTable;
}
