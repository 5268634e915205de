import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestContext,
  signIn,
  workspaceByKind,
  type Session,
  type TestContext,
  jobResult,
} from './helpers.js';

/** Ties of the network collected through a survey (issue 5: "entered by hand or from a survey"). */
let ctx: TestContext;
let manager: Session;
let ws: string;
let surveyId: string;
let actors: { id: string; name: string }[];
const links = new Map<string, string>();
const url = (path: string) => `/api/v1/workspaces/${ws}/surveys${path}`;
const tokenOf = (text: string) => /\/s\/(sv_[A-Za-z0-9_-]+)/.exec(text)![1]!;
const question = {
  name: 'partners',
  type: 'actor_ties',
  tieType: 'cooperation',
  required: false,
  label: { en: 'Which actors do you cooperate with?', fr: 'Avec qui coopérez-vous ?' },
};
const definition = (over: Record<string, unknown> = {}) => ({
  title: { en: 'Who works with whom' },
  formId: 'network_2026',
  anonymous: false,
  deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  questions: [question],
  ...over,
});
const answer = (token: string, answers: unknown) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1/survey-links/${token}/responses`, payload: { answers } });

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
  actors = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/actors?limit=500`)).json().actors;
  // Three actors of the register get an address and are asked.
  for (const [k, email] of ['a@example.org', 'b@example.org', 'c@example.org'].entries())
    await ctx.handle.db.updateTable('actors').set({ email }).where('id', '=', actors[k]!.id).execute();
  await ctx.handle.db
    .updateTable('actors')
    .set({ email: '' })
    .where('workspace_id', '=', ws)
    .where(
      'id',
      'not in',
      actors.slice(0, 3).map((a) => a.id),
    )
    .execute();
});
afterAll(async () => ctx.close());

