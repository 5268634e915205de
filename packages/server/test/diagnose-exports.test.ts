import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

/**
 * Exports of the diagnosis lists (fidelity issue, item 22): constraints, stakeholders, analyses,
 * member cards and an association assessment's answers download as CSV and XLSX, on the demo.
 */
let ctx: TestContext;
let manager: Session;
let member: Session;
let ws: string;
const url = (p: string) => `/api/v1/workspaces/${ws}${p}`;

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true });
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

const csvRows = (body: string) => body.trim().split('\r\n');

describe('diagnosis exports', () => {
  it('exports each list as CSV with one row per record, the header naming the fields', async () => {
    const m = as(ctx.app, manager);
    const cases: [string, string, string][] = [
      [
        '/constraints',
        'constraints',
        'tier,kind,deficiency,title,description,identified_on,revised_at,actors,created_at',
      ],
      ['/stakeholders', 'stakeholders', 'name,actor_type,assessment,influence,description,measure'],
      ['/analyses?framework=swot', 'items', 'framework,category,sign,text,tags,evidence,source,created_at'],
      ['/member-cards', 'memberCards', 'persona,actor_name,member_role'],
    ];
    for (const [path, key, header] of cases) {
      const json = (await m.get(url(path))).json();
      const list = json[key] as unknown[];
      expect(list.length, path).toBeGreaterThan(0);
      const res = await m.get(url(`${path}${path.includes('?') ? '&' : '?'}format=csv`));
      expect(res.statusCode, path).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const rows = csvRows(res.body);
      expect(rows[0], path).toContain(header);
      expect(rows.length - 1, path).toBe(list.length);
    }
  });

  it('exports an association assessment’s answers as XLSX, part and question beside each answer', async () => {
    const m = as(ctx.app, manager);
    const list = (await m.get(url('/association-assessments'))).json().assessments as { id: string }[];
    expect(list.length).toBeGreaterThan(0);
    const detail = (await m.get(url(`/association-assessments/${list[0]!.id}`))).json();
    const answers = (detail.questions as { answers: unknown[] }[]).flatMap((q) => q.answers);
    const res = await m.get(url(`/association-assessments/${list[0]!.id}?format=xlsx`));
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'part',
      'question_id',
      'question',
      'association',
      'informant',
      'answer',
      'created_at',
    ]);
    expect(sheet.rowCount - 1).toBe(answers.length);
    if (answers.length) expect(['A', 'B', 'C']).toContain(sheet.getRow(2).getCell(1).value);
  });

  it('refuses an unknown format and keeps the lists from members', async () => {
    const m = as(ctx.app, manager);
    expect((await m.get(url('/constraints?format=pdf'))).statusCode).toBe(400);
    expect((await as(ctx.app, member).get(url('/stakeholders?format=csv'))).statusCode).toBe(403);
  });
});

describe('the demo of the fidelity corrections (issue 16, items 18 and 20)', () => {
  it('reads the demo satisfaction survey: communication not met, the micro members least satisfied', async () => {
    const m = as(ctx.app, manager);
    const { satisfactionSurveys } = (await m.get(url('/monitoring/reports'))).json();
    expect(satisfactionSurveys.length).toBeGreaterThan(0);
    const c = (await m.get(url(`/monitoring/satisfaction/${satisfactionSurveys[0].id}`))).json();
    expect(c).toMatchObject({ responses: 16, members: 12, nonMembers: 4, unmet: ['communication'] });
    const mean = (size: string) =>
      c.bySize
        .find((b: { size: string }) => b.size === size)
        .indicators.find((i: { name: string }) => i.name === 'governance').mean;
    expect(mean('micro')).toBe(3);
    expect(mean('large')).toBeCloseTo(14 / 3);
  });

  it('ties a demo member card to the service whose value proposition it assesses', async () => {
    const cards = (await as(ctx.app, manager).get(url('/member-cards'))).json().memberCards;
    expect(cards.find((c: { service_name: string | null }) => c.service_name)).toMatchObject({
      persona: 'Owner of a family bakery (demo)',
      service_name: 'Joint procurement (demo)',
    });
  });
});
