import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { App } from '../src/app.js';
import type { Database } from '../src/db/database.js';

// Walks the routes of the app's OpenAPI description, for the generated tests (isolation.test.ts,
// bad-input.test.ts): which routes there are, a body valid enough for each, and ids of real rows
// for their path parameters.

export type Kind = 'cluster_initiative' | 'programme';
export type JsonSchema = Record<string, unknown>;

/** The table whose rows a path parameter names. */
export const TABLES: Record<string, string[]> = {
  surveyId: ['surveys'],
  indicatorId: ['indicators'],
  eventId: ['events'],
  datasetId: ['map_datasets'],
  actorId: ['actors'],
  projectId: ['projects'],
  exerciseId: ['selection_exercises'],
  serviceId: ['services'],
  groupId: ['working_groups'],
  evaluationId: ['evaluations'],
  chainId: ['value_chains'],
  assessmentId: ['benchmark_assessments', 'association_assessments', 'stakeholder_assessments'],
  reportId: ['monitoring_reports'],
  itemId: ['results_items', 'analysis_items'],
  stageId: ['value_chain_stages'],
  registrationId: ['event_registrations'],
  recommendationId: ['evaluation_recommendations', 'benchmark_recommendations'],
  followId: ['programme_follows'],
  cardId: ['member_cards'],
  tieId: ['actor_ties'],
  taskId: ['project_tasks'],
  needId: ['needs'],
  messageId: ['messages'],
  jobId: ['jobs'],
  listId: ['mailing_lists'],
  invoiceId: ['fee_invoices'],
  invitationId: ['invitations'],
  hypothesisId: ['impact_hypotheses'],
  geographyId: ['map_geographies'],
  constraintId: ['constraints'],
  competenceId: ['competences'],
  applicationId: ['membership_applications'],
  actionId: ['joint_actions'],
  processId: ['processes'],
  cycleId: ['pdca_cycles'],
  candidateId: ['selection_candidates'],
  criterionId: ['selection_criteria'],
  pathwayId: ['constraint_pathways'],
  effectId: ['constraints'],
  packageId: ['project_work_packages'],
  milestoneId: ['project_milestones'],
  lineId: ['project_budget_lines'],
  categoryId: ['fee_categories'],
  linkId: ['membership_application_links'],
  objectiveId: ['service_objectives'],
  fieldId: ['service_fields'],
  userId: ['users'],
  canvasId: ['business_canvases'],
  roadmapId: ['roadmaps'],
  postingId: ['partner_postings'],
  interestId: ['partner_interests'],
};

export type Row = Record<string, unknown>;
export type Rows = Map<string, Row[]>;