describe('actor_ties questions', () => {
  it('are defined with a tie type, and refused without one, with choices, or in an anonymous survey', async () => {
    const m = as(ctx.app, manager);
    const noType = await m.post(url(''), definition({ questions: [{ ...question, tieType: undefined }] }));
    expect(noType.statusCode).toBe(400);
    expect(noType.json().error.details[0].field).toBe('body.questions.0.tieType');
    const anonymous = await m.post(url(''), definition({ anonymous: true }));
    expect(anonymous.statusCode).toBe(400);
    expect(anonymous.json().error.details[0]).toEqual({
      field: 'body.questions.0.type',
      message: 'actor_ties needs a survey that is not anonymous',
    });
    const withChoices = await m.post(
      url(''),
      definition({ questions: [{ ...question, choices: [{ name: 'x', label: { en: 'X' } }] }] }),
    );
    expect(withChoices.statusCode).toBe(400);
    // A programme keeps no actor register.
    const officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
    const programme = workspaceByKind(officer, 'programme');
    const inProgramme = await as(ctx.app, officer).post(
      `/api/v1/workspaces/${programme}/surveys`,
      definition(),
    );
    expect(inProgramme.statusCode).toBe(400);
    expect(inProgramme.json().error.details[0]).toEqual({
      field: 'body.questions.0.type',
      message: 'actor_ties needs a cluster initiative',
    });
    const created = await m.post(url(''), definition());
    expect(created.statusCode, created.body).toBe(201);
    surveyId = created.json().id;
    expect(created.json().questions[0]).toMatchObject({ type: 'actor_ties', tieType: 'cooperation' });
    // XLSForm has no such question type: the export says so instead of dropping the question.
    const xls = await m.get(url(`/${surveyId}/xlsform`));
    expect(xls.statusCode).toBe(409);
    expect(xls.json().error.message).toMatch(/XLSForm has no such question type/);
  });

  it('show each respondent the register without their own organisation', async () => {
    const m = as(ctx.app, manager);
    const sent = await m.post(url(`/${surveyId}/send`), { members: false, actors: 'all_with_email' });
    expect((await jobResult(ctx.app, sent)).newlyInvited).toBe(3);
    for (const mail of ctx.mailer.sent.filter((x) => x.subject.startsWith('Survey: Who works')))
      links.set(mail.to, tokenOf(mail.text));
    const form = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/survey-links/${links.get('a@example.org')}`,
    });
    const roster = form.json().roster as { id: string; name: string }[];
    expect(roster.length).toBe(actors.length - 1);
    expect(roster.some((r) => r.id === actors[0]!.id)).toBe(false);
    expect(roster.some((r) => r.id === actors[1]!.id)).toBe(true);
  });

  it('take named actors with a strength, and refuse unknown actors, the respondent, and bad strengths', async () => {
    const [a, b, c, d] = actors;
    const tokenA = links.get('a@example.org')!;
    const unknown = await answer(tokenA, {
      partners: [{ actor: '00000000-0000-4000-8000-000000000000', strength: 2 }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe('body.answers.partners.0.actor');
    const self = await answer(tokenA, {
      partners: [
        { actor: b!.id, strength: 2 },
        { actor: a!.id, strength: 2 },
      ],
    });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.details[0]).toEqual({
      field: 'body.answers.partners.1.actor',
      message: 'is the respondent',
    });
    const strength = await answer(tokenA, { partners: [{ actor: b!.id, strength: 7 }] });
    expect(strength.statusCode).toBe(400);
    expect(strength.json().error.details[0].field).toBe('body.answers.partners.0.strength');
    const twice = await answer(tokenA, {
      partners: [
        { actor: b!.id, strength: 2 },
        { actor: b!.id, strength: 3 },
      ],
    });
    expect(twice.statusCode).toBe(400);
    // Nothing was stored by the refused answers: the link still works.
    expect(
      (
        await answer(tokenA, {
          partners: [
            { actor: b!.id, strength: 4 },
            { actor: d!.id, strength: 2 },
          ],
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await answer(links.get('b@example.org')!, {
          partners: [
            { actor: a!.id, strength: 3 },
            { actor: c!.id, strength: 5 },
          ],
        })
      ).statusCode,
    ).toBe(201);
    expect((await answer(links.get('c@example.org')!, { partners: [] })).statusCode).toBe(201);
    // A used link lists nobody of the register any more (hardening issue, item 7).
    const used = await ctx.app.inject({ method: 'GET', url: `/api/v1/survey-links/${tokenA}` });
    expect(used.json()).toMatchObject({ responded: true, roster: [] });
  });

  it('give results with the ties named and the actors named most, and export them by name', async () => {
    const m = as(ctx.app, manager);
    const res = (await m.get(url(`/${surveyId}/results`))).json();
    const q = res.questions[0];
    expect(q).toMatchObject({ type: 'actor_ties', tieType: 'cooperation', answered: 2, named: 4 });
    expect(q.mostNamed).toHaveLength(4);
    expect(q.mostNamed.every((x: { count: number }) => x.count === 1)).toBe(true);
    const csv = await m.get(url(`/${surveyId}/responses/export?format=csv`));
    expect(csv.body).toContain(`${actors[1]!.name} (4); ${actors[3]!.name} (2)`);
  });

  it('become ties of the network once the team adds them, each only once', async () => {
    const m = as(ctx.app, manager);
    const before = (await m.get(`/api/v1/workspaces/${ws}/network`)).json();
    const member = await signIn(ctx.app, 'member@demo.agglomera.org');
    expect(
      (await as(ctx.app, member).post(url(`/${surveyId}/ties`), { question: 'partners' })).statusCode,
    ).toBe(403);
    const wrong = await m.post(url(`/${surveyId}/ties`), { question: 'nope' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toBe('body.question');

    const imported = await m.post(url(`/${surveyId}/ties`), { question: 'partners' });
    expect(imported.statusCode, imported.body).toBe(200);
    // a named b and d; b named a and c: the pair a–b is one tie, named from both sides on the same day.
    expect(imported.json()).toEqual({ created: 3, skipped: 1, withoutActor: 0 });
    const again = await m.post(url(`/${surveyId}/ties`), { question: 'partners' });
    expect(again.json()).toEqual({ created: 0, skipped: 4, withoutActor: 0 });

    const after = (await m.get(`/api/v1/workspaces/${ws}/network`)).json();
    expect(after.ties.length).toBe(before.ties.length + 3);
    const fromSurvey = await ctx.handle.db
      .selectFrom('actor_ties')
      .select(['source_actor_id', 'target_actor_id', 'strength', 'source', 'tie_type'])
      .where('workspace_id', '=', ws)
      .where('source', '=', 'survey')
      .execute();
    expect(fromSurvey).toHaveLength(3);
    expect(fromSurvey).toContainEqual({
      source_actor_id: actors[1]!.id,
      target_actor_id: actors[2]!.id,
      strength: 5,
      source: 'survey',
      tie_type: 'cooperation',
    });
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('workspace_id', '=', ws)
      .where('action', '=', 'ties.import_survey')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('count a signed-in member login as the organisation it speaks for', async () => {
    const m = as(ctx.app, manager);
    const survey = await m.post(url(''), definition({ formId: 'network_members' }));
    const id = survey.json().id;
    await jobResult(ctx.app, await m.post(url(`/${id}/send`), { members: true, actors: 'none' }));
    const member = await signIn(ctx.app, 'member@demo.agglomera.org');
    const own = await ctx.handle.db
      .selectFrom('memberships')
      .select('actor_id')
      .where('workspace_id', '=', ws)
      .where('user_id', '=', member.userId)
      .executeTakeFirstOrThrow();
    expect(own.actor_id).not.toBeNull();
    const form = (await as(ctx.app, member).get(url(`/${id}/form`))).json();
    expect(form.roster.some((r: { id: string }) => r.id === own.actor_id)).toBe(false);
    const target = form.roster[0].id as string;
    const res = await as(ctx.app, member).post(url(`/${id}/responses`), {
      answers: { partners: [{ actor: target, strength: 2 }] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const imported = await m.post(url(`/${id}/ties`), { question: 'partners', observedOn: '2026-01-15' });
    expect(imported.json()).toEqual({ created: 1, skipped: 0, withoutActor: 0 });
    const tie = await ctx.handle.db
      .selectFrom('actor_ties')
      .select(['source_actor_id', 'target_actor_id'])
      .where('workspace_id', '=', ws)
      .where(sql<string>`observed_on::text`, '=', '2026-01-15')
      .executeTakeFirstOrThrow();
    expect(tie).toEqual({ source_actor_id: own.actor_id, target_actor_id: target });
  });
});
