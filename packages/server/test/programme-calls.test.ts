import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@agglomera/methods';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';
import { DEMO_APPLICANTS } from '../src/demo/programme-ids.js';
import { DEMO_CALL_ID, DEMO_CONFLICT_INDEX, DEMO_INELIGIBLE_INDEX } from '../src/demo/programme-calls.js';

/**
 * Calls, applications, assessment and selection of the programme (issue 15, item 2; IDB / Compete
 * Caribbean 003:263: 24 applied, 10 selected, competences assessed on three areas).
 */
let ctx: TestContext;
let officer: Session;
let assessor: Session;
let panel: Session;
let evaluator: Session;
let manager: Session;
let prog: string;
let otherProg: string;
const url = (path: string) => `/api/v1/workspaces/${prog}/programme/${path}`;
const today = new Date().toISOString().slice(0, 10);

const newCall = async (over: Record<string, unknown> = {}) => {
  const res = await as(ctx.app, officer).post(url('calls'), {
    title: 'Call for cluster initiatives',
    opensOn: addDays(today, -10),
    deadline: addDays(today, 30),
    eligibleTypes: ['bso'],
    eligibleCountries: ['BZ', 'DM', 'GD'],
    questions: [{ text: 'Which clusters do you work with?', required: true }, { text: 'Anything else?' }],
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};
const publish = (id: string) => as(ctx.app, officer).post(url(`calls/${id}/status`), { status: 'published' });

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true });
  officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
  assessor = await signIn(ctx.app, 'assessor@demo.agglomera.org');
  panel = await signIn(ctx.app, 'panel@demo.agglomera.org');
  evaluator = await signIn(ctx.app, 'evaluator@demo.agglomera.org');
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  prog = workspaceByKind(officer, 'programme');
  otherProg = (
    await as(ctx.app, manager).post('/api/v1/workspaces', { name: 'Other programme', kind: 'programme' })
  ).json().id;
});
afterAll(async () => ctx?.close());

describe('the demo call', () => {
  it('has twenty applications, one ineligible, ten selected with reasons, assessed by assessor@ with one conflict', async () => {
    const res = await as(ctx.app, officer).get(url(`calls/${DEMO_CALL_ID}`));
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.call.status).toBe('closed');
    expect(d.call.competenceAreas).toEqual([
      'Cluster / value chain identification',
      'Project design',
      'Implementation',
    ]);
    expect(d.call.scale).toEqual({ min: 1, max: 5 });
    expect(d.applications).toHaveLength(20);
    const selected = d.applications.filter((a: { selected: boolean }) => a.selected);
    expect(selected.map((a: { applicant: { id: string } }) => a.applicant.id).sort()).toEqual(
      DEMO_APPLICANTS.slice(0, 10)
        .map((a) => a.id)
        .sort(),
    );
    expect(selected.every((a: { selectionReason: string }) => a.selectionReason.length > 10)).toBe(true);
    const ineligible = d.applications.filter((a: { eligible: boolean }) => !a.eligible);
    expect(ineligible.map((a: { applicant: { id: string } }) => a.applicant.id)).toEqual([
      DEMO_APPLICANTS[DEMO_INELIGIBLE_INDEX]!.id,
    ]);
    expect(ineligible[0].ineligibleReasons).toEqual(['missing_answers']);
    expect(d.declarations).toHaveLength(1);
    expect(d.declarations[0].conflictApplicantIds).toEqual([DEMO_APPLICANTS[DEMO_CONFLICT_INDEX]!.id]);
    const conflicted = d.applications.find(
      (a: { applicant: { id: string } }) => a.applicant.id === DEMO_APPLICANTS[DEMO_CONFLICT_INDEX]!.id,
    );
    expect(conflicted.scores).toEqual([]);
    const scored = d.applications.filter((a: { scores: unknown[] }) => a.scores.length === 3);
    expect(scored).toHaveLength(18);
    const list = (await as(ctx.app, officer).get(url('calls'))).json();
    expect(list.calls.find((c: { id: string }) => c.id === DEMO_CALL_ID)).toMatchObject({
      applications: 20,
      selected: 10,
    });
  });
});