/** Up to three rows of each table of the given workspaces, and users who are members of the first. */
export async function loadRows(db: Database, workspaceIds: string[]): Promise<Rows> {
  const rowsByTable: Rows = new Map();
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.columns
    where column_name = 'workspace_id' and table_schema = current_schema()`.execute(db);
  for (const { table_name } of tables.rows) {
    const rows =
      await sql<Row>`select * from ${sql.table(table_name)} where workspace_id in (${sql.join(workspaceIds)}) limit 3`.execute(
        db,
      );
    rowsByTable.set(
      table_name,
      rows.rows.filter((r) => typeof r.id === 'string'),
    );
  }
  const users = await sql<Row>`select u.id from users u join memberships m on m.user_id = u.id
    where m.workspace_id = ${workspaceIds[0]} limit 3`.execute(db);
  rowsByTable.set('users', users.rows);
  return rowsByTable;
}

/**
 * A value valid enough for the route's schema to let the request reach its handler: the required
 * fields of an object (at least one field, since an edit must name something to change), or all of
 * them when `everyField` is set.
 */
export function sample(
  schema: JsonSchema | undefined,
  ids: Record<string, string>,
  name = '',
  everyField = false,
): unknown {
  if (!schema) return undefined;
  const s = schema as {
    type?: string | string[];
    const?: unknown;
    enum?: unknown[];
    anyOf?: JsonSchema[];
    oneOf?: JsonSchema[];
    properties?: Record<string, JsonSchema>;
    required?: string[];
    items?: JsonSchema;
    format?: string;
    minimum?: number;
    minItems?: number;
    minLength?: number;
    pattern?: string;
  };
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const union = s.anyOf ?? s.oneOf;
  if (union) return sample(union.find((u) => u.type !== 'null') ?? union[0], ids, name, everyField);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type === 'object' || s.properties) {
    const out: Record<string, unknown> = {};
    const properties = Object.entries(s.properties ?? {});
    for (const [key, prop] of properties)
      if (everyField || (s.required ?? []).includes(key)) out[key] = sample(prop, ids, key, everyField);
    if (!Object.keys(out).length && properties.length) {
      const [key, prop] = properties[0]!;
      out[key] = sample(prop, ids, key, everyField);
    }
    return out;
  }
  if (type === 'array')
    return Array.from({ length: s.minItems ?? 1 }, () => sample(s.items, ids, name, everyField));
  if (type === 'integer' || type === 'number') return Math.max(s.minimum ?? 1, 1);
  if (type === 'boolean') return true;
  if (s.format === 'uuid') return ids[name] ?? Object.values(ids)[0] ?? randomUUID();
  if (s.format === 'date-time') return '2027-01-01T00:00:00Z';
  if (s.format === 'date' || s.pattern?.includes('\\d{4}')) return '2027-01-01';
  if (s.format === 'email') return 'someone@example.org';
  return 'x'.repeat(Math.max(s.minLength ?? 1, 1));
}

export interface QueryParameter {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  url: string;
  policy: { access?: string; kinds?: Kind[]; roles?: unknown };
  kinds: Kind[];
  body?: JsonSchema;
  query: QueryParameter[];
}

/** Every route of the app (HEAD and OPTIONS left out), with its JSON body and query parameters. */
export function operations(app: App): Operation[] {
  const doc = app.swagger() as unknown as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
  };
  const bodies = new Map<string, JsonSchema>();
  const queries = new Map<string, QueryParameter[]>();
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(methods)) {
      const key = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
      const params = (op.parameters ?? []) as {
        in: string;
        name: string;
        required?: boolean;
        schema: JsonSchema;
      }[];
      queries.set(
        key,
        params
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: p.required === true, schema: p.schema })),
      );
      const body = (op.requestBody as { content?: Record<string, { schema?: JsonSchema }> })?.content?.[
        'application/json'
      ]?.schema;
      if (body) bodies.set(key, body);
    }
  return app.registeredRoutes
    .filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS')
    .map((r) => {
      const policy = (r.policy ?? {}) as Operation['policy'];
      return {
        method: r.method,
        url: r.url,
        policy,
        kinds: policy.kinds ?? ['cluster_initiative', 'programme'],
        body: bodies.get(`${r.method} ${r.url}`),
        query: queries.get(`${r.method} ${r.url}`) ?? [],
      };
    });
}

/** Ids of rows for each parameter of the path, consistent where the rows say so. */
export function paramSets(url: string, rowsByTable: Rows): Record<string, string>[] {
  const params = [...url.matchAll(/:(\w+)/g)].map((m) => m[1]!).filter((p) => p !== 'workspaceId');
  if (!params.length) return [];
  const last = params[params.length - 1]!;
  const candidates = (TABLES[last] ?? []).flatMap((t) => rowsByTable.get(t) ?? []);
  const first = (p: string) =>
    (TABLES[p] ?? []).flatMap((t) => rowsByTable.get(t) ?? []).map((r) => String(r.id))[0];
  const plain = (p: string) =>
    p === 'period' ? '2026' : p === 'region' ? '06' : p === 'clusterCode' ? '1' : randomUUID();
  const rows = candidates.length ? candidates.slice(0, 2) : [{} as Row];
  return rows.map((row) => {
    const out: Record<string, string> = {};
    for (const p of params) {
      const fk = row[p.replace(/Id$/, '_id')];
      out[p] = p === last && row.id ? String(row.id) : fk ? String(fk) : (first(p) ?? plain(p));
    }
    return out;
  });
}

/** The URL of an operation in a workspace, with its path parameters and required query strings. */
export function fillUrl(op: Operation, workspaceId: string, params: Record<string, string>): string {
  const path = op.url
    .replace(':workspaceId', workspaceId)
    .replace(/:(\w+)/g, (_m, p: string) => params[p] ?? randomUUID());
  const query = new URLSearchParams(
    op.query.filter((q) => q.required).map((q) => [q.name, String(sample(q.schema, params, q.name))]),
  ).toString();
  return query ? `${path}?${query}` : path;
}
