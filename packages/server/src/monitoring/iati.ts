import { sql } from 'kysely';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
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
  /** The publisher's IATI organisation identifier; without one a local placeholder is used. */
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

/**
 * A structural check of an IATI 2.03 activity file: well-formed XML, the element order and
 * cardinality of the schema's sequences (iati-activities-schema.xsd) for the elements this export
 * writes, required attributes, and xsd:date / xsd:boolean / positiveInteger attribute values.
 * It is not an XSD validation: codelists and elements outside this subset are not checked.
 * Returns the problems found, empty when none.
 */
type Occ = [name: string, min: number, max: number];
const INF = Infinity;
interface Model {
  seq?: Occ[];
  required?: string[];
  dates?: string[];
  booleans?: string[];
  integers?: string[];
  text?: boolean;
}
const withNarratives = (min: number): Model => ({ seq: [['narrative', min, INF]] });
const valueModel: Model = {
  required: ['value'],
  seq: [
    ['location', 0, INF],
    ['dimension', 0, INF],
    ['comment', 0, 1],
  ],
};
const MODELS: Record<string, Model> = {
  'iati-activities': { required: ['version'], seq: [['iati-activity', 1, INF]] },
  'iati-activity': {
    booleans: ['humanitarian'],
    seq: [
      ['iati-identifier', 1, 1],
      ['reporting-org', 1, 1],
      ['title', 1, 1],
      ['description', 1, INF],
      ['participating-org', 1, INF],
      ['other-identifier', 0, INF],
      ['activity-status', 1, 1],
      ['activity-date', 1, INF],
      ['contact-info', 0, INF],
      ['activity-scope', 0, 1],
      ['recipient-country', 0, INF],
      ['recipient-region', 0, INF],
      ['location', 0, INF],
      ['sector', 0, INF],
      ['country-budget-items', 0, 1],
      ['humanitarian-scope', 0, INF],
      ['policy-marker', 0, INF],
      ['collaboration-type', 0, 1],
      ['default-flow-type', 0, 1],
      ['default-finance-type', 0, 1],
      ['default-aid-type', 0, 1],
      ['default-tied-status', 0, 1],
      ['budget', 0, INF],
      ['planned-disbursement', 0, INF],
      ['capital-spend', 0, 1],
      ['transaction', 0, INF],
      ['document-link', 0, INF],
      ['related-activity', 0, INF],
      ['legacy-data', 0, INF],
      ['conditions', 0, 1],
      ['result', 0, INF],
      ['crs-add', 0, 1],
      ['fss', 0, 1],
    ],
  },
  'iati-identifier': { text: true },
  'reporting-org': { required: ['ref', 'type'], ...withNarratives(1) },
  'participating-org': { required: ['role'], ...withNarratives(0) },
  title: withNarratives(1),
  description: withNarratives(1),
  comment: withNarratives(1),
  narrative: { text: true },
  'activity-status': { required: ['code'], seq: [] },
  'activity-date': { required: ['iso-date', 'type'], dates: ['iso-date'], ...withNarratives(0) },
  result: {
    required: ['type'],
    booleans: ['aggregation-status'],
    seq: [
      ['title', 1, 1],
      ['description', 0, 1],
      ['indicator', 1, INF],
    ],
  },
  indicator: {
    required: ['measure'],
    booleans: ['ascending', 'aggregation-status'],
    seq: [
      ['title', 1, 1],
      ['description', 0, 1],
      ['reference', 0, INF],
      ['baseline', 0, 1],
      ['period', 0, INF],
    ],
  },
  baseline: { required: ['year', 'value'], integers: ['year'], seq: [['comment', 0, 1]] },
  period: {
    seq: [
      ['period-start', 1, 1],
      ['period-end', 1, 1],
      ['target', 0, 1],
      ['actual', 0, 1],
    ],
  },
  'period-start': { required: ['iso-date'], dates: ['iso-date'], seq: [] },
  'period-end': { required: ['iso-date'], dates: ['iso-date'], seq: [] },
  target: valueModel,
  actual: valueModel,
};

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };
const nameOf = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

export function checkIatiStructure(xml: string): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true)
    return [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const tree = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    trimValues: true,
  }).parse(xml) as Node[];
  const problems: string[] = [];
  const roots = tree.filter((n) => nameOf(n) !== '?xml');
  if (roots.length !== 1 || nameOf(roots[0]!) !== 'iati-activities')
    return ['the root element must be iati-activities'];
  const visit = (node: Node, path: string) => {
    const name = nameOf(node);
    const here = `${path}/${name}`;
    const model = MODELS[name];
    const attrs = node[':@'] ?? {};
    const children = (node[name] as Node[]).filter((c) => nameOf(c) !== '#text');
    if (!model) return; // outside the checked subset
    for (const a of model.required ?? [])
      if (!(a in attrs) || attrs[a] === '') problems.push(`${here}: attribute ${a} is required`);
    for (const a of model.dates ?? [])
      if (a in attrs && !isDate(attrs[a]!)) problems.push(`${here}: ${a}="${attrs[a]}" is not a date`);
    for (const a of model.booleans ?? [])
      if (a in attrs && !['true', 'false', '1', '0'].includes(attrs[a]!))
        problems.push(`${here}: ${a}="${attrs[a]}" is not a boolean`);
    for (const a of model.integers ?? [])
      if (a in attrs && !/^\+?0*[1-9]\d*$/.test(attrs[a]!))
        problems.push(`${here}: ${a}="${attrs[a]}" is not a positive integer`);
    if (model.text) {
      if (children.length) problems.push(`${here}: may hold text only`);
      return;
    }
    const seq = model.seq ?? [];
    let at = 0;
    const counts = new Array<number>(seq.length).fill(0);
    for (const child of children) {
      const cn = nameOf(child);
      let k = at;
      while (k < seq.length && seq[k]![0] !== cn) k++;
      if (k === seq.length) {
        problems.push(
          seq.some((s) => s[0] === cn)
            ? `${here}: ${cn} is out of order`
            : `${here}: ${cn} is not allowed here`,
        );
        continue;
      }
      for (let j = at; j < k; j++)
        if (counts[j]! < seq[j]![1]) problems.push(`${here}: ${seq[j]![0]} is missing before ${cn}`);
      at = k;
      counts[k]! += 1;
      if (counts[k]! > seq[k]![2]) problems.push(`${here}: ${cn} appears more than ${seq[k]![2]} time(s)`);
      visit(child, here);
    }
    for (let j = at; j < seq.length; j++)
      if (counts[j]! < seq[j]![1] && !(j < at)) problems.push(`${here}: ${seq[j]![0]} is missing`);
  };
  visit(roots[0]!, '');
  if (!/version="2\.03"/.test(xml)) problems.push('/iati-activities: version must be 2.03');
  return problems;
}
