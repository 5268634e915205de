import {
  RESULTS_LEVELS,
  baselineObservationCheck,
  participationCheck,
  progressToTarget,
  trafficLight,
  type CheckResult,
  type TrafficLight,
} from '@agglomera/methods';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { notFound } from '../http/errors.js';

/** The narrative fields of a monitoring report, stored per report. */
export const NARRATIVE_FIELDS = ['summary', 'progress', 'challenges', 'nextSteps'] as const;
export type NarrativeField = (typeof NARRATIVE_FIELDS)[number];
export type Narrative = Partial<Record<NarrativeField, string>>;

export interface ReportIndicator {
  id: string;
  name: string;
  level: string;
  unit: string;
  currency: string | null;
  definition: string;
  evaluationLevel: string;
  baselineValue: number | null;
  baselineDate: string | null;
  /** The last period that overlaps the report's dates. */
  period: { key: string; startsOn: string; endsOn: string } | null;
  target: number | null;
  actual: number | null;
  light: TrafficLight;
  progress: number | null;
  /** Every period that began by the end of the report, for the trend chart. */
  trend: { key: string; startsOn: string; endsOn: string; target: number | null; actual: number | null }[];
}

export interface ReportChecks {
  impactMonitoring: CheckResult & {
    participants: number;
    /** The denominator: members and trial partners, or the whole register while none is recorded. */
    actors: number;
    base: 'involved' | 'register';
    surveyId: string | null;
  };
  baselineObservation: CheckResult & { observedOn: string | null };
}

export interface MonitoringReportData {
  id: string;
  workspace: string;
  workspaceKind: string;
  title: string;
  startsOn: string;
  endsOn: string;
  tolerance: number;
  narrative: Narrative;
  updatedAt: string;
  indicators: ReportIndicator[];
  lights: Record<TrafficLight, number>;
  checks: ReportChecks | null;
}

const num = (v: string | null | undefined) => (v === null || v === undefined ? null : Number(v));

/**
 * The participation checks of the GIZ guide for a cluster initiative: impact monitoring needs 70 %
 * of the actors (001_2b00e659d173dc60.txt:2978), measured as the responses to the survey chosen in
 * the monitoring settings (else the latest member satisfaction survey sent, else the latest survey
 * sent) over the actors actively involved (members and trial partners; the whole register while
 * no member is recorded); the baseline observation needs 15 cluster firms
 * (001_2b00e659d173dc60.txt:3757), as recorded by the team.
 */
export async function monitoringChecks(db: Database, workspaceId: string): Promise<ReportChecks> {
  const settings = await db
    .selectFrom('monitoring_settings')
    .select([
      'participation_survey_id',
      'baseline_firms',
      sql<string | null>`baseline_observed_on::text`.as('baseline_observed_on'),
    ])
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  let surveyId = settings?.participation_survey_id ?? null;
  if (!surveyId) {
    const latest = await db
      .selectFrom('surveys')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('sent_at', 'is not', null)
      .orderBy(sql`purpose = 'member_satisfaction'`, 'desc')
      .orderBy('sent_at', 'desc')
      .executeTakeFirst();
    surveyId = latest?.id ?? null;
  }
  const participants = surveyId
    ? Number(
        (
          await db
            .selectFrom('survey_responses')
            .select(sql<string>`count(*)::text`.as('n'))
            .where('survey_id', '=', surveyId)
            .executeTakeFirst()
        )?.n ?? 0,
      )
    : 0;
  // The denominator is the actors actively involved, members and trial partners (fidelity issue,
  // item 15): counting every actor of the register, prospects and leavers included, flagged a survey
  // every member answered. Before any member is recorded, the register stands in, and says so.
  const counts = await db
    .selectFrom('actors')
    .select([
      sql<string>`count(*)::text`.as('register'),
      sql<string>`count(*) filter (where membership_stage in ('member', 'trial'))::text`.as('involved'),
    ])
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  const involved = Number(counts?.involved ?? 0);
  const base: 'involved' | 'register' = involved > 0 ? 'involved' : 'register';
  const actors = base === 'involved' ? involved : Number(counts?.register ?? 0);
  return {
    impactMonitoring: { ...participationCheck(participants, actors), participants, actors, base, surveyId },
    baselineObservation: {
      ...baselineObservationCheck(settings?.baseline_firms ?? null),
      observedOn: settings?.baseline_observed_on ?? null,
    },
  };
}

