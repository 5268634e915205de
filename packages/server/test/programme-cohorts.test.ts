import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';
import { pdfText } from './documents.js';
import { DEMO_APPLICANTS } from '../src/demo/programme-ids.js';
import { DEMO_COHORT_ID } from '../src/demo/programme-calls.js';

/**
 * Training cohorts (issue 15, item 3; IDB / Compete Caribbean 003:265–286): sessions, participants,
 * attendance, certificates of completion and participation (more than 80 % / 50 %, 003:286),
 * certificate PDFs in the participant's language, the Table 1 roll-up and the published-table check.
 */
let ctx: TestContext;
let officer: Session;
let assessor: Session;
let evaluator: Session;
let manager: Session;
let prog: string;
let otherProg: string;
const url = (path: string) => `/api/v1/workspaces/${prog}/programme/${path}`;

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true });
  officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
  assessor = await signIn(ctx.app, 'assessor@demo.agglomera.org');
  evaluator = await signIn(ctx.app, 'evaluator@demo.agglomera.org');
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  prog = workspaceByKind(officer, 'programme');
  otherProg = (
    await as(ctx.app, manager).post('/api/v1/workspaces', { name: 'Other programme', kind: 'programme' })
  ).json().id;
});
afterAll(async () => ctx?.close());

describe('the demo cohort', () => {
  it('has thirty participants over eight sessions with completion, participation and no certificates', async () => {
    const res = await as(ctx.app, evaluator).get(url(`cohorts/${DEMO_COHORT_ID}`));
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.sessions).toHaveLength(8);
    expect(d.participants).toHaveLength(30);
    expect(d.cohort.idbThresholds).toBe(true);
    expect(d.certificates).toEqual({ completion: 21, participation: 5, outdated: 0 });
    expect(d.participants.filter((p: { certificate: unknown }) => p.certificate === null)).toHaveLength(4);
    expect(d.table1.totals).toEqual({ total: 30, bso: 14, other: 16, certified: 26, programmeTeam: 3 });
    expect(d.table1.rows.at(-1).kind).toBe('programme_team');
    expect(new Set(d.participants.map((p: { language: string }) => p.language))).toEqual(
      new Set(['en', 'fr', 'es']),
    );
  });
});

