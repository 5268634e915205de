import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestContext,
  signIn,
  uploadAs,
  waitForJob,
  workspaceByKind,
  type Session,
  type TestContext,
} from './helpers.js';

// The answers of routes with a response schema are checked against it in every test
// (http/response-check.ts). These answers of the members, portal and services routes of
// operations come in no other test file, so they are asked for here once each: a wrong schema
// fails here. Every import answers with a job (202): the inline limit is a few bytes.
let ctx: TestContext;
let manager: Session;
let staff: Session;
let member: Session;
let ws: string;
const url = (p: string) => `/api/v1/workspaces/${ws}${p}`;

beforeAll(async () => {
  ctx = await createTestContext({ settings: { importInlineBytes: 10 } });
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
}, 120_000);
afterAll(() => ctx?.close());

describe('answers that match their response schemas', () => {
  it('the portal of a login that speaks for no organisation, and linking a login to one', async () => {
    const none = await as(ctx.app, manager).get(url('/portal'));
    expect(none.statusCode, none.body).toBe(200);
    const mine = await as(ctx.app, member).get(url('/portal'));
    expect(mine.statusCode, mine.body).toBe(200);
    const actorId = mine.json().organisation.id;
    const linked = await as(ctx.app, manager).put(url(`/members/${member.userId}/organisation`), { actorId });
    expect(linked.statusCode, linked.body).toBe(200);
  });

  it('an import of services and one of events that become jobs', async () => {
    const services = await uploadAs(
      ctx.app,
      staff,
      url('/services/import'),
      'services.csv',
      'name,objective,field_of_action,frequency,beneficiaries,effort_min,effort_max,relevance,fee_model,trust_level\n',
    );
    expect(services.statusCode, services.body).toBe(202);
    await waitForJob(ctx.app, services.json().jobId, { allowFailure: true });
    const events = await uploadAs(
      ctx.app,
      staff,
      url('/events/import'),
      'events.csv',
      'title,starts_at,ends_at\nSchema day,2027-03-01 09:00,2027-03-01 12:00\n',
    );
    expect(events.statusCode, events.body).toBe(202);
    await waitForJob(ctx.app, events.json().jobId, { allowFailure: true });
  });
});