describe('roles', () => {
  it('lets assessors read calls but not select; panel members do not see calls; another workspace gets 404', async () => {
    expect((await as(ctx.app, assessor).get(url('calls'))).statusCode).toBe(200);
    expect((await as(ctx.app, evaluator).get(url(`calls/${DEMO_CALL_ID}`))).statusCode).toBe(200);
    expect((await as(ctx.app, panel).get(url('calls'))).statusCode).toBe(403);
    expect((await as(ctx.app, panel).get(url(`calls/${DEMO_CALL_ID}`))).statusCode).toBe(403);
    const d = (await as(ctx.app, officer).get(url(`calls/${DEMO_CALL_ID}`))).json();
    const pick = d.applications.find(
      (a: { selected: boolean; eligible: boolean }) => !a.selected && a.eligible,
    );
    const sel = await as(ctx.app, assessor).post(url(`calls/${DEMO_CALL_ID}/selection`), {
      selections: [{ applicationId: pick.id, reason: 'Good' }],
    });
    expect(sel.statusCode).toBe(403);
    expect(
      (await as(ctx.app, assessor).post(url('calls'), { title: 'x', opensOn: today, deadline: today }))
        .statusCode,
    ).toBe(403);
    // not a member: 404; a member of another programme naming this programme's call: 404
    expect((await as(ctx.app, manager).get(url('calls'))).statusCode).toBe(404);
    expect(
      (await as(ctx.app, manager).get(`/api/v1/workspaces/${otherProg}/programme/calls/${DEMO_CALL_ID}`))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await as(ctx.app, manager).post(
          `/api/v1/workspaces/${otherProg}/programme/calls/${DEMO_CALL_ID}/status`,
          {
            status: 'closed',
          },
        )
      ).statusCode,
    ).toBe(404);
  });

  it('shows an assessor only their own scores', async () => {
    const d = (await as(ctx.app, assessor).get(url(`calls/${DEMO_CALL_ID}`))).json();
    expect(d.canRun).toBe(false);
    expect(d.canAssess).toBe(true);
    expect(d.myDeclaration.conflictApplicantIds).toHaveLength(1);
    const all = d.applications.flatMap((a: { scores: { userId: string }[] }) => a.scores);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((s: { userId: string }) => s.userId === assessor.userId)).toBe(true);
  });
});

