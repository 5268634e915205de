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
import { BAD_FORMS, CORPUS, corpusWorkbook } from './fixtures/xlsform-corpus.js';

/**
 * Field XLSForms (issue 17): every form of the corpus imports, is answered by a member with the
 * form's logic applied on the server (a broken rule refused with the form's own message, nothing
 * stored), and goes out as an XLSForm that imports back to the same survey; bad forms are refused
 * naming the sheet, row and column.
 */
let ctx: TestContext;
let manager: Session;
let member: Session;
let ws: string;
const url = (path: string) => `/api/v1/workspaces/${ws}/surveys${path}`;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

/** A survey's definition as the API shows it, without what only an import says (its warnings). */
async function definitionOf(id: string) {
  const s = (await as(ctx.app, manager).get(url(`/${id}`))).json();
  const form = { ...s.form };
  delete form.warnings;
  return { title: s.title, formId: s.formId, questions: s.questions, form };
}

const responsesOf = (surveyId: string) =>
  ctx.handle.db.selectFrom('survey_responses').select('answers').where('survey_id', '=', surveyId).execute();

describe('a corpus of field XLSForms', () => {
  it('holds at least twenty forms', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(20);
  });

  for (const form of CORPUS)
    it(`${form.file}: imports, is answered under its rules, and round-trips`, async () => {
      const imported = await uploadAs(
        ctx.app,
        manager,
        url('/import'),
        form.file,
        await corpusWorkbook(form),
      );
      expect(imported.statusCode, imported.body).toBe(201);
      const id = imported.json().id as string;
      expect((imported.json().form.warnings ?? []).map((w: { kind: string }) => w.kind).sort()).toEqual(
        (form.warnings ?? []).slice().sort(),
      );
      await jobResult(
        ctx.app,
        await as(ctx.app, manager).post(url(`/${id}/send`), { members: true, actors: 'none' }),
      );
      const answer = (answers: Record<string, unknown>) =>
        as(ctx.app, member).post(url(`/${id}/responses`), { answers });
      if (form.bad) {
        const refused = await answer(form.bad.answers);
        expect(refused.statusCode, refused.body).toBe(400);
        expect(refused.json().error.message).toContain(form.bad.message);
        expect(await responsesOf(id)).toHaveLength(0);
      }
      const ok = await answer(form.answers);
      expect(ok.statusCode, ok.body).toBe(201);
      const stored = await responsesOf(id);
      expect(stored).toHaveLength(1);
      expect(stored[0]!.answers).toEqual(form.stored ?? form.answers);

      // Out as an XLSForm and back: the same survey.
      const xlsx = await as(ctx.app, manager).get(url(`/${id}/xlsform`));
      expect(xlsx.statusCode).toBe(200);
      const again = await uploadAs(ctx.app, manager, url('/import'), form.file, xlsx.rawPayload);
      expect(again.statusCode, again.body).toBe(201);
      expect(await definitionOf(again.json().id)).toEqual(await definitionOf(id));
    });
});

describe('forms that cannot be run', () => {
  for (const bad of BAD_FORMS)
    it(`${bad.file} is refused naming the sheet, row and column`, async () => {
      const before = (await as(ctx.app, manager).get(url(''))).json().total;
      const res = await uploadAs(
        ctx.app,
        manager,
        url('/import'),
        bad.file,
        await corpusWorkbook(bad as never),
      );
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.details).toMatchObject({ sheet: 'survey', row: bad.row, column: bad.column });
      expect(res.json().error.message).toContain(bad.says);
      expect((await as(ctx.app, manager).get(url(''))).json().total).toBe(before);
    });
});