describe('a cohort from sessions to certificates', () => {
  let cohortId: string;
  let sessions: { id: string }[];
  let people: { id: string; name: string }[];

  it('is run by runners only; other workspaces get 404', async () => {
    expect((await as(ctx.app, assessor).post(url('cohorts'), { title: 'X' })).statusCode).toBe(403);
    expect((await as(ctx.app, evaluator).post(url('cohorts'), { title: 'X' })).statusCode).toBe(403);
    expect((await as(ctx.app, manager).get(url('cohorts'))).statusCode).toBe(404);
    expect(
      (await as(ctx.app, manager).get(`/api/v1/workspaces/${otherProg}/programme/cohorts/${DEMO_COHORT_ID}`))
        .statusCode,
    ).toBe(404);
    const bad = await as(ctx.app, officer).post(url('cohorts'), {
      title: 'Backwards',
      completionThreshold: 0.4,
      participationThreshold: 0.6,
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('body.participationThreshold');
    const res = await as(ctx.app, officer).post(url('cohorts'), { title: 'Training 2026' });
    expect(res.statusCode, res.body).toBe(201);
    cohortId = res.json().id;
  });

  it('takes sessions and participants from the register or elsewhere', async () => {
    for (const [heldOn, title] of [
      ['2026-03-01', 'One'],
      ['2026-03-02', 'Two'],
      ['2026-03-03', 'Three'],
      ['2026-03-04', 'Four'],
      ['2026-03-05', 'Five'],
    ])
      expect(
        (await as(ctx.app, officer).post(url(`cohorts/${cohortId}/sessions`), { heldOn, title })).statusCode,
      ).toBe(201);
    const badDate = await as(ctx.app, officer).post(url(`cohorts/${cohortId}/sessions`), {
      heldOn: '2026-02-30',
      title: 'Never',
    });
    expect(badDate.statusCode).toBe(400);
    const add = (body: Record<string, unknown>) =>
      as(ctx.app, officer).post(url(`cohorts/${cohortId}/participants`), body);
    expect(
      (await add({ name: 'Amélie', applicantId: DEMO_APPLICANTS[1]!.id, group: 'bso_staff', language: 'fr' }))
        .statusCode,
    ).toBe(201);
    expect(
      (await add({ name: 'Bruno', organisation: 'Ministry', group: 'other_stakeholder', country: 'JM' }))
        .statusCode,
    ).toBe(201);
    const last = await add({ name: 'Carmen', group: 'programme_team', language: 'es' });
    expect(last.statusCode).toBe(201);
    const wrongGroup = await add({ name: 'D', group: 'alien' });
    expect(wrongGroup.statusCode).toBe(400);
    expect(JSON.stringify(wrongGroup.json().error.details)).toContain('body.group');
    const d = last.json();
    sessions = d.sessions;
    people = d.participants;
    expect(sessions).toHaveLength(5);
    const amelie = d.participants.find((p: { name: string }) => p.name === 'Amélie');
    expect(amelie).toMatchObject({ country: 'DM', organisation: 'DEXIA', group: 'bso_staff' });
  });

  it('writes the attendance grid idempotently and refuses cells of another cohort', async () => {
    const by = (name: string) => people.find((p) => p.name === name)!.id;
    const cells = [
      ...sessions.map((s) => ({ sessionId: s.id, participantId: by('Amélie'), present: true })), // 5/5
      ...sessions.slice(0, 3).map((s) => ({ sessionId: s.id, participantId: by('Bruno'), present: true })), // 3/5
      ...sessions.slice(0, 4).map((s) => ({ sessionId: s.id, participantId: by('Carmen'), present: true })), // 4/5 = 80 %
    ];
    const first = await as(ctx.app, officer).put(url(`cohorts/${cohortId}/attendance`), { cells });
    expect(first.statusCode, first.body).toBe(200);
    const again = await as(ctx.app, officer).put(url(`cohorts/${cohortId}/attendance`), { cells });
    expect(again.json().attendance).toHaveLength(12);
    const earns = Object.fromEntries(
      again.json().participants.map((p: { name: string; earns: string }) => [p.name, p.earns]),
    );
    // 4 of 5 is exactly 80 %: not "more than 80 percent" (003:286)
    expect(earns).toEqual({ Amélie: 'completion', Bruno: 'participation', Carmen: 'participation' });
    const foreign = await as(ctx.app, officer).put(url(`cohorts/${cohortId}/attendance`), {
      cells: [
        { sessionId: '00000000-0000-4000-8000-000000000000', participantId: by('Bruno'), present: true },
      ],
    });
    expect(foreign.statusCode).toBe(400);
    expect(JSON.stringify(foreign.json().error.details)).toContain('body.cells.0.sessionId');
    const off = await as(ctx.app, officer).put(url(`cohorts/${cohortId}/attendance`), {
      cells: [{ sessionId: sessions[0]!.id, participantId: by('Bruno'), present: false }],
    });
    expect(off.json().participants.find((p: { name: string }) => p.name === 'Bruno').attended).toBe(2);
  });

  it('issues certificates with the cohort’s thresholds and gives a PDF in the participant’s language', async () => {
    const res = await as(ctx.app, officer).post(url(`cohorts/${cohortId}/certificates`));
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.certificates).toEqual({ completion: 1, participation: 1, outdated: 0 });
    expect(d.table1.totals.certified).toBe(2);
    const amelie = d.participants.find((p: { name: string }) => p.name === 'Amélie');
    const pdf = await as(ctx.app, evaluator).get(
      url(`cohorts/${cohortId}/participants/${amelie.id}/certificate.pdf`),
    );
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Certificat de réussite');
    expect(text).toContain('Amélie');
    expect(text).toMatch(/5 de ses 5 séances/);
    expect(text).toContain('BID / Compete Caribbean');
    const bruno = d.participants.find((p: { name: string }) => p.name === 'Bruno');
    expect(bruno.certificate).toBeNull();
    expect(
      (await as(ctx.app, officer).get(url(`cohorts/${cohortId}/participants/${bruno.id}/certificate.pdf`)))
        .statusCode,
    ).toBe(404);
    // the programme's own thresholds, said as such on the certificate
    const own = await as(ctx.app, officer).patch(url(`cohorts/${cohortId}`), {
      completionThreshold: 0.7,
      participationThreshold: 0.3,
    });
    expect(own.json().cohort.idbThresholds).toBe(false);
    expect(own.json().certificates.outdated).toBe(2);
    const again = (await as(ctx.app, officer).post(url(`cohorts/${cohortId}/certificates`))).json();
    expect(again.certificates).toEqual({ completion: 2, participation: 1, outdated: 0 });
    const carmen = again.participants.find((p: { name: string }) => p.name === 'Carmen');
    const es = await pdfText(
      (await as(ctx.app, officer).get(url(`cohorts/${cohortId}/participants/${carmen.id}/certificate.pdf`)))
        .rawPayload,
    );
    expect(es).toContain('Certificado de finalización');
    expect(es).toContain('umbrales propios del programa');
  });
});

describe('the published-table check', () => {
  it('loads IDB Table 1 and finds its certified column: 104 against a stated 107', async () => {
    const table = (await as(ctx.app, evaluator).get(url('table-check/idb-table-1'))).json();
    expect(table.rows).toHaveLength(12);
    expect(table.stated).toEqual([143, 51, 92, 107]);
    const res = await as(ctx.app, evaluator).post(url('table-check'), {
      rows: table.rows,
      stated: table.stated,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().mismatches).toEqual([{ column: 3, sum: 104, stated: 107 }]);
    expect(res.json().sums).toEqual([143, 51, 92, 104]);
  });

  it('refuses a row longer than the stated totals, naming it', async () => {
    const res = await as(ctx.app, evaluator).post(url('table-check'), { rows: [[1, 2, 3]], stated: [1, 2] });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.details)).toContain('body.rows.0');
    expect(
      (await as(ctx.app, evaluator).post(url('table-check'), { rows: [['x']], stated: [1] })).statusCode,
    ).toBe(400);
  });
});