describe('a call from draft to selection', () => {
  let callId: string;
  const applicant = (short: string) => DEMO_APPLICANTS.find((a) => a.short === short)!.id;

  it('is created with IDB’s three areas and the platform’s scale by default, and edited while draft', async () => {
    callId = await newCall();
    let d = (await as(ctx.app, officer).get(url(`calls/${callId}`))).json();
    expect(d.call.status).toBe('draft');
    expect(d.call.competenceAreas).toHaveLength(3);
    expect(d.call.questions).toEqual([
      { id: 'q1', text: 'Which clusters do you work with?', required: true },
      { id: 'q2', text: 'Anything else?', required: false },
    ]);
    const res = await as(ctx.app, officer).patch(url(`calls/${callId}`), {
      title: 'Call for BSOs',
      competenceAreas: ['Cluster identification', 'Project design'],
      scaleMin: 0,
      scaleMax: 10,
    });
    expect(res.statusCode, res.body).toBe(200);
    d = res.json();
    expect(d.call.title).toBe('Call for BSOs');
    expect(d.call.scale).toEqual({ min: 0, max: 10 });
  });

  it('receives no application while draft, and cannot be changed once published', async () => {
    const res = await as(ctx.app, officer).post(url(`calls/${callId}/applications`), {
      applicantId: applicant('BELTRAIDE'),
      answers: { q1: 'Tourism' },
    });
    expect(res.statusCode).toBe(409);
    expect((await publish(callId)).statusCode).toBe(200);
    expect((await publish(callId)).statusCode).toBe(409);
    expect((await as(ctx.app, officer).patch(url(`calls/${callId}`), { title: 'Late' })).statusCode).toBe(
      409,
    );
  });

  it('checks eligibility: type, country, required answers, each reason stored as a code', async () => {
    const ok = await as(ctx.app, officer).post(url(`calls/${callId}/applications`), {
      applicantId: applicant('BELTRAIDE'),
      answers: { q1: 'Tourism, seaweed' },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().application).toMatchObject({ eligible: true, ineligibleReasons: [] });
    const wrongCountry = await as(ctx.app, officer).post(url(`calls/${callId}/applications`), {
      applicantId: applicant('JMEA'),
      answers: {},
    });
    expect(wrongCountry.json().application).toMatchObject({
      eligible: false,
      ineligibleReasons: ['country', 'missing_answers'],
    });
    const wrongType = await as(ctx.app, officer).post(url(`calls/${callId}/applications`), {
      applicantId: applicant('Lakeside'),
      answers: { q1: 'Agro-food' },
    });
    expect(wrongType.json().application.ineligibleReasons).toEqual(['applicant_type', 'country']);
    for (const short of ['DEXIA', 'GIDC'])
      expect(
        (
          await as(ctx.app, officer).post(url(`calls/${callId}/applications`), {
            applicantId: applicant(short),
            answers: { q1: 'Cocoa' },
          })
        ).statusCode,
      ).toBe(201);
    const twice = await as(ctx.app, officer).post(url(`calls/${callId}/applications`), {
      applicantId: applicant('DEXIA'),
      answers: { q1: 'Again' },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const before = (await as(ctx.app, officer).get(url(`calls/${callId}`))).json().applications.length;
    const unknownQuestion = await as(ctx.app, officer).post(url(`calls/${callId}/applications`), {
      applicantId: applicant('GHTA'),
      answers: { q9: 'x' },
    });
    expect(unknownQuestion.statusCode).toBe(400);
    expect(JSON.stringify(unknownQuestion.json().error.details)).toContain('body.answers.q9');
    const foreign = await as(ctx.app, manager).post(`/api/v1/workspaces/${otherProg}/programme/applicants`, {
      name: 'Elsewhere BSO',
      type: 'bso',
    });
    expect(foreign.statusCode).toBe(201);
    const notOurs = await as(ctx.app, officer).post(url(`calls/${callId}/applications`), {
      applicantId: foreign.json().id,
    });
    expect(notOurs.statusCode).toBe(400);
    expect(JSON.stringify(notOurs.json().error.details)).toContain('body.applicantId');
    const badDates = await as(ctx.app, officer).post(url('calls'), {
      title: 'Backwards',
      opensOn: '2025-05-01',
      deadline: '2025-04-01',
    });
    expect(badDates.statusCode).toBe(400);
    expect(JSON.stringify(badDates.json().error.details)).toContain('body.deadline');
    const notADay = await as(ctx.app, officer).post(url('calls'), {
      title: 'Nope',
      opensOn: '2025-02-30',
      deadline: '2025-04-01',
    });
    expect(notADay.statusCode).toBe(400);
    await as(ctx.app, officer).patch('/api/v1/me', { locale: 'fr' });
    const french = await as(ctx.app, officer).post(url('calls'), {
      title: 'Backwards',
      opensOn: '2025-05-01',
      deadline: '2025-04-01',
    });
    await as(ctx.app, officer).patch('/api/v1/me', { locale: 'en' });
    expect(french.json().error.message).toMatch(/date limite/);
    expect((await as(ctx.app, officer).get(url(`calls/${callId}`))).json().applications.length).toBe(before);
  });

  it('lets the answers be changed while the call is open, checking eligibility again', async () => {
    const d = (await as(ctx.app, officer).get(url(`calls/${callId}`))).json();
    const gidc = d.applications.find(
      (a: { applicant: { shortName: string } }) => a.applicant.shortName === 'GIDC',
    );
    const blank = await as(ctx.app, officer).patch(url(`calls/${callId}/applications/${gidc.id}`), {
      answers: { q1: '  ' },
    });
    expect(blank.statusCode, blank.body).toBe(200);
    expect(blank.json().applications.find((a: { id: string }) => a.id === gidc.id)).toMatchObject({
      eligible: false,
      ineligibleReasons: ['missing_answers'],
    });
    const back = await as(ctx.app, officer).patch(url(`calls/${callId}/applications/${gidc.id}`), {
      answers: { q1: 'Chocolate', q2: 'Two trainees' },
    });
    expect(back.json().applications.find((a: { id: string }) => a.id === gidc.id).eligible).toBe(true);
    expect(
      (await as(ctx.app, assessor).patch(url(`calls/${callId}/applications/${gidc.id}`), { answers: {} }))
        .statusCode,
    ).toBe(403);
  });

  it('refuses an application after the deadline with 409', async () => {
    const late = await newCall({ opensOn: '2020-01-01', deadline: '2020-02-01' });
    await publish(late);
    const res = await as(ctx.app, officer).post(url(`calls/${late}/applications`), {
      applicantId: applicant('BELTRAIDE'),
      answers: { q1: 'x' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('2020-02-01');
  });

  it('lets an assessor score only after declaring conflicts, and never an applicant declared', async () => {
    const d = (await as(ctx.app, assessor).get(url(`calls/${callId}`))).json();
    const appOf = (short: string) =>
      d.applications.find((a: { applicant: { shortName: string } }) => a.applicant.shortName === short).id;
    const scoreUrl = (short: string) => url(`calls/${callId}/applications/${appOf(short)}/scores`);
    const first = await as(ctx.app, assessor).put(scoreUrl('BELTRAIDE'), { scores: { 'Project design': 7 } });
    expect(first.statusCode).toBe(409);
    expect(first.json().error.message).toMatch(/[Dd]eclare/);
    const decl = await as(ctx.app, assessor).put(url(`calls/${callId}/declaration`), {
      conflictApplicantIds: [applicant('DEXIA')],
    });
    expect(decl.statusCode, decl.body).toBe(200);
    const conflicted = await as(ctx.app, assessor).put(scoreUrl('DEXIA'), {
      scores: { 'Project design': 7 },
    });
    expect(conflicted.statusCode).toBe(409);
    expect(conflicted.json().error.message).toContain('Dominica Export Import Agency (demo)');
    const ok = await as(ctx.app, assessor).put(scoreUrl('BELTRAIDE'), {
      scores: { 'Cluster identification': 8, 'Project design': 6 },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const row = ok.json().applications.find((a: { id: string }) => a.id === appOf('BELTRAIDE'));
    expect(row.mean).toBe(7);
    // again, the same answer (an upsert), and outside the scale refused naming the area
    expect(
      (await as(ctx.app, assessor).put(scoreUrl('BELTRAIDE'), { scores: { 'Project design': 6 } }))
        .statusCode,
    ).toBe(200);
    const out = await as(ctx.app, assessor).put(scoreUrl('GIDC'), { scores: { 'Project design': 11 } });
    expect(out.statusCode).toBe(400);
    expect(JSON.stringify(out.json().error.details)).toContain('body.scores.Project design');
    const unknownArea = await as(ctx.app, assessor).put(scoreUrl('GIDC'), { scores: { Implementation: 3 } });
    expect(unknownArea.statusCode).toBe(400);
    const ineligible = await as(ctx.app, assessor).put(scoreUrl('JMEA'), { scores: { 'Project design': 3 } });
    expect(ineligible.statusCode).toBe(409);
    // declaring a conflict afterwards withdraws one's scores of that applicant
    await as(ctx.app, assessor).put(url(`calls/${callId}/declaration`), {
      conflictApplicantIds: [applicant('DEXIA'), applicant('BELTRAIDE')],
    });
    const after = (await as(ctx.app, officer).get(url(`calls/${callId}`))).json();
    expect(after.applications.find((a: { id: string }) => a.id === appOf('BELTRAIDE')).scores).toEqual([]);
  });

  it('selects several in one decision with a reason each, all or none', async () => {
    const d = (await as(ctx.app, officer).get(url(`calls/${callId}`))).json();
    const appOf = (short: string) =>
      d.applications.find((a: { applicant: { shortName: string } }) => a.applicant.shortName === short).id;
    // one ineligible in the list: nothing is selected
    const mixed = await as(ctx.app, officer).post(url(`calls/${callId}/selection`), {
      selections: [
        { applicationId: appOf('BELTRAIDE'), reason: 'Strong team' },
        { applicationId: appOf('JMEA'), reason: 'Outside the countries' },
      ],
    });
    expect(mixed.statusCode).toBe(409);
    expect(mixed.json().error.message).toContain('Jamaica');
    const noReason = await as(ctx.app, officer).post(url(`calls/${callId}/selection`), {
      selections: [
        { applicationId: appOf('BELTRAIDE'), reason: 'Strong team' },
        { applicationId: appOf('DEXIA'), reason: '  ' },
      ],
    });
    expect(noReason.statusCode).toBe(400);
    expect(JSON.stringify(noReason.json().error.details)).toContain('body.selections.1.reason');
    let now = (await as(ctx.app, officer).get(url(`calls/${callId}`))).json();
    expect(now.applications.filter((a: { selected: boolean }) => a.selected)).toHaveLength(0);
    const ok = await as(ctx.app, officer).post(url(`calls/${callId}/selection`), {
      selections: [
        { applicationId: appOf('BELTRAIDE'), reason: 'Strong team' },
        { applicationId: appOf('DEXIA'), reason: 'Cocoa cluster ready' },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    now = ok.json();
    expect(
      now.applications
        .filter((a: { selected: boolean }) => a.selected)
        .map((a: { selectionReason: string }) => a.selectionReason)
        .sort(),
    ).toEqual(['Cocoa cluster ready', 'Strong team']);
    const again = await as(ctx.app, officer).post(url(`calls/${callId}/selection`), {
      selections: [{ applicationId: appOf('DEXIA'), reason: 'Twice' }],
    });
    expect(again.statusCode).toBe(409);
    const withdraw = await as(ctx.app, officer).delete(url(`calls/${callId}/selection/${appOf('DEXIA')}`));
    expect(withdraw.statusCode).toBe(200);
    expect(withdraw.json().applications.filter((a: { selected: boolean }) => a.selected)).toHaveLength(1);
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('workspace_id', '=', prog)
      .where('action', 'like', 'programme.%')
      .execute();
    // The call's actions (the demo's plans and grants write their own beside them).
    const callActions = audit
      .map((a) => a.action)
      .filter((a) => /^programme\.(call|application|declaration|selection)/.test(a));
    expect(new Set(callActions)).toEqual(
      new Set([
        'programme.call.create',
        'programme.call.update',
        'programme.call.publish',
        'programme.application.create',
        'programme.application.update',
        'programme.declaration.save',
        'programme.application.score',
        'programme.selection',
        'programme.selection.withdraw',
      ]),
    );
  });
});

describe('the applicant register', () => {
  it('lists, adds and edits organisations, names unique, runners only', async () => {
    const list = (await as(ctx.app, evaluator).get(url('applicants'))).json();
    expect(list.applicants).toHaveLength(20);
    expect((await as(ctx.app, assessor).post(url('applicants'), { name: 'X', type: 'bso' })).statusCode).toBe(
      403,
    );
    const add = await as(ctx.app, officer).post(url('applicants'), {
      name: 'Saint Kitts Investment Promotion Agency',
      shortName: 'SKIPA',
      country: 'KN',
      type: 'bso',
    });
    expect(add.statusCode, add.body).toBe(201);
    const dup = await as(ctx.app, officer).post(url('applicants'), {
      name: 'saint kitts investment promotion agency',
      type: 'bso',
    });
    expect(dup.statusCode).toBe(409);
    const badCountry = await as(ctx.app, officer).post(url('applicants'), {
      name: 'Y',
      type: 'bso',
      country: 'kn',
    });
    expect(badCountry.statusCode).toBe(400);
    const edit = await as(ctx.app, officer).patch(url(`applicants/${add.json().id}`), { type: 'other' });
    expect(edit.statusCode).toBe(200);
    expect(edit.json().applicants.find((a: { shortName: string }) => a.shortName === 'SKIPA').type).toBe(
      'other',
    );
  });
});