export async function collectReport(
  db: Database,
  workspaceId: string,
  reportId: string,
): Promise<MonitoringReportData> {
  const r = await db
    .selectFrom('monitoring_reports as r')
    .innerJoin('workspaces as w', 'w.id', 'r.workspace_id')
    .select([
      'r.id',
      'r.title',
      sql<string>`r.starts_on::text`.as('starts_on'),
      sql<string>`r.ends_on::text`.as('ends_on'),
      'r.tolerance',
      'r.narrative',
      'r.updated_at',
      'w.name as workspace',
      'w.kind as workspace_kind',
    ])
    .where('r.id', '=', reportId)
    .where('r.workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!r) throw notFound('Monitoring report');
  const tolerance = Number(r.tolerance);
  const indicators = await db
    .selectFrom('indicators')
    .select([
      'id',
      'name',
      'level',
      'unit',
      'currency',
      'definition',
      'evaluation_level',
      'baseline_value',
      sql<string | null>`baseline_date::text`.as('baseline_date'),
    ])
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .execute();
  const periods = await db
    .selectFrom('indicator_periods as p')
    .leftJoin('indicator_values as v', (j) => j.onRef('v.period_id', '=', 'p.id').on('v.segment', '=', ''))
    .select([
      'p.indicator_id',
      'p.period_key',
      sql<string>`p.starts_on::text`.as('starts_on'),
      sql<string>`p.ends_on::text`.as('ends_on'),
      'p.target',
      'v.value',
    ])
    .where('p.workspace_id', '=', workspaceId)
    .where('p.starts_on', '<=', r.ends_on)
    .orderBy('p.starts_on')
    .execute();
  const out: ReportIndicator[] = indicators
    .map((i) => {
      const trend = periods
        .filter((p) => p.indicator_id === i.id)
        .map((p) => ({
          key: p.period_key,
          startsOn: p.starts_on,
          endsOn: p.ends_on,
          target: num(p.target),
          actual: num(p.value),
        }));
      const current = [...trend].reverse().find((p) => p.endsOn >= r.starts_on) ?? null;
      const baseline = num(i.baseline_value);
      const target = current?.target ?? null;
      const actual = current?.actual ?? null;
      return {
        id: i.id,
        name: i.name,
        level: i.level,
        unit: i.unit,
        currency: i.currency,
        definition: i.definition,
        evaluationLevel: i.evaluation_level,
        baselineValue: baseline,
        baselineDate: i.baseline_date,
        period: current ? { key: current.key, startsOn: current.startsOn, endsOn: current.endsOn } : null,
        target,
        actual,
        light: trafficLight({ actual, target, baseline, tolerance }),
        progress: progressToTarget(actual, target, baseline),
        trend,
      };
    })
    .sort(
      (a, b) =>
        RESULTS_LEVELS.indexOf(b.level as never) - RESULTS_LEVELS.indexOf(a.level as never) ||
        a.name.localeCompare(b.name),
    );
  const lights: Record<TrafficLight, number> = { green: 0, amber: 0, red: 0, none: 0 };
  for (const i of out) lights[i.light] += 1;
  return {
    id: r.id,
    workspace: r.workspace,
    workspaceKind: r.workspace_kind,
    title: r.title,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    tolerance,
    narrative: (r.narrative ?? {}) as Narrative,
    updatedAt: new Date(r.updated_at).toISOString(),
    indicators: out,
    lights,
    checks: r.workspace_kind === 'cluster_initiative' ? await monitoringChecks(db, workspaceId) : null,
  };
}