describe('exports of a form with groups and repeats', () => {
  it('names columns by group path and puts each repeat on a sheet of its own', async () => {
    const form = CORPUS.find((f) => f.file === 'repeat-relevant.xlsx')!;
    const imported = await uploadAs(
      ctx.app,
      manager,
      url('/import'),
      'plots.xlsx',
      await corpusWorkbook(form),
    );
    const id = imported.json().id as string;
    await jobResult(
      ctx.app,
      await as(ctx.app, manager).post(url(`/${id}/send`), { members: true, actors: 'none' }),
    );
    expect(
      (await as(ctx.app, member).post(url(`/${id}/responses`), { answers: form.answers })).statusCode,
    ).toBe(201);
    const csv = (await as(ctx.app, manager).get(url(`/${id}/responses/export?format=csv`))).body;
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toBe('_id,respondent,submitted_at,has_plots,total_area');
    expect(row).toMatch(/,yes,3\.5$/);
    const plots = (await as(ctx.app, manager).get(url(`/${id}/responses/export?format=csv&repeat=plot`)))
      .body;
    const lines = plots.trim().split('\r\n');
    expect(lines[0]).toBe('_parent_id,_index,plot/plot_area,plot/irrigated,plot/irrigation');
    expect(lines.slice(1).map((l) => l.split(',').slice(1).join(','))).toEqual(['1,1.5,yes,Drip', '2,2,no,']);
    expect(lines[1]!.split(',')[0]).toBe(row!.split(',')[0]);
    const labelled = (
      await as(ctx.app, manager).get(url(`/${id}/responses/export?format=csv&repeat=plot&labels=en`))
    ).body;
    expect(labelled.split('\r\n')[0]).toBe('_parent_id,_index,Area (ha),Irrigated?,How is it irrigated?');
    expect(labelled.split('\r\n')[1]).toMatch(/,1,1\.5,Yes,Drip$/);
    const unknown = await as(ctx.app, manager).get(url(`/${id}/responses/export?format=csv&repeat=nope`));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe('querystring.repeat');
  });
});

describe('the survey tables of the guides on an imported form', () => {
  it('reports an imported Likert question in its own collapsed categories, k/n of the respondents', async () => {
    const form = CORPUS.find((f) => f.file === 'likert.xlsx')!;
    const imported = await uploadAs(
      ctx.app,
      manager,
      url('/import'),
      'trust.xlsx',
      await corpusWorkbook(form),
    );
    const id = imported.json().id as string;
    await jobResult(
      ctx.app,
      await as(ctx.app, manager).post(url(`/${id}/send`), { members: true, actors: 'none' }),
    );
    for (const [who, trust] of [
      ['member', '4'],
      ['member2', '5'],
      ['member3', '1'],
    ] as const) {
      const s = await signIn(ctx.app, `${who}@demo.agglomera.org`);
      expect((await as(ctx.app, s).post(url(`/${id}/responses`), { answers: { trust } })).statusCode).toBe(
        201,
      );
    }
    const r = (await as(ctx.app, manager).get(url(`/${id}/results`))).json();
    const q = r.questions.find((x: { name: string }) => x.name === 'trust');
    expect(q.answered).toBe(3);
    // The form's own collapse (1-2, 3, 4-5): 1 of 3, 0 of 3, 2 of 3.
    expect(q.categories.map((c: { count: number; percentage: number }) => [c.count, c.percentage])).toEqual([
      [1, 33.3],
      [0, 0],
      [2, 66.7],
    ]);
  });
});

describe('survey mail in the reader’s language', () => {
  it('mails a French login its link in French, with the French title of the form', async () => {
    const fr = await signIn(ctx.app, 'member2@demo.agglomera.org');
    expect((await as(ctx.app, fr).patch('/api/v1/me', { locale: 'fr' })).statusCode).toBe(200);
    const form = CORPUS.find((f) => f.file === 'french-default.xlsx')!;
    const imported = await uploadAs(ctx.app, manager, url('/import'), form.file, await corpusWorkbook(form));
    const id = imported.json().id as string;
    const before = ctx.mailer.sent.length;
    await jobResult(
      ctx.app,
      await as(ctx.app, manager).post(url(`/${id}/send`), { members: true, actors: 'none' }),
    );
    const mails = ctx.mailer.sent.slice(before);
    const french = mails.find((m) => m.to === 'member2@demo.agglomera.org')!;
    expect(french.subject).toBe('Enquête\u00a0: Adhésion');
    expect(french.text).toContain('Veuillez répondre à l’enquête');
    const english = mails.find((m) => m.to === 'member@demo.agglomera.org')!;
    expect(english.subject).toBe('Survey: Adhésion');
  });
});
