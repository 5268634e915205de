import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import {
  as,
  createTestContext,
  signIn,
  workspaceByKind,
  type Session,
  type TestContext,
  jobResult,
} from './helpers.js';

let ctx: TestContext;
let manager: Session;
let ws: string;
const url = (path: string) => `/api/v1/workspaces/${ws}/surveys${path}`;
const inAWeek = () => new Date(Date.now() + 7 * 86400_000).toISOString();
const MEMBERS = ['member', 'member2', 'member3', 'member4', 'member5'].map((m) => `${m}@demo.agglomera.org`);

const agree = [
  { name: '1', label: { en: 'Strongly disagree', fr: 'Pas du tout d’accord', es: 'Muy en desacuerdo' } },
  { name: '2', label: { en: 'Disagree', fr: 'Pas d’accord', es: 'En desacuerdo' } },
  { name: '3', label: { en: 'Neutral', fr: 'Neutre', es: 'Neutral' } },
  { name: '4', label: { en: 'Agree', fr: 'D’accord', es: 'De acuerdo' } },
  { name: '5', label: { en: 'Strongly agree', fr: 'Tout à fait d’accord', es: 'Muy de acuerdo' } },
];
const definition = (over: Record<string, unknown> = {}) => ({
  title: { en: 'Member survey', fr: 'Enquête des membres', es: 'Encuesta de miembros' },
  formId: 'member_survey',
  anonymous: false,
  deadline: inAWeek(),
  questions: [
    {
      name: 'services',
      type: 'likert',
      required: true,
      label: {
        en: 'The services are worth their fee',
        fr: 'Les services valent leur prix',
        es: 'Los servicios valen su precio',
      },
      choices: agree,
    },
    {
      name: 'topics',
      type: 'multiple_choice',
      required: false,
      label: { en: 'Topics of interest', fr: 'Sujets', es: 'Temas' },
      choices: [
        { name: 'export', label: { en: 'Export' } },
        { name: 'skills', label: { en: 'Skills' } },
        { name: 'finance', label: { en: 'Finance' } },
      ],
    },
    {
      name: 'priorities',
      type: 'ranking',
      required: false,
      label: { en: 'Rank your top 3 priorities' },
      choices: [
        { name: 'export', label: { en: 'Export' } },
        { name: 'skills', label: { en: 'Skills' } },
        { name: 'finance', label: { en: 'Finance' } },
        { name: 'energy', label: { en: 'Energy' } },
      ],
    },
    { name: 'staff', type: 'number', numberKind: 'integer', required: false, label: { en: 'Staff' } },
    { name: 'comment', type: 'text', required: false, label: { en: 'Comment' } },
    {
      name: 'sector',
      type: 'single_choice',
      required: false,
      label: { en: 'Sector' },
      choices: [
        { name: 'agri', label: { en: 'Agriculture' } },
        { name: 'food', label: { en: 'Food processing' } },
      ],
    },
  ],
  ...over,
});

function tokenOf(text: string) {
  return /\/s\/(sv_[A-Za-z0-9_-]+)/.exec(text)![1]!;
}

