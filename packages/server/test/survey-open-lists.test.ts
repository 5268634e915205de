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
 * Open "list three" questions (fidelity issue 16, item 19): the IDB asked for "the three main
 * objectives for the next two years" in the respondents' own words (003:761) and read the answers
 * by theme, "the most cited objective" first (Table 8); not fixed options scored 3/2/1.
 */
let ctx: TestContext;
let manager: Session;
let ws: string;
let surveyId: string;
const url = (path: string) => `/api/v1/workspaces/${ws}/surveys${path}`;
const MEMBERS = ['member', 'member2', 'member3', 'member4', 'member5'].map((m) => `${m}@demo.agglomera.org`);

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
  const created = await as(ctx.app, manager).post(url(''), {
    title: { en: 'Plans for the next two years' },
    formId: 'next_two_years',
    anonymous: true,
    deadline: new Date(Date.now() + 7 * 86400_000).toISOString(),
    questions: [
      {
        name: 'objectives',
        type: 'open_list',
        required: true,
        label: { en: 'The three main objectives for the next two years' },
      },
    ],
  });
  expect(created.statusCode).toBe(201);
  surveyId = created.json().id;
  await jobResult(
    ctx.app,
    await as(ctx.app, manager).post(url(`/${surveyId}/send`), { members: true, actors: 'none' }),
  );
});
afterAll(async () => ctx?.close());

describe('an open list coded into themes', () => {
  it('takes up to three answers in the respondent’s words and refuses a fourth or an empty list', async () => {
    const member = await signIn(ctx.app, MEMBERS[0]!);
    const answer = (objectives: unknown) =>
      as(ctx.app, member).post(url(`/${surveyId}/responses`), { answers: { objectives } });
    const four = await answer(['a', 'b', 'c', 'd']);
    expect(four.statusCode).toBe(400);
    expect(four.json().error.details[0].field).toBe('body.answers.objectives');
    expect((await answer(['', ' '])).statusCode).toBe(400);
    expect((await answer('Grow')).statusCode).toBe(400);
    expect(
      (await answer(['Improve collaboration among members', ' Survive after the programme ', ''])).statusCode,
    ).toBe(201);
    for (const [i, list] of [
      ['More collaboration', 'Innovation'],
      ['Cluster mindset', 'Calls for funding', 'Collaboration'],
    ].entries()) {
      const m = await signIn(ctx.app, MEMBERS[i + 1]!);
      expect(
        (await as(ctx.app, m).post(url(`/${surveyId}/responses`), { answers: { objectives: list } }))
          .statusCode,
      ).toBe(201);
    }
  });

  it('lets the team code each answer, all or nothing, and ranks the themes by citations', async () => {
    const m = as(ctx.app, manager);
    const before = (await m.get(url(`/${surveyId}/coding/objectives`))).json();
    expect(before.items).toHaveLength(7);
    expect(before.coded).toBe(0);
    const themeOf = (text: string) =>
      /collab/i.test(text)
        ? 'Collaboration among members'
        : /surviv|funding/i.test(text)
          ? 'Sustainability after the programme'
          : /mindset/i.test(text)
            ? 'Collaboration among members'
            : '';
    const codes = before.items.map((i: { responseId: string; item: number; text: string }) => ({
      responseId: i.responseId,
      item: i.item,
      theme: themeOf(i.text),
    }));
    const wrong = await m.put(url(`/${surveyId}/coding/objectives`), {
      codes: [...codes, { responseId: codes[0].responseId, item: 5, theme: 'x' }],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toBe(`body.codes.${codes.length}`);
    expect((await m.get(url(`/${surveyId}/coding/objectives`))).json().coded).toBe(0);

    const saved = await m.put(url(`/${surveyId}/coding/objectives`), { codes });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().coded).toBe(6);
    const results = (await m.get(url(`/${surveyId}/results`))).json().questions[0];
    expect(results).toMatchObject({ items: 7, coded: 6 });
    expect(results.themes).toEqual([
      { theme: 'Collaboration among members', citations: 4, respondents: 3 },
      { theme: 'Sustainability after the programme', citations: 2, respondents: 2 },
    ]);
    // An empty theme takes the code off.
    const off = await m.put(url(`/${surveyId}/coding/objectives`), {
      codes: [{ ...codes.find((c: { theme: string }) => c.theme.startsWith('Sus')), theme: '' }],
    });
    expect(off.json().themes[1]).toMatchObject({ citations: 1 });
    const csv = (await m.get(url(`/${surveyId}/responses/export?format=csv`))).body;
    expect(csv).toContain('Cluster mindset | Calls for funding | Collaboration');
  });

  it('refuses coding for a question that is not an open list, and keeps coding to the team', async () => {
    const m = as(ctx.app, manager);
    expect((await m.get(url(`/${surveyId}/coding/nothing`))).statusCode).toBe(400);
    const member = await signIn(ctx.app, MEMBERS[0]!);
    expect((await as(ctx.app, member).get(url(`/${surveyId}/coding/objectives`))).statusCode).toBe(403);
  });

  it('goes out as XLSForm and comes back as the same open list', async () => {
    const m = as(ctx.app, manager);
    const xlsx = await m.get(url(`/${surveyId}/xlsform`));
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const header = (book.getWorksheet('survey')!.getRow(1).values as unknown[]).map(String);
    expect(header).toContain('agglomera_type');
    const back = await uploadAs(ctx.app, manager, url('/import'), 'back.xlsx', xlsx.rawPayload);
    expect(back.statusCode, back.body).toBe(201);
    expect(back.json().questions).toEqual([
      {
        name: 'objectives',
        type: 'open_list',
        required: true,
        label: { en: 'The three main objectives for the next two years' },
      },
    ]);
  });
});
