import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/secrets.js';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

// Hardening issue, item 18: isolation stays proven. Every workspace route of the router is called
// by the owner of another workspace, (1) in the victim's workspace and (2) in the attacker's own
// workspace with object ids of the victim's, with a body built from the route's own schema. Any
// 2xx fails the test: it would read or change data of a workspace the caller is not in.

let ctx: TestContext;
let attacker: Session;
const victims: Record<'cluster_initiative' | 'programme', string> = { cluster_initiative: '', programme: '' };
const own: Record<'cluster_initiative' | 'programme', string> = { cluster_initiative: '', programme: '' };

/** The table whose rows a path parameter names. */
const TABLES: Record<string, string[]> = {
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
  packageId: ['project_work_packages'],
  milestoneId: ['project_milestones'],
  lineId: ['project_budget_lines'],
  categoryId: ['fee_categories'],
  linkId: ['membership_application_links'],
  objectiveId: ['service_objectives'],
  fieldId: ['service_fields'],
};

type Row = Record<string, unknown>;
const rowsByTable = new Map<string, Row[]>();

beforeAll(async () => {
  ctx = await createTestContext();
  const admin = await signIn(ctx.app, 'admin@demo.agglomera.org');
  victims.cluster_initiative = workspaceByKind(admin, 'cluster_initiative');
  victims.programme = workspaceByKind(admin, 'programme');
  await ctx.handle.db
    .insertInto('users')
    .values({
      email: 'attacker@example.org',
      name: 'Attacker (test)',
      password_hash: await hashPassword('attacker-password'),
    })
    .execute();
  attacker = await signIn(ctx.app, 'attacker@example.org', 'attacker-password');
  for (const kind of ['cluster_initiative', 'programme'] as const) {
    const res = await as(ctx.app, attacker).post('/api/v1/workspaces', { name: `Attacker ${kind}`, kind });
    expect(res.statusCode, res.body).toBe(201);
    own[kind] = res.json().id ?? res.json().workspace?.id;
  }
  // Rows of the victims' workspaces, by table (tables without a workspace column are left out).
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.columns
    where column_name = 'workspace_id' and table_schema = current_schema()`.execute(ctx.handle.db);
  for (const { table_name } of tables.rows) {
    const rows =
      await sql<Row>`select * from ${sql.table(table_name)} where workspace_id in (${victims.cluster_initiative}, ${victims.programme}) limit 3`.execute(
        ctx.handle.db,
      );
    rowsByTable.set(
      table_name,
      rows.rows.filter((r) => typeof r.id === 'string'),
    );
  }
  const users = await sql<Row>`select u.id from users u join memberships m on m.user_id = u.id
    where m.workspace_id = ${victims.cluster_initiative} limit 3`.execute(ctx.handle.db);
  rowsByTable.set('users', users.rows);
  TABLES.userId = ['users'];
}, 180_000);
afterAll(async () => ctx?.close());

/** A value valid enough for the route's schema to let the request reach its handler. */
function sample(
  schema: Record<string, unknown> | undefined,
  ids: Record<string, string>,
  name = '',
): unknown {
  if (!schema) return undefined;
  const s = schema as {
    type?: string | string[];
    const?: unknown;
    enum?: unknown[];
    anyOf?: Record<string, unknown>[];
    oneOf?: Record<string, unknown>[];
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
    items?: Record<string, unknown>;
    format?: string;
    minimum?: number;
    minItems?: number;
    minLength?: number;
    pattern?: string;
  };
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const union = s.anyOf ?? s.oneOf;
  if (union) return sample(union.find((u) => u.type !== 'null') ?? union[0], ids, name);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type === 'object' || s.properties) {
    const out: Record<string, unknown> = {};
    for (const [key, prop] of Object.entries(s.properties ?? {}))
      if ((s.required ?? []).includes(key)) out[key] = sample(prop, ids, key);
    return out;
  }
  if (type === 'array') return Array.from({ length: s.minItems ?? 1 }, () => sample(s.items, ids, name));
  if (type === 'integer' || type === 'number') return Math.max(s.minimum ?? 1, 1);
  if (type === 'boolean') return true;
  if (s.format === 'uuid') return ids[name] ?? Object.values(ids)[0] ?? randomUUID();
  if (s.format === 'date-time') return '2027-01-01T00:00:00Z';
  if (s.format === 'date' || s.pattern?.includes('\\d{4}')) return '2027-01-01';
  if (s.format === 'email') return 'someone@example.org';
  return 'x'.repeat(Math.max(s.minLength ?? 1, 1));
}

interface Operation {
  method: string;
  url: string;
  kinds: ('cluster_initiative' | 'programme')[];
  body?: Record<string, unknown>;
  query: { name: string; schema: Record<string, unknown> }[];
}

function operations(): Operation[] {
  const doc = ctx.app.swagger() as unknown as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
  };
  const bodies = new Map<string, Record<string, unknown>>();
  const queries = new Map<string, Operation['query']>();
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(methods)) {
      const key = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
      const params = (op.parameters ?? []) as {
        in: string;
        name: string;
        required?: boolean;
        schema: Record<string, unknown>;
      }[];
      queries.set(
        key,
        params.filter((p) => p.in === 'query' && p.required),
      );
      const body = (op.requestBody as { content?: Record<string, { schema?: Record<string, unknown> }> })
        ?.content?.['application/json']?.schema;
      if (body) bodies.set(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, body);
    }
  return ctx.app.registeredRoutes
    .filter((r) => r.policy?.access === 'workspace' && r.method !== 'HEAD' && r.method !== 'OPTIONS')
    .map((r) => {
      const policy = r.policy as { kinds?: ('cluster_initiative' | 'programme')[] };
      return {
        method: r.method,
        url: r.url,
        kinds: policy.kinds ?? ['cluster_initiative', 'programme'],
        body: bodies.get(`${r.method} ${r.url}`),
        query: queries.get(`${r.method} ${r.url}`) ?? [],
      };
    });
}

/** Ids of the victim for each parameter of the path, consistent where the rows say so. */
function victimParams(url: string): Record<string, string>[] {
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

const fill = (op: Operation, workspaceId: string, params: Record<string, string>) => {
  const path = op.url
    .replace(':workspaceId', workspaceId)
    .replace(/:(\w+)/g, (_m, p: string) => params[p] ?? randomUUID());
  const query = new URLSearchParams(
    op.query.map((q) => [q.name, String(sample(q.schema, params, q.name))]),
  ).toString();
  return query ? `${path}?${query}` : path;
};

describe('tenant isolation over every route', () => {
  it('never answers 2xx to the owner of another workspace', async () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(150);
    const leaks: string[] = [];
    const errors: string[] = [];
    let calls = 0;
    const call = async (method: string, url: string, body: unknown) => {
      calls++;
      const res = await ctx.app.inject({
        method: method as 'GET',
        url,
        headers: { cookie: attacker.cookie, 'x-csrf-token': attacker.csrf },
        ...(body !== undefined ? { payload: body as object } : {}),
      });
      if (res.statusCode < 300) leaks.push(`${method} ${url} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      if (res.statusCode >= 500) errors.push(`${method} ${url} → ${res.statusCode}`);
      return res.statusCode;
    };
    for (const op of ops) {
      for (const kind of op.kinds) {
        const sets = victimParams(op.url);
        const params = sets[0] ?? {};
        const body = sample(op.body, params);
        // (1) In the victim's workspace: the attacker is not a member, so nothing exists there
        // (or the request is refused as malformed before anything is looked up).
        const status = await call(op.method, fill(op, victims[kind], params), body);
        expect([400, 404], `${op.method} ${op.url}`).toContain(status);
        // (2) In the attacker's own workspace, with the victim's object ids.
        for (const ids of sets) await call(op.method, fill(op, own[kind], ids), sample(op.body, ids));
      }
    }
    expect(calls).toBeGreaterThan(300);
    expect(leaks).toEqual([]);
    // Not a leak, but never the caller's fault either: listed for whoever reads a failure.
    expect(errors).toEqual([]);
  }, 600_000);
});