async function upload(path: string, name: string, buffer: Buffer, fields: Record<string, string> = {}) {
  const boundary = '----agglomeraTest';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\ncontent-type: application/octet-stream\r\n\r\n`,
    ),
    buffer,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return ctx.app.inject({
    method: 'POST',
    url: path,
    headers: {
      cookie: manager.cookie,
      'x-csrf-token': manager.csrf,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: Buffer.concat(parts),
  });
}

async function workbook(survey: unknown[][], choices: unknown[][], settings?: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const add = (name: string, rows: unknown[][]) => {
    const s = wb.addWorksheet(name);
    for (const r of rows) s.addRow(r);
  };
  add('survey', survey);
  add('choices', choices);
  if (settings) add('settings', settings);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function surveyCount() {
  return (await as(ctx.app, manager).get(url(''))).json().total as number;
}

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

describe('survey builder', () => {
  it('refuses a Likert scale of 8 points and a member who tries to build a survey', async () => {
    const bad = definition();
    (bad.questions[0] as { choices: unknown[] }).choices = [
      ...agree,
      ...agree.map((c) => ({ ...c, name: `x${c.name}` })),
    ].slice(0, 8);
    const res = await as(ctx.app, manager).post(url(''), bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('body.questions.0.choices');
    const member = await signIn(ctx.app, 'member@demo.agglomera.org');
    expect((await as(ctx.app, member).post(url(''), definition())).statusCode).toBe(403);
    const other = await signIn(ctx.app, 'officer@demo.agglomera.org');
    expect((await as(ctx.app, other).get(url(''))).statusCode).toBe(404);
    expect(await surveyCount()).toBe(0);
  });
});

describe('distribution, answers and results', () => {
  let surveyId: string;
  const links = new Map<string, string>();

  it('sends personal links to the five member logins and to actors with an email', async () => {
    const m = as(ctx.app, manager);
    const created = await m.post(url(''), definition());
    expect(created.statusCode).toBe(201);
    surveyId = created.json().id;
    const sent = await m.post(url(`/${surveyId}/send`), { members: true, actors: 'none' });
    expect(sent.statusCode).toBe(202);
    expect(await jobResult(ctx.app, sent)).toMatchObject({
      newlyInvited: 5,
      invited: 5,
      responses: 0,
      responseRate: 0,
    });
    for (const email of MEMBERS) {
      const mail = ctx.mailer.sent.find((x) => x.to === email && x.subject === 'Survey: Member survey');
      expect(mail, email).toBeTruthy();
      links.set(email, tokenOf(mail!.text));
    }
    // Sending again invites nobody twice.
    expect(
      (await jobResult(ctx.app, await m.post(url(`/${surveyId}/send`), { members: true, actors: 'none' })))
        .newlyInvited,
    ).toBe(0);
    const actors = (await m.get(`/api/v1/workspaces/${ws}/actors?limit=500`)).json().actors as {
      id: string;
      email: string;
    }[];
    // The demo register has no emails: give two actors one.
    const [a1, a2, a3] = actors;
    for (const [a, email] of [
      [a1!, 'buyer@example.org'],
      [a2!, 'lab@example.org'],
    ] as const)
      await ctx.handle.db.updateTable('actors').set({ email }).where('id', '=', a.id).execute();
    const noEmail = await m.post(url(`/${surveyId}/send`), { members: false, actors: [a1!.id, a3!.id] });
    expect(noEmail.statusCode).toBe(400);
    expect(noEmail.json().error.details[0].field).toBe('body.actors.1');
    expect((await m.get(url(`/${surveyId}`))).json().invited).toBe(5);
    const toActors = await m.post(url(`/${surveyId}/send`), { members: false, actors: 'all_with_email' });
    expect(await jobResult(ctx.app, toActors)).toMatchObject({ newlyInvited: 2, invited: 7 });
    expect(ctx.mailer.sent.map((x) => x.to)).toEqual(
      expect.arrayContaining(['buyer@example.org', 'lab@example.org']),
    );
    links.set('buyer@example.org', tokenOf(ctx.mailer.sent.find((x) => x.to === 'buyer@example.org')!.text));
  });

  it('takes answers through the personal link and from a signed-in member, once each', async () => {
    const byLink = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-links/${links.get(MEMBERS[0]!)}/responses`,
      payload: {
        answers: {
          services: '5',
          topics: ['export', 'skills'],
          priorities: ['skills', 'export', 'finance'],
          staff: 12,
          comment: 'Good',
        },
      },
    });
    expect(byLink.statusCode).toBe(201);
    const byActor = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-links/${links.get('buyer@example.org')}/responses`,
      payload: { answers: { services: '4' } },
    });
    expect(byActor.statusCode).toBe(201);
    const twice = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-links/${links.get(MEMBERS[0]!)}/responses`,
      payload: { answers: { services: '1' } },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('already_answered');
    const member2 = await signIn(ctx.app, MEMBERS[1]!);
    const mine = (await as(ctx.app, member2).get(url('/mine'))).json().surveys;
    expect(mine).toMatchObject([{ id: surveyId, responded: false }]);
    const form = (await as(ctx.app, member2).get(url(`/${surveyId}/form`))).json();
    expect(form.questions[0].label.fr).toBe('Les services valent leur prix');
    const missing = await as(ctx.app, member2).post(url(`/${surveyId}/responses`), {
      answers: { topics: ['export'] },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].field).toBe('body.answers.services');
    const wrong = await as(ctx.app, member2).post(url(`/${surveyId}/responses`), {
      answers: { services: '9' },
    });
    expect(wrong.statusCode).toBe(400);
    const tooMany = await as(ctx.app, member2).post(url(`/${surveyId}/responses`), {
      answers: { services: '4', priorities: ['skills', 'export', 'finance', 'energy'] },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toContain('more than 3');
    expect(
      (
        await as(ctx.app, member2).post(url(`/${surveyId}/responses`), {
          answers: { services: '4', topics: ['export'], priorities: ['export'], staff: 3 },
        })
      ).statusCode,
    ).toBe(201);
    const member3 = await signIn(ctx.app, MEMBERS[2]!);
    expect(
      (
        await as(ctx.app, member3).post(url(`/${surveyId}/responses`), {
          answers: { services: '2', staff: 5, sector: 'food' },
        })
      ).statusCode,
    ).toBe(201);
    // A staff user who was not invited cannot answer.
    const staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
    expect(
      (await as(ctx.app, staff).post(url(`/${surveyId}/responses`), { answers: { services: '3' } }))
        .statusCode,
    ).toBe(404);
  });

  it('shows the response rate, raw counts, percentages and collapsed categories', async () => {
    const m = as(ctx.app, manager);
    const res = (await m.get(url(`/${surveyId}/results`))).json();
    const invited = res.invited as number;
    expect(res.responses).toBe(4);
    const audit = (await m.get(`/api/v1/workspaces/${ws}/audit?limit=100`)).json();
    const actions = audit.entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['survey.create', 'survey.send', 'survey.response']));
    const byActor = await ctx.handle.db
      .selectFrom('survey_responses')
      .select(['respondent_actor_id', 'respondent_label'])
      .where('survey_id', '=', surveyId)
      .where('respondent_actor_id', 'is not', null)
      .execute();
    // A named survey records the organisation of each response: the actor asked through its own
    // link, and the organisation each member login speaks for.
    expect(byActor).toHaveLength(4);
    expect(invited).toBe(7);
    expect(res.responseRate).toBeCloseTo(4 / 7);
    const services = res.questions[0];
    expect(services.choices.map((c: { count: number }) => c.count)).toEqual([0, 1, 0, 2, 1]);
    expect(services.choices.map((c: { percentage: number }) => c.percentage)).toEqual([0, 25, 0, 50, 25]);
    expect(services.categories).toBeNull();
    const collapsed = (await m.get(url(`/${surveyId}/results?collapse=default`))).json().questions[0]
      .categories;
    expect(collapsed).toEqual([
      {
        label: expect.objectContaining({ en: 'Strongly disagree + Disagree' }),
        points: [1, 2],
        count: 1,
        percentage: 25,
      },
      { label: expect.objectContaining({ en: 'Neutral' }), points: [3], count: 0, percentage: 0 },
      {
        label: expect.objectContaining({
          en: 'Agree + Strongly agree',
          fr: 'D’accord + Tout à fait d’accord',
        }),
        points: [4, 5],
        count: 3,
        percentage: 75,
      },
    ]);
    const custom = (await m.get(url(`/${surveyId}/results?collapse=1-3,4-5&decimals=0`))).json().questions[0]
      .categories;
    expect(custom.map((c: { percentage: number }) => c.percentage)).toEqual([25, 75]);
    const bad = await m.get(url(`/${surveyId}/results?collapse=1-2,4-5`));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('querystring.collapse');
    const topics = res.questions[1];
    expect(topics.answered).toBe(2);
    expect(topics.choices.map((c: { count: number; percentage: number }) => [c.count, c.percentage])).toEqual(
      [
        [2, 100],
        [1, 50],
        [0, 0],
      ],
    );
    expect(res.questions[2].ranking[0]).toMatchObject({ option: 'export', score: 2 + 3, firsts: 1 });
    expect(res.questions[3]).toMatchObject({ answered: 3, mean: 20 / 3, median: 5, min: 3, max: 12 });
    expect(res.questions[4].texts).toEqual(['Good']);
  });

  it('exports the responses as CSV and XLSX', async () => {
    const csv = await as(ctx.app, manager).get(url(`/${surveyId}/responses/export?format=csv`));
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('respondent,submitted_at,services,topics,priorities,staff,comment,sector');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^Mehdi Member \(demo\),[^,]+,5,export skills,skills export finance,12,Good,$/);
    const xlsx = await as(ctx.app, manager).get(url(`/${surveyId}/responses/export?format=xlsx`));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBe(5);
  });

  it('reminds only those who have not answered, through the mailer, with a fresh link', async () => {
    const before = ctx.mailer.sent.length;
    const res = await as(ctx.app, manager).post(url(`/${surveyId}/remind`));
    const outcome = await jobResult(ctx.app, res);
    const invited = (await as(ctx.app, manager).get(url(`/${surveyId}`))).json().invited as number;
    expect(outcome.reminded).toBe(invited - 4);
    const reminders = ctx.mailer.sent.slice(before);
    expect(reminders.map((r) => r.to)).toEqual(expect.arrayContaining([MEMBERS[3], MEMBERS[4]]));
    expect(reminders.map((r) => r.to)).not.toContain(MEMBERS[0]);
    const fresh = tokenOf(reminders.find((r) => r.to === MEMBERS[3])!.text);
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/v1/survey-links/${links.get(MEMBERS[3]!)}` }))
        .statusCode,
    ).toBe(404);
    const form = await ctx.app.inject({ method: 'GET', url: `/api/v1/survey-links/${fresh}` });
    expect(form.json()).toMatchObject({ responded: false, closed: false });
    links.set(MEMBERS[3]!, fresh);
  });

  it('refuses an answer after the deadline and stores nothing', async () => {
    const m = as(ctx.app, manager);
    const current = (await m.get(url(`/${surveyId}`))).json();
    const def = {
      title: current.title,
      formId: current.formId,
      anonymous: current.anonymous,
      deadline: current.deadline,
      questions: current.questions,
    };
    const moved = await m.put(url(`/${surveyId}`), {
      ...def,
      deadline: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().closed).toBe(true);
    const late = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-links/${links.get(MEMBERS[3]!)}/responses`,
      payload: { answers: { services: '4' } },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('survey_closed');
    expect(late.json().error.message).toContain('answers are no longer accepted');
    expect((await m.get(url(`/${surveyId}`))).json().responses).toBe(4);
    // The questions of a sent survey cannot change.
    const changed = await m.put(url(`/${surveyId}`), { ...def, questions: def.questions.slice(1) });
    expect(changed.statusCode).toBe(409);
  });

  it('keeps no person with the answers of an anonymous survey', async () => {
    const m = as(ctx.app, manager);
    const s = (await m.post(url(''), definition({ anonymous: true, formId: 'anon' }))).json();
    await jobResult(ctx.app, await m.post(url(`/${s.id}/send`), { members: true, actors: 'none' }));
    const member = await signIn(ctx.app, MEMBERS[0]!);
    expect(
      (await as(ctx.app, member).post(url(`/${s.id}/responses`), { answers: { services: '3' } })).statusCode,
    ).toBe(201);
    const csv = (await m.get(url(`/${s.id}/responses/export?format=csv`))).body;
    expect(csv.split('\r\n')[0]).toBe('submitted_at,services,topics,priorities,staff,comment,sector');
    expect(csv).not.toContain('Mehdi');
    const row = await ctx.handle.db
      .selectFrom('survey_responses')
      .selectAll()
      .where('survey_id', '=', s.id)
      .executeTakeFirstOrThrow();
    expect(row.respondent_user_id).toBeNull();
  });

  it('leaves no person in any log and no order that follows time (hardening issue, item 5)', async () => {
    const m = as(ctx.app, manager);
    const s = (await m.post(url(''), definition({ anonymous: true, formId: 'anon_trace' }))).json();
    const before = ctx.mailer.sent.length;
    await jobResult(ctx.app, await m.post(url(`/${s.id}/send`), { members: true, actors: 'none' }));
    const linkOf = (email: string) =>
      tokenOf(ctx.mailer.sent.slice(before).find((x) => x.to === email)!.text);
    // A second app on the same database, logging as `agglomera serve` does, into memory.
    const lines: string[] = [];
    const logged = await buildApp({
      db: ctx.handle.db,
      logger: { level: 'info', stream: { write: (line: string) => lines.push(line) } },
      settings: { publicUrl: 'http://agglomera.test', checkResponses: true },
      jobs: { work: false },
    });
    await logged.ready();
    const users: string[] = [];
    for (const [i, email] of MEMBERS.slice(0, 4).entries()) {
      const member = await signIn(ctx.app, email);
      users.push(member.userId);
      const answer = { answers: { services: String(i + 1), comment: `answer ${i + 1}` } };
      const res =
        i % 2
          ? await logged.inject({
              method: 'POST',
              url: `/api/v1/survey-links/${linkOf(email)}/responses`,
              payload: answer,
              remoteAddress: '203.0.113.7',
            })
          : await logged.inject({
              method: 'POST',
              url: url(`/${s.id}/responses`),
              payload: answer,
              headers: { cookie: member.cookie, 'x-csrf-token': member.csrf },
              remoteAddress: '203.0.113.7',
            });
      expect(res.statusCode, res.body).toBe(201);
    }
    await logged.close();
    // The audit log holds no entry of these people about the survey, nor any response entry.
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select(['user_id', 'action'])
      .where('entity_id', '=', s.id)
      .execute();
    expect(audit.filter((a) => a.action === 'survey.response')).toEqual([]);
    expect(audit.filter((a) => users.includes(a.user_id ?? ''))).toEqual([]);
    // The request log keeps neither the personal links nor the address of whoever answered.
    const log = lines.join('');
    expect(log).toContain('/api/v1/survey-links/:token/responses');
    for (const email of MEMBERS.slice(0, 4)) expect(log).not.toContain(linkOf(email));
    expect(log).not.toContain('203.0.113.7');
    // The stored answers keep the day only, and every reading is in the order of the random ids.
    const rows = await ctx.handle.db
      .selectFrom('survey_responses')
      .select(['id', 'answers', 'submitted_at'])
      .where('survey_id', '=', s.id)
      .execute();
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(new Date(r.submitted_at).toISOString().slice(10)).toBe('T00:00:00.000Z');
    const byId = [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    const csv = (await m.get(url(`/${s.id}/responses/export?format=csv`))).body.split('\r\n').slice(1);
    expect(csv.filter(Boolean).map((line) => line.split(',')[5])).toEqual(
      byId.map((r) => (r.answers as { comment: string }).comment),
    );
    const results = (await m.get(url(`/${s.id}/results`))).json();
    expect(results.questions.find((q: { name: string }) => q.name === 'comment').texts).toEqual(
      byId.map((r) => (r.answers as { comment: string }).comment),
    );
  });
});

