import { sql } from 'kysely';
import type { Database } from '../db/database.js';

/**
 * The results framework as an IATI activity (IATI Standard 2.03: iati-activities/iati-activity/
 * result/indicator/baseline/period/target/actual). One activity per workspace; one result per item
 * of the results chain that has indicators (indicators outside an item form one result per level).
 *
 * Codes used (IATI codelists): ResultType 1 output, 2 outcome, 3 impact, 9 other (inputs and
 * activities); IndicatorMeasure 1 unit, 2 percentage; ActivityStatus 2 implementation;
 * ActivityDateType 2 actual start; OrganisationRole 4 implementing.
 */
export interface IatiOptions {
  /** The publisher's IATI organisation identifier; without one, AGGLOMERA-<workspace id> stands in. */
  reportingOrgRef?: string;
  /** IATI OrganisationType code of the publisher; 90 (other) by default. */
  reportingOrgType?: string;
  now?: Date;
}

const RESULT_TYPE: Record<string, string> = {
  inputs: '9',
  activities: '9',
  outputs: '1',
  outcomes: '2',
  impact: '3',
};
const MEASURE: Record<string, string> = {
  number: '1',
  currency: '1',
  ratio: '1',
  score: '1',
  percentage: '2',
};

const x = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
const narrative = (text: string) => `<narrative>${x(text)}</narrative>`;
const decimal = (v: string) => String(Number(v));

export async function iatiActivityXml(
  db: Database,
  workspaceId: string,
  o: IatiOptions = {},
): Promise<string> {
  const ws = await db
    .selectFrom('workspaces')
    .select(['id', 'name', 'kind'])
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const items = await db
    .selectFrom('results_items')
    .select(['id', 'level', 'title', 'description'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  const indicators = await db
    .selectFrom('indicators')
    .select([
      'id',
      'item_id',
      'level',
      'name',
      'definition',
      'unit',
      'baseline_value',
      sql<string | null>`baseline_date::text`.as('baseline_date'),
      sql<string>`starts_on::text`.as('starts_on'),
    ])
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .execute();
  const periods = await db
    .selectFrom('indicator_periods as p')
    .leftJoin('indicator_values as v', (j) => j.onRef('v.period_id', '=', 'p.id').on('v.segment', '=', ''))
    .select([
      'p.indicator_id',
      sql<string>`p.starts_on::text`.as('starts_on'),
      sql<string>`p.ends_on::text`.as('ends_on'),
      'p.target',
      'v.value',
    ])
    .where('p.workspace_id', '=', workspaceId)
    .orderBy('p.starts_on')
    .execute();
  const now = o.now ?? new Date();
  const orgRef = o.reportingOrgRef?.trim() || `AGGLOMERA-${ws.id}`;
  const orgType = o.reportingOrgType ?? '90';
  const start = indicators.map((i) => i.starts_on).sort()[0] ?? now.toISOString().slice(0, 10);

  const indicatorXml = (i: (typeof indicators)[number]) => {
    const ps = periods.filter((p) => p.indicator_id === i.id && (p.target !== null || p.value !== null));
    const baseline = i.baseline_value === null ? null : Number(i.baseline_value);
    const ascending = !(
      baseline !== null && ps.some((p) => p.target !== null && Number(p.target) < baseline)
    );
    const year = (i.baseline_date ?? i.starts_on).slice(0, 4);
    return [
      `<indicator measure="${MEASURE[i.unit] ?? '1'}" ascending="${ascending ? '1' : '0'}">`,
      `<title>${narrative(i.name)}</title>`,
      i.definition.trim() ? `<description>${narrative(i.definition)}</description>` : '',
      i.baseline_value !== null ? `<baseline year="${year}" value="${decimal(i.baseline_value)}"/>` : '',
      ...ps.map(
        (p) =>
          `<period><period-start iso-date="${p.starts_on}"/><period-end iso-date="${p.ends_on}"/>${
            p.target !== null ? `<target value="${decimal(p.target)}"/>` : ''
          }${p.value !== null ? `<actual value="${decimal(p.value)}"/>` : ''}</period>`,
      ),
      '</indicator>',
    ].join('');
  };
  const groups: { type: string; title: string; description: string; inds: typeof indicators }[] = [];
  for (const it of items) {
    const inds = indicators.filter((i) => i.item_id === it.id);
    if (inds.length)
      groups.push({ type: RESULT_TYPE[it.level] ?? '9', title: it.title, description: it.description, inds });
  }
  for (const level of Object.keys(RESULT_TYPE)) {
    const inds = indicators.filter((i) => i.level === level && !items.some((it) => it.id === i.item_id));
    if (inds.length)
      groups.push({
        type: RESULT_TYPE[level]!,
        title: `${level[0]!.toUpperCase()}${level.slice(1)}`,
        description: '',
        inds,
      });
  }
  const results = groups.map(
    (g) =>
      `<result type="${g.type}" aggregation-status="0"><title>${narrative(g.title)}</title>${
        g.description.trim() ? `<description>${narrative(g.description)}</description>` : ''
      }${g.inds.map(indicatorXml).join('')}</result>`,
  );
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<iati-activities version="2.03" generated-datetime="${stamp}">`,
    `<iati-activity last-updated-datetime="${stamp}" xml:lang="en">`,
    `<iati-identifier>${x(`${orgRef}-${ws.id}`)}</iati-identifier>`,
    `<reporting-org ref="${x(orgRef)}" type="${x(orgType)}">${narrative(ws.name)}</reporting-org>`,
    `<title>${narrative(ws.name)}</title>`,
    `<description>${narrative(`Results framework of ${ws.name}, exported from Agglomera.`)}</description>`,
    `<participating-org role="4">${narrative(ws.name)}</participating-org>`,
    '<activity-status code="2"/>',
    `<activity-date iso-date="${start}" type="2"/>`,
    ...results,
    '</iati-activity>',
    '</iati-activities>',
    '',
  ].join('\n');
}
