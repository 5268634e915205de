import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestContext,
  signIn,
  uploadAs,
  workspaceByKind,
  type Session,
  type TestContext,
} from './helpers.js';

let ctx: TestContext;
let manager: Session;
let staff: Session;
let ws: string;
const url = (p: string) => `/api/v1/workspaces/${ws}${p}`;
const count = async (table: 'actors' | 'services' | 'events' | 'membership_stage_changes') =>
  Number(
    (
      await ctx.app.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

describe('imports of members, services and events (all or nothing)', () => {
  it('imports members: new actors join at their stage, known ones move, a bad row changes nothing', async () => {
    const known = (await as(ctx.app, manager).get(url('/actors?type=research&limit=1'))).json().actors[0];
    const [actorsBefore, changesBefore] = [await count('actors'), await count('membership_stage_changes')];
    const bad = [
      'name,actor_type,membership_stage,email',
      'Fresh Fields Co-op,firm,member,info@freshfields.example',
      `${known.name},,trial,`,
      'Sun Valley Honey,firm,honorary,',
    ].join('\n');
    const res = await uploadAs(ctx.app, manager, url('/membership/import'), 'members.csv', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'members.csv:4 (column "membership_stage"): "honorary" is not one of prospect, contacted, applied, trial, member, left',
    );
    expect([await count('actors'), await count('membership_stage_changes')]).toEqual([
      actorsBefore,
      changesBefore,
    ]);

    const good = bad.replace('honorary', 'prospect');
    const ok = await uploadAs(ctx.app, manager, url('/membership/import'), 'members.csv', good);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toEqual({ imported: 3, added: 2, updated: 1 });
    const pipeline = (await as(ctx.app, manager).get(url('/membership/pipeline'))).json().stages;
    const names = (stage: string) =>
      pipeline.find((s: { stage: string }) => s.stage === stage).actors.map((a: { name: string }) => a.name);
    expect(names('trial')).toContain(known.name);
    expect(names('member')).toContain('Fresh Fields Co-op');
    expect(names('prospect')).toContain('Sun Valley Honey');
    expect(await count('membership_stage_changes')).toBe(changesBefore + 3);
    expect((await uploadAs(ctx.app, staff, url('/membership/import'), 'members.csv', good)).statusCode).toBe(
      403,
    );
  });

  it('moves known actors in bulk: the columns a row gives change, the others stay, other workspaces untouched', async () => {
    const list = (await as(ctx.app, manager).get(url('/actors?type=firm&limit=3'))).json().actors as {
      id: string;
      name: string;
      sector: string | null;
      email: string | null;
    }[];
    expect(list).toHaveLength(3);
    const file = [
      'name,actor_type,membership_stage,sector,email',
      `${list[0]!.name},,member,Dairy processing,dairy@example.org`,
      `${list[1]!.name},,applied,,`,
      `${list[2]!.name},,member,,third@example.org`,
    ].join('\n');
    const res = await uploadAs(ctx.app, manager, url('/membership/import'), 'moves.csv', file);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ imported: 3, added: 0, updated: 3 });
    const after = async (id: string) =>
      ctx.handle.db
        .selectFrom('actors')
        .select(['sector', 'email', 'membership_stage', 'status'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    expect(await after(list[0]!.id)).toMatchObject({
      sector: 'Dairy processing',
      email: 'dairy@example.org',
      membership_stage: 'member',
      status: 'member',
    });
    // Empty cells change nothing.
    expect(await after(list[1]!.id)).toMatchObject({
      sector: list[1]!.sector,
      email: list[1]!.email,
      membership_stage: 'applied',
    });
    expect(await after(list[2]!.id)).toMatchObject({
      sector: list[2]!.sector,
      email: 'third@example.org',
      membership_stage: 'member',
    });
  });

  it('imports services onto the matrix from XLSX and names the cell at fault', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('services');
    sheet.addRow([
      'name',
      'objective',
      'field_of_action',
      'frequency',
      'beneficiaries',
      'effort_min',
      'effort_max',
      'relevance',
      'fee_model',
      'member_price',
      'non_member_price',
      'currency',
      'trust_level',
    ]);
    sheet.addRow([
      'Export coaching',
      'Internationalisation',
      'Market analyses; search profiles',
      'occasionally',
      'few',
      'medium',
      'high',
      'high',
      'paid',
      200,
      500,
      'EUR',
      'medium',
    ]);
    sheet.addRow([
      'Supplier days',
      '',
      'Tailor-made matching "Supplier meets OEM"',
      'rarely',
      'many',
      'high',
      '',
      'medium',
      'paid',
      -5,
      100,
      'EUR',
      'low',
    ]);
    const before = await count('services');
    const res = await uploadAs(
      ctx.app,
      staff,
      url('/services/import'),
      'services.xlsx',
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'services.xlsx:3 (column "member_price"): A price cannot be negative',
    );
    expect(await count('services')).toBe(before);
    // a member price above the non-member price is no refusal: the seed gives no such rule (000:197)
    sheet.getRow(3).getCell(10).value = 300;
    const ok = await uploadAs(
      ctx.app,
      staff,
      url('/services/import'),
      'services.xlsx',
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toEqual({ imported: 2 });
    const services = (await as(ctx.app, staff).get(url('/services?status=draft'))).json().services;
    expect(services.find((s: { name: string }) => s.name === 'Supplier days')).toMatchObject({
      effort_min: 'high',
      effort_max: 'high',
      objective: 'Business development (national)',
    });
  });

  it('imports events and refuses an unknown column', async () => {
    const before = await count('events');
    const unknown = await uploadAs(
      ctx.app,
      staff,
      url('/events/import'),
      'events.csv',
      'title,starts_at,ends_at,room\nX,2027-03-01 09:00,2027-03-01 12:00,A\n',
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('events.csv:1 (column "room"): unknown column "room"');
    const backwards = await uploadAs(
      ctx.app,
      staff,
      url('/events/import'),
      'events.csv',
      'title,starts_at,ends_at,capacity\nA,2027-03-01 09:00,2027-03-01 12:00,20\nB,2027-03-02 09:00,2027-03-02 08:00,\n',
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.message).toBe(
      'events.csv:3 (column "ends_at"): the event must end after it starts',
    );
    expect(await count('events')).toBe(before);
    const ok = await uploadAs(
      ctx.app,
      staff,
      url('/events/import'),
      'events.csv',
      'title,kind,starts_at,ends_at,capacity,location\nQuality day,workshop,2027-03-01 09:00,2027-03-01 12:00,20,Port hall\nBuyers mission,trade fair,2027-04-10T08:00+02:00,2027-04-12T18:00+02:00,,Paris\n',
    );
    expect(ok.statusCode).toBe(201);
    const events = (await as(ctx.app, staff).get(url('/events?when=all&limit=200'))).json().events;
    const mission = events.find((e: { title: string }) => e.title === 'Buyers mission');
    expect(mission).toMatchObject({ kind: 'trade_fair', capacity: null, location: 'Paris' });
    expect(new Date(mission.starts_at).toISOString()).toBe('2027-04-10T06:00:00.000Z');
  });
});