describe('XLSForm', () => {
  it('round-trips: a survey exported and imported again is the same survey', async () => {
    const m = as(ctx.app, manager);
    const original = (await m.post(url(''), definition({ formId: 'roundtrip' }))).json();
    const file = await m.get(url(`/${original.id}/xlsform`));
    expect(file.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['survey', 'choices', 'settings']);
    expect(wb.getWorksheet('survey')!.getRow(1).values).toEqual([
      undefined,
      'type',
      'name',
      'label::English (en)',
      'label::French (fr)',
      'label::Spanish (es)',
      'required',
      'appearance',
    ]);
    expect(wb.getWorksheet('survey')!.getRow(2).getCell(1).value).toBe('select_one services');
    expect(wb.getWorksheet('survey')!.getRow(4).getCell(1).value).toBe('rank priorities');
    const imported = await upload(url('/import'), 'roundtrip.xlsx', file.rawPayload, {
      deadline: original.deadline,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const again = imported.json();
    expect(again.id).not.toBe(original.id);
    expect(again.title).toEqual(original.title);
    expect(again.formId).toBe(original.formId);
    expect(again.questions).toEqual(original.questions);
  });

  it('refuses an unknown question type, naming the sheet and row, and stores nothing', async () => {
    const before = await surveyCount();
    const file = await workbook(
      [
        ['type', 'name', 'label::English (en)'],
        ['integer', 'staff', 'Staff'],
        ['geopoint', 'where', 'Where are you?'],
      ],
      [['list_name', 'name', 'label::English (en)']],
    );
    const res = await upload(url('/import'), 'field-form.xlsx', file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_file');
    expect(res.json().error.message).toBe(
      'field-form.xlsx, sheet "survey", row 3, column "type": the question type "geopoint" is not supported by the platform',
    );
    expect(res.json().error.details).toMatchObject({ sheet: 'survey', row: 3 });
    expect(await surveyCount()).toBe(before);
  });

  it('refuses a select that refers to a missing choice list, naming the sheet and row', async () => {
    const before = await surveyCount();
    const file = await workbook(
      [
        ['type', 'name', 'label::English (en)', 'label::French (fr)'],
        ['select_one yesno', 'member', 'Member?', 'Membre ?'],
        ['select_multiple topics', 'topics', 'Topics', 'Sujets'],
      ],
      [
        ['list_name', 'name', 'label::English (en)'],
        ['yesno', 'yes', 'Yes'],
        ['yesno', 'no', 'No'],
      ],
      [
        ['form_title', 'form_id'],
        ['Field form', 'field'],
      ],
    );
    const res = await upload(url('/import'), 'field-form.xlsx', file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'field-form.xlsx, sheet "survey", row 3, column "type": the choice list "topics" is not in the choices sheet',
    );
    expect(await surveyCount()).toBe(before);
  });

  it('reads a KoboToolbox-style form with a Likert select_one', async () => {
    const file = await workbook(
      [
        ['type', 'name', 'label::English (en)', 'label::Spanish (es)', 'required', 'appearance'],
        ['select_one agree', 'q1', 'Useful?', '¿Útil?', 'yes', 'likert'],
        ['decimal', 'turnover', 'Turnover', 'Facturación', 'no', ''],
      ],
      [
        ['list_name', 'name', 'label::English (en)', 'label::Spanish (es)'],
        ['agree', 'no', 'No', 'No'],
        ['agree', 'partly', 'Partly', 'En parte'],
        ['agree', 'yes', 'Yes', 'Sí'],
      ],
      [
        ['form_title', 'form_id'],
        ['Kobo form', 'kobo'],
      ],
    );
    const res = await upload(url('/import'), 'kobo.xlsx', file, { anonymous: 'true' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      title: { en: 'Kobo form' },
      formId: 'kobo',
      anonymous: true,
      questions: [
        { name: 'q1', type: 'likert', required: true, label: { en: 'Useful?', es: '¿Útil?' } },
        { name: 'turnover', type: 'number', numberKind: 'decimal', required: false },
      ],
    });
  });
});
