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
 * A programme surveys a list of respondents it imports (fidelity issue 16, item 19): the IDB
 * survey went to the people of the organisations in its programme, 33 of 136 answering (003:345),
 * not to logins of the platform.
 */
let ctx: TestContext;
let officer: Session;
let ws: string;
let surveyId: string;
const url = (path: string) => `/api/v1/workspaces/${ws}/surveys${path}`;
const tokenOf = (text: string) => /\/s\/(sv_[A-Za-z0-9_-]+)/.exec(text)![1]!;
const count = async () =>
  Number(
    (
      await ctx.handle.db
        .selectFrom('survey_invitations')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('survey_id', '=', surveyId)
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  ctx = await createTestContext();
  officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
  ws = workspaceByKind(officer, 'programme');
  const created = await as(ctx.app, officer).post(url(''), {
    title: { en: 'Survey of the BSOs after the training' },
    formId: 'bso_after_training',
    anonymous: false,
    deadline: new Date(Date.now() + 14 * 86400_000).toISOString(),
    questions: [
      {
        name: 'design',
        type: 'likert',
        label: { en: 'The training improved my ability to design cluster projects' },
        choices: ['Strongly disagree', 'Disagree', 'Undecided', 'Agree', 'Strongly agree'].map((en, i) => ({
          name: String(i + 1),
          label: { en },
        })),
      },
    ],
  });
  expect(created.statusCode).toBe(201);
  surveyId = created.json().id;
});
afterAll(async () => ctx?.close());

describe('a survey of an imported respondent list', () => {
  it('refuses a bad list naming the line and column, and stores nothing', async () => {
    const cases: [string, string, string][] = [
      [
        'name,email,organisation\nAna Ruiz,ana@bso.example,BELTRAIDE\nLee Chan,not-an-email,JMEA\n',
        'email',
        '3',
      ],
      ['name,email\nAna Ruiz,ana@bso.example\nAna R.,ANA@bso.example\n', 'email', '3'],
      ['name,email\n,nobody@bso.example\n', 'name', '2'],
      ['name,mail\nAna Ruiz,ana@bso.example\n', 'mail', '1'],
    ];
    for (const [csv, column, line] of cases) {
      const res = await uploadAs(ctx.app, officer, url(`/${surveyId}/respondents/import`), 'list.csv', csv);
      expect(res.statusCode, csv).toBe(400);
      const text = JSON.stringify(res.json().error);
      expect(text, csv).toContain(column);
      expect(text, csv).toContain(line);
    }
    expect(await count()).toBe(0);
  });

  it('invites each listed person by a personal link, skips those invited already, and names the answer', async () => {
    const list =
      'name,email,organisation\nAna Ruiz,ana@bso.example,BELTRAIDE\nLee Chan,lee@bso.example,JMEA\nSam Roy,Sam@BSO.example,\n';
    const first = await jobResult(
      ctx.app,
      await uploadAs(ctx.app, officer, url(`/${surveyId}/respondents/import`), 'list.csv', list),
    );
    expect(first).toMatchObject({ newlyInvited: 3, skipped: 0, invited: 3 });
    const mail = ctx.mailer.sent.find((m) => m.to === 'lee@bso.example')!;
    expect(mail.text).toContain('Hello Lee Chan');
    expect(ctx.mailer.sent.some((m) => m.to === 'sam@bso.example')).toBe(true);

    const again = await jobResult(
      ctx.app,
      await uploadAs(
        ctx.app,
        officer,
        url(`/${surveyId}/respondents/import`),
        'more.csv',
        'name,email\nAna Ruiz,ana@bso.example\nKim Obi,kim@bso.example\n',
      ),
    );
    expect(again).toMatchObject({ newlyInvited: 1, skipped: 1 });
    expect(await count()).toBe(4);

    const answered = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-links/${tokenOf(mail.text)}/responses`,
      payload: { answers: { design: '4' } },
    });
    expect(answered.statusCode).toBe(201);
    const results = (await as(ctx.app, officer).get(url(`/${surveyId}/results`))).json();
    expect(results.responses).toBe(1);
    expect(results.invited).toBe(4);
    const csv = (await as(ctx.app, officer).get(url(`/${surveyId}/responses/export?format=csv`))).body;
    expect(csv).toContain('Lee Chan (JMEA)');
  });

  it('keeps the list to the team', async () => {
    const panel = await signIn(ctx.app, 'panel@demo.agglomera.org');
    const res = await uploadAs(
      ctx.app,
      panel,
      url(`/${surveyId}/respondents/import`),
      'list.csv',
      'name,email\nEve,eve@bso.example\n',
    );
    expect(res.statusCode).toBe(403);
  });
});
