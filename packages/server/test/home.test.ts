import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestContext,
  jobResult,
  signIn,
  workspaceByKind,
  type Session,
  type TestContext,
} from './helpers.js';

/** Role homes and My tasks (issue 12, items 1 and 6), on the demo. */
let ctx: TestContext;
let manager: Session;
let member: Session;
let member3: Session;
let officer: Session;
let panel: Session;
let ws: string;
let programme: string;
const api = (path: string, w = ws) => `/api/v1/workspaces/${w}${path}`;
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true });
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  member3 = await signIn(ctx.app, 'member3@demo.agglomera.org');
  officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
  panel = await signIn(ctx.app, 'panel@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
  programme = workspaceByKind(officer, 'programme');
});
afterAll(async () => ctx.close());

describe("the manager's dashboard", () => {
  it('counts what the module screens count', async () => {
    const m = as(ctx.app, manager);
    const home = await m.get(api('/home/manager'));
    expect(home.statusCode, home.body).toBe(200);
    const h = home.json();

    // Pipeline: the totals of the pipeline screen, stage by stage.
    const pipeline = (await m.get(api('/membership/pipeline'))).json().stages as {
      stage: string;
      total: number;
    }[];
    expect(h.pipeline).toEqual(pipeline.map((s) => ({ stage: s.stage, total: s.total })));
    expect(h.pipeline.reduce((n: number, s: { total: number }) => n + s.total, 0)).toBeGreaterThan(0);

    // Open surveys: the sent surveys of the surveys screen not yet closed, with the same rates.
    const surveys = (await m.get(api('/surveys?limit=200'))).json().surveys as {
      id: string;
      sentAt: string | null;
      closed: boolean;
      invited: number;
      responses: number;
      responseRate: number | null;
    }[];
    const open = surveys.filter((s) => s.sentAt && !s.closed);
    expect(open.length).toBeGreaterThan(0);
    expect(h.surveys.map((s: { id: string }) => s.id).sort()).toEqual(open.map((s) => s.id).sort());
    for (const s of open) {
      const d = h.surveys.find((x: { id: string }) => x.id === s.id);
      expect({ invited: d.invited, responses: d.responses, rate: d.responseRate }).toEqual({
        invited: s.invited,
        responses: s.responses,
        rate: s.responseRate,
      });
    }

    // Events: the registrations of each event's screen.
    expect(h.events.length).toBeGreaterThan(0);
    for (const e of h.events) {
      const screen = (await m.get(api(`/events/${e.id}`))).json();
      expect({ registered: e.registered, waitlisted: e.waitlisted, capacity: e.capacity }).toEqual({
        registered: screen.registered,
        waitlisted: screen.waitlisted,
        capacity: screen.event.capacity,
      });
    }

    // Tasks: the late count equals everyone's late tasks in My tasks, and the demo has late project tasks.
    const all = (await m.get(api('/tasks?scope=all'))).json();
    expect(h.tasks.late).toBe(all.tasks.filter((t: { late: boolean }) => t.late).length);
    expect(h.tasks.bySource.project_task.late).toBeGreaterThan(0);
    const projects = (await m.get(api('/projects'))).json();
    let lateProjectTasks = 0;
    for (const p of projects.projects ?? projects) {
      const detail = (await m.get(api(`/projects/${p.id}`))).json();
      if (detail.closed_on ?? detail.closedOn) continue;
      lateProjectTasks += (
        detail.tasks as { due_on?: string; dueOn?: string; done_on?: string | null; doneOn?: string | null }[]
      ).filter((t) => !(t.done_on ?? t.doneOn) && (t.due_on ?? t.dueOn)! < today()).length;
    }
    expect(h.tasks.bySource.project_task.late).toBe(lateProjectTasks);

    // Indicator lights: the demo indicator is just under its target (amber).
    expect(h.indicators.lights.amber).toBeGreaterThanOrEqual(1);
    expect(h.activity.length).toBeGreaterThan(0);
  });

  it('is refused to a member, who reads their own home instead', async () => {
    expect((await as(ctx.app, member).get(api('/home/manager'))).statusCode).toBe(403);
    expect((await as(ctx.app, member).get(api('/tasks?scope=all'))).statusCode).toBe(403);
    expect((await as(ctx.app, member).get(api('/home/member'))).statusCode).toBe(200);
    // A programme officer is not a member of the initiative: not found, as for any other workspace.
    expect((await as(ctx.app, officer).get(api('/home/member'))).statusCode).toBe(404);
  });
});

