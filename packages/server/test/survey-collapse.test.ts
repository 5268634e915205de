import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestContext,
  jobResult,
  signIn,
  uploadAs,
  workspaceByKind,
  type Session,
  type TestContext,
} from './helpers.js';

/**
 * Scale collapse set per question (fidelity issue 16, item 19): IDB Table 6 reports a 4-point
 * capacity scale as Poor / Limited / Good & Excellent (003:723–725) in a survey whose 5-point
 * agreement scales are reported as Disagree / Undecided / Agree & Strongly Agree (Table 4,
 * 003:633–638); each question keeps its own categories.
 */
let ctx: TestContext;
let manager: Session;
let ws: string;
const url = (path: string) => `/api/v1/workspaces/${ws}/surveys${path}`;
const MEMBERS = ['member', 'member2', 'member3', 'member4', 'member5'].map((m) => `${m}@demo.agglomera.org`);
const points = (labels: string[]) => labels.map((en, i) => ({ name: String(i + 1), label: { en } }));
const CAPACITY = points(['Poor', 'Limited', 'Good', 'Excellent']);
const AGREE = points(['Strongly disagree', 'Disagree', 'Undecided', 'Agree', 'Strongly agree']);
const definition = (capacityCollapse: string | undefined, extra: Record<string, unknown> = {}) => ({
  title: { en: 'Capacities after the training' },
  formId: `capacities_${Math.random().toString(36).slice(2, 8)}`,
  anonymous: true,
  deadline: new Date(Date.now() + 7 * 86400_000).toISOString(),
  questions: [
    {
      name: 'value_chain',
      type: 'likert',
      label: { en: 'To perform value chain analysis' },
      choices: CAPACITY,
      ...(capacityCollapse ? { collapse: capacityCollapse } : {}),
      ...extra,
    },
    { name: 'design', type: 'likert', label: { en: 'Designing cluster projects' }, choices: AGREE },
  ],
});

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

describe('collapse set per question', () => {
  let surveyId: string;

  it('collapses a 4-point scale into three categories beside a 5-point scale', async () => {
    const m = as(ctx.app, manager);
    const created = await m.post(url(''), definition(' 1, 2, 3-4 '));
    expect(created.statusCode).toBe(201);
    surveyId = created.json().id;
    await jobResult(ctx.app, await m.post(url(`/${surveyId}/send`), { members: true, actors: 'none' }));
    const answers = [
      ['2', '4'],
      ['3', '5'],
      ['4', '4'],
      ['2', '3'],
      ['1', '2'],
    ];
    for (const [i, [vc, design]] of answers.entries()) {
      const member = await signIn(ctx.app, MEMBERS[i]!);
      const res = await as(ctx.app, member).post(url(`/${surveyId}/responses`), {
        answers: { value_chain: vc, design },
      });
      expect(res.statusCode).toBe(201);
    }
    const plain = (await m.get(url(`/${surveyId}/results?decimals=0`))).json().questions;
    // The question's own categories are reported without asking; the 5-point one has none.
    expect(plain[0].categories.map((c: { label: { en: string } }) => c.label.en)).toEqual([
      'Poor',
      'Limited',
      'Good + Excellent',
    ]);
    expect(plain[0].categories.map((c: { count: number }) => c.count)).toEqual([1, 2, 2]);
    expect(plain[0].categories.map((c: { percentage: number }) => c.percentage)).toEqual([20, 40, 40]);
    expect(plain[1].categories).toBeNull();

    // collapse=default: the question's own for the 4-point scale, the usual halves for the 5-point.
    const usual = (await m.get(url(`/${surveyId}/results?collapse=default`))).json().questions;
    expect(usual[0].categories.map((c: { points: number[] }) => c.points)).toEqual([[1], [2], [3, 4]]);
    expect(usual[1].categories.map((c: { points: number[] }) => c.points)).toEqual([[1, 2], [3], [4, 5]]);
    expect(usual[1].categories.map((c: { count: number }) => c.count)).toEqual([1, 1, 3]);

    // A written 5-point collapse applies to the 5-point question and leaves the other its own.
    const written = (await m.get(url(`/${surveyId}/results?collapse=1-3,4-5`))).json().questions;
    expect(written[1].categories.map((c: { count: number }) => c.count)).toEqual([2, 3]);
    expect(written[0].categories.map((c: { points: number[] }) => c.points)).toEqual([[1], [2], [3, 4]]);
  });

  it('refuses a collapse that fits no question, naming where', async () => {
    const m = as(ctx.app, manager);
    const none = await m.get(url(`/${surveyId}/results?collapse=1-2,3-4,5-6`));
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details[0].field).toBe('querystring.collapse');
    const junk = await m.get(url(`/${surveyId}/results?collapse=low,high`));
    expect(junk.statusCode).toBe(400);
  });

  it('refuses a definition whose collapse leaves a point out or sits on a question that is not Likert', async () => {
    const m = as(ctx.app, manager);
    const before = (await m.get(url(''))).json();
    const missing = await m.post(url(''), definition('1,3-4'));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].field).toBe('body.questions.0.collapse');
    const onText = await m.post(url(''), {
      ...definition(undefined),
      questions: [{ name: 'why', type: 'text', label: { en: 'Why?' }, collapse: '1-2' }],
    });
    expect(onText.statusCode).toBe(400);
    expect(onText.json().error.details[0].field).toBe('body.questions.0.collapse');
    expect((await m.get(url(''))).json()).toEqual(before);
  });

  it('keeps the collapse through an XLSForm export and import', async () => {
    const m = as(ctx.app, manager);
    const xlsx = await m.get(url(`/${surveyId}/xlsform`));
    expect(xlsx.statusCode).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('survey')!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const column = header.indexOf('agglomera_collapse');
    expect(column).toBeGreaterThan(0);
    expect(sheet.getRow(2).getCell(column).value).toBe('1,2,3-4');
    const back = await uploadAs(ctx.app, manager, url('/import'), 'back.xlsx', xlsx.rawPayload);
    expect(back.statusCode, back.body).toBe(201);
    expect(back.json().questions.map((q: { collapse?: string }) => q.collapse)).toEqual([
      '1,2,3-4',
      undefined,
    ]);
  });
});