describe("a member's home", () => {
  it('lists exactly the open surveys this member has to answer', async () => {
    const m = as(ctx.app, manager);
    const before = (await as(ctx.app, member).get(api('/home/member'))).json();
    // The demo survey awaits the demo member.
    expect(before.surveys.map((s: { title: { en: string } }) => s.title.en)).toContain(
      'Export readiness check (demo)',
    );

    // A survey sent to the members: both see it until each answers.
    const created = await m.post(api('/surveys'), {
      title: { en: 'Home survey', fr: 'Enquête accueil', es: 'Encuesta inicio' },
      formId: 'home_survey',
      anonymous: false,
      deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      questions: [{ name: 'ok', type: 'text', required: false, label: { en: 'Anything?' } }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const sid = created.json().id;
    await jobResult(ctx.app, await m.post(api(`/surveys/${sid}/send`), { members: true, actors: 'none' }));
    const answered = await as(ctx.app, member).post(api(`/surveys/${sid}/responses`), {
      answers: { ok: 'yes' },
    });
    expect(answered.statusCode, answered.body).toBe(201);

    const mine = (await as(ctx.app, member).get(api('/home/member'))).json();
    const other = (await as(ctx.app, member3).get(api('/home/member'))).json();
    const ids = (h: { surveys: { id: string }[] }) => h.surveys.map((s) => s.id);
    expect(ids(mine)).not.toContain(sid);
    expect(ids(other)).toContain(sid);
    // Exactly the screen's list: invited, not answered, not closed.
    const screen = (await as(ctx.app, member).get(api('/surveys/mine'))).json().surveys as {
      id: string;
      responded: boolean;
      closed: boolean;
    }[];
    expect(ids(mine).sort()).toEqual(
      screen
        .filter((s) => !s.responded && !s.closed)
        .map((s) => s.id)
        .sort(),
    );
    // The demo survey went to the demo member only, not to member3.
    expect(other.surveys.map((s: { title: { en: string } }) => s.title.en)).not.toContain(
      'Export readiness check (demo)',
    );
  });

  it('lists the open needs votes until the member has voted', async () => {
    const surveys = (await as(ctx.app, manager).get(api('/needs-surveys'))).json().surveys as {
      id: string;
      status: string;
    }[];
    const openIds = surveys.filter((s) => s.status === 'open').map((s) => s.id);
    const before = (await as(ctx.app, member).get(api('/home/member'))).json();
    expect(before.votes.map((v: { id: string }) => v.id).sort()).toEqual(openIds.sort());
    const target = openIds[0]!;
    const detail = (await as(ctx.app, member).get(api(`/needs-surveys/${target}`))).json();
    const needId = (detail.needs ?? detail.survey?.needs)[0].id;
    const voted = await as(ctx.app, member).put(api(`/needs-surveys/${target}/votes`), {
      votes: [{ needId, vote: 3 }],
    });
    expect(voted.statusCode, voted.body).toBe(200);
    const after = (await as(ctx.app, member).get(api('/home/member'))).json();
    const other = (await as(ctx.app, member3).get(api('/home/member'))).json();
    expect(after.votes.map((v: { id: string }) => v.id)).not.toContain(target);
    expect(other.votes.map((v: { id: string }) => v.id)).toContain(target);
  });
});

describe('funder and scorer homes', () => {
  it('shows a card per followed initiative with only what it shares', async () => {
    const res = await as(ctx.app, officer).get(api('/home/funder', programme));
    expect(res.statusCode, res.body).toBe(200);
    // The demo's funded plans are followed too (issue 15): find the demo initiative's card.
    const card = res
      .json()
      .cards.find(
        (c: { initiative: { name: string } }) => c.initiative.name === 'Lakeside Agro-Food Cluster (demo)',
      );
    expect(card).toBeDefined();
    expect(card.lifecycle.stage).toBe('initiation');
    expect(card.lights.amber).toBeGreaterThanOrEqual(1);
    // The demo initiative shares its reports (issue 15): its annual report shows.
    expect(card.lastReport.title).toMatch(/^Annual monitoring report \d{4} \(demo\)$/);
  });

  it('shows the panel member the selection awaiting their scores', async () => {
    const res = (await as(ctx.app, panel).get(api('/home/scoring', programme))).json();
    expect(res.selections).toEqual([
      expect.objectContaining({ name: 'Second call: candidate clusters (demo)', expected: 3, scored: 0 }),
    ]);
    expect((await as(ctx.app, officer).get(api('/home/scoring', programme))).json().selections).toEqual([]);
  });
});

describe('My tasks', () => {
  it('brings every source into one list, mine or everyone’s', async () => {
    const m = as(ctx.app, manager);
    // A benchmarking recommendation and a PDCA cycle of a process this manager owns.
    const assessment = await ctx.handle.db
      .insertInto('benchmark_assessments')
      .values({
        workspace_id: ws,
        assessed_on: today(),
        scores: '{}',
        notes: '{}',
        created_by: manager.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rec = await m.post(api('/benchmarking/recommendations'), {
      assessmentId: assessment.id,
      text: 'Raise the private share of the budget',
      responsibleUserId: manager.userId,
      dueOn: '2026-01-31',
    });
    expect(rec.statusCode, rec.body).toBe(201);
    const proc = await m.post(api('/operations/processes'), {
      kind: 'core',
      name: 'Member onboarding',
      owner: 'Marie Manager (demo)',
    });
    expect(proc.statusCode, proc.body).toBe(201);
    const cycle = await m.post(api(`/operations/processes/${proc.json().id}/cycles`), {
      problem: 'Slow onboarding',
      goal: 'One week',
      measures: 'A checklist',
    });
    expect(cycle.statusCode, cycle.body).toBe(201);

    const mine = (await m.get(api('/tasks'))).json();
    expect(mine.scope).toBe('mine');
    const sources = new Set(mine.tasks.map((t: { source: string }) => t.source));
    for (const s of [
      'project_task',
      'stakeholder_measure',
      'benchmark_recommendation',
      'evaluation_recommendation',
      'pdca_step',
      'indicator_value',
    ])
      expect(sources, s).toContain(s);
    const bench = mine.tasks.find((t: { source: string }) => t.source === 'benchmark_recommendation');
    expect(bench).toMatchObject({ late: true, dueOn: '2026-01-31', module: 'monitoring' });
    expect(bench.link).toBe(`/w/${ws}/monitoring/benchmarking`);
    // Late values: the demo indicator had no value last quarter.
    expect(
      mine.tasks.some((t: { source: string; late: boolean }) => t.source === 'indicator_value' && t.late),
    ).toBe(true);

    // Everyone's includes the demo's PDCA cycle owned by "Cluster manager" (no login of that name).
    const all = (await m.get(api('/tasks?scope=all'))).json();
    expect(all.tasks.length).toBeGreaterThan(mine.tasks.length);
    // The demo board seat whose term ends within the reminder window is in everyone's list, dated
    // by the term's end and opening governance; it is nobody's own task.
    const terms = all.tasks.filter((t: { source: string }) => t.source === 'governance_term');
    const governance = (await m.get(api('/organisation/governance'))).json();
    expect(terms.map((t: { key: string }) => t.key.split(':')[1]).sort()).toEqual(
      governance.expiring.map((e: { seatId: string }) => e.seatId).sort(),
    );
    expect(terms.length).toBeGreaterThan(0);
    expect(terms[0]).toMatchObject({ module: 'organisation', link: `/w/${ws}/organisation/governance` });
    expect(terms[0].dueOn).toBe(governance.expiring[0].termEnd);
    expect(mine.tasks.some((t: { source: string }) => t.source === 'governance_term')).toBe(false);
    // A member has none of the manager's tasks.
    const memberTasks = (await as(ctx.app, member).get(api('/tasks'))).json();
    expect(memberTasks.canSeeAll).toBe(false);
    expect(memberTasks.tasks.filter((t: { assigneeId: string }) => t.assigneeId === manager.userId)).toEqual(
      [],
    );
  });
});

describe('the calendar feed of my tasks', () => {
  const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

  it('serves one event per dated task, escaped, at a secret address that can be revoked', async () => {
    const m = as(ctx.app, manager);
    expect((await m.get('/api/v1/me/calendar-feed')).json().active).toBe(false);
    const assessment = await ctx.handle.db
      .insertInto('benchmark_assessments')
      .values({
        workspace_id: ws,
        assessed_on: today(),
        scores: '{}',
        notes: '{}',
        created_by: manager.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rec = await m.post(api('/benchmarking/recommendations'), {
      assessmentId: assessment.id,
      text: 'Fees, dues; and a backslash \\ too',
      responsibleUserId: manager.userId,
      dueOn: '2027-03-01',
    });
    expect(rec.statusCode, rec.body).toBe(201);

    const made = await m.post('/api/v1/me/calendar-feed');
    expect(made.statusCode, made.body).toBe(201);
    const url = new URL(made.json().url);
    expect(url.pathname).toMatch(/^\/api\/v1\/calendar\/cal_[\w-]+\.ics$/);
    // The address is shown once: the status does not repeat it.
    expect(JSON.stringify((await m.get('/api/v1/me/calendar-feed')).json())).not.toContain(url.pathname);

    const feed = await ctx.app.inject({ method: 'GET', url: url.pathname });
    expect(feed.statusCode, feed.body).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const ics = unfold(feed.body);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    // Lines are folded at 75 octets (RFC 5545 3.1).
    for (const line of feed.body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    // One VEVENT per dated task of mine, across my workspaces.
    let dated = 0;
    for (const w of manager.workspaces) {
      const mine = (await as(ctx.app, manager).get(api('/tasks', w.id))).json().tasks as {
        dueOn: string | null;
      }[];
      dated += mine.filter((t) => t.dueOn).length;
    }
    expect(dated).toBeGreaterThan(3);
    expect(ics.match(/^BEGIN:VEVENT$/gm)?.length).toBe(dated);
    expect(ics).toContain('SUMMARY:Fees\\, dues\\; and a backslash \\\\ too');
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20270301/);

    // A wrong token and, after revocation, the right one are refused.
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/calendar/cal_wrongwrongwrong.ics' })).statusCode,
    ).toBe(404);
    const revoked = await m.delete('/api/v1/me/calendar-feed');
    expect(revoked.json()).toEqual({ revoked: true });
    expect((await ctx.app.inject({ method: 'GET', url: url.pathname })).statusCode).toBe(404);
    expect((await m.get('/api/v1/me/calendar-feed')).json().active).toBe(false);
  });

  it('replaces the old address when a new one is made', async () => {
    const m = as(ctx.app, member);
    const first = new URL((await m.post('/api/v1/me/calendar-feed')).json().url).pathname;
    const second = new URL((await m.post('/api/v1/me/calendar-feed')).json().url).pathname;
    expect(second).not.toBe(first);
    expect((await ctx.app.inject({ method: 'GET', url: first })).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'GET', url: second })).statusCode).toBe(200);
  });
});
