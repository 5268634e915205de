import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

/**
 * Partner search (docs/connect.md): an initiative's postings, the board read across initiatives,
 * "express interest" and its answer, and the platform's match rule. On the demo: Lakeside (the
 * demo initiative, manager@) and Coastal (the second demo initiative, partner@).
 */
let ctx: TestContext;
let manager: Session;
let staff: Session;
let member: Session;
let officer: Session;
let partner: Session;
let lakeside: string;
let coastal: string;
let programme: string;
const ws = (w: string, path = '') => `/api/v1/workspaces/${w}/connect${path}`;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
  partner = await signIn(ctx.app, 'partner@demo.agglomera.org');
  lakeside = workspaceByKind(manager, 'cluster_initiative');
  coastal = workspaceByKind(partner, 'cluster_initiative');
  programme = workspaceByKind(officer, 'programme');
}, 120_000);
afterAll(async () => ctx?.close());

const count = async (table: 'partner_postings' | 'partner_interests') =>
  Number(
    (
      await ctx.handle.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const audits = async (action: string) =>
  ctx.handle.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();
const fields = (body: string) =>
  (JSON.parse(body) as { error: { details?: { field: string }[] } }).error.details?.map((d) => d.field) ?? [];

const valid = {
  kind: 'problem',
  title: 'Water reuse in fruit washing (test)',
  description: 'Our processors use too much water to wash fruit.',
  themes: ['green'],
  sector: 'Agro-food processing',
};

describe('an initiative’s postings', () => {
  let id: string;
  it('creates, edits, closes and deletes a posting, each audited', async () => {
    const m = as(ctx.app, manager);
    const created = await m.post(ws(lakeside, '/postings'), { ...valid, closesOn: '2099-12-31' });
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
    expect(created.json()).toMatchObject({
      kind: 'problem',
      status: 'open',
      open: true,
      closesOn: '2099-12-31',
    });
    const edited = await as(ctx.app, staff).patch(ws(lakeside, `/postings/${id}`), {
      themes: ['green', 'resilience'],
      title: 'Water reuse when washing fruit (test)',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      title: 'Water reuse when washing fruit (test)',
      themes: ['green', 'resilience'],
    });
    const closed = await m.patch(ws(lakeside, `/postings/${id}`), { status: 'closed' });
    expect(closed.json()).toMatchObject({ status: 'closed', open: false });
    const del = await m.delete(ws(lakeside, `/postings/${id}`));
    expect(del.statusCode).toBe(204);
    expect((await m.get(ws(lakeside, `/postings/${id}`))).statusCode).toBe(404);
    for (const action of ['create', 'update', 'close', 'delete'])
      expect((await audits(`connect.posting.${action}`)).filter((a) => a.entity_id === id)).toHaveLength(1);
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const before = await count('partner_postings');
    const m = as(ctx.app, manager);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, title: '   ' }, 'body.title'],
      [{ ...valid, themes: [] }, 'body.themes'],
      [{ ...valid, themes: ['astrology'] }, 'body.themes'],
      [{ ...valid, kind: 'wish' }, 'body.kind'],
      [{ ...valid, closesOn: '2020-01-01' }, 'body.closesOn'],
      [{ ...valid, closesOn: '2027-02-30' }, 'body.closesOn'],
      [{ ...valid, secret: 1 }, 'body'],
    ];
    for (const [body, field] of cases) {
      const res = await m.post(ws(lakeside, '/postings'), body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(
        fields(res.body).some((f) => f.startsWith(field)),
        `${field}: ${res.body}`,
      ).toBe(true);
    }
    expect(await count('partner_postings')).toBe(before);
  });

  it('says in French what is wrong, to a user who reads French', async () => {
    expect((await as(ctx.app, staff).patch('/api/v1/me', { locale: 'fr' })).statusCode).toBeLessThan(300);
    const res = await as(ctx.app, staff).post(ws(lakeside, '/postings'), { ...valid, title: ' ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Une annonce a besoin d’un titre');
    expect(fields(res.body)).toEqual(['body.title']);
    await as(ctx.app, staff).patch('/api/v1/me', { locale: 'en' });
  });

  it('lets only the team post; members, viewers and programmes cannot', async () => {
    expect((await as(ctx.app, member).post(ws(lakeside, '/postings'), valid)).statusCode).toBe(403);
    expect((await as(ctx.app, member).get(ws(lakeside, '/postings'))).statusCode).toBe(403);
    // A programme workspace has no partner search (the platform's choice): not found.
    expect((await as(ctx.app, officer).get(ws(programme, '/postings'))).statusCode).toBe(404);
    // The board refuses who is in no initiative's team.
    expect((await as(ctx.app, member).get('/api/v1/connect/board')).statusCode).toBe(403);
    expect((await as(ctx.app, officer).get('/api/v1/connect/board')).statusCode).toBe(403);
  });
});

describe('the board', () => {
  it('shows open postings of every initiative, never closed ones nor internal fields', async () => {
    const res = await as(ctx.app, partner).get('/api/v1/connect/board?limit=100');
    expect(res.statusCode, res.body).toBe(200);
    const board = res.json() as { postings: Record<string, unknown>[]; total: number };
    const titles = board.postings.map((p) => p.title);
    expect(titles).toContain('Cold chain losses of fresh fruit on the way to the port (demo)');
    expect(titles).toContain('Cold chain sensors and monitoring from marine logistics (demo)');
    expect(titles).not.toContain('Shared stand at the regional food fair (demo)');
    for (const p of board.postings)
      expect(Object.keys(p).sort()).toEqual(
        [
          'closesOn',
          'description',
          'id',
          'initiativeName',
          'kind',
          'own',
          'publishedAt',
          'sector',
          'themes',
          'title',
        ].sort(),
      );
    const mine = board.postings.filter((p) => p.own).map((p) => p.initiativeName);
    expect(new Set(mine)).toEqual(new Set(['Coastal Blue Economy Cluster (demo)']));
    const closed = await ctx.handle.db
      .selectFrom('partner_postings')
      .select('id')
      .where('status', '=', 'closed')
      .executeTakeFirstOrThrow();
    expect((await as(ctx.app, partner).get(`/api/v1/connect/board/${closed.id}`)).statusCode).toBe(404);
  });

  it('searches, filters and pages', async () => {
    const p = as(ctx.app, partner);
    const byText = (await p.get('/api/v1/connect/board?q=cold%20chain')).json();
    expect(byText.postings.length).toBe(2);
    const offers = (await p.get('/api/v1/connect/board?kind=offer')).json();
    expect(offers.postings.every((x: { kind: string }) => x.kind === 'offer')).toBe(true);
    const skills = (await p.get('/api/v1/connect/board?theme=skills')).json();
    expect(skills.postings.map((x: { title: string }) => x.title)).toEqual([
      'Training partner for digital traceability in food safety (demo)',
    ]);
    const page = (await p.get('/api/v1/connect/board?limit=1&offset=1')).json();
    expect(page.postings).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(4);
    expect((await p.get('/api/v1/connect/board?theme=astrology')).statusCode).toBe(400);
  });
});

describe('express interest', () => {
  let posting: string;
  beforeAll(async () => {
    const res = await as(ctx.app, manager).post(ws(lakeside, '/postings'), {
      ...valid,
      kind: 'offer',
      title: 'Solar drying of fruit (test)',
    });
    posting = res.json().id;
  });

  it('refuses own postings (409), closed or unknown ones (404), and an empty message', async () => {
    const m = as(ctx.app, manager);
    const own = await m.post(ws(lakeside, '/interests'), { postingId: posting, message: 'Us?' });
    expect(own.statusCode).toBe(409);
    const closed = await ctx.handle.db
      .selectFrom('partner_postings')
      .select('id')
      .where('status', '=', 'closed')
      .executeTakeFirstOrThrow();
    const p = as(ctx.app, partner);
    expect(
      (await p.post(ws(coastal, '/interests'), { postingId: closed.id, message: 'Hi' })).statusCode,
    ).toBe(404);
    expect(
      (await p.post(ws(coastal, '/interests'), { postingId: crypto.randomUUID(), message: 'Hi' })).statusCode,
    ).toBe(404);
    const empty = await p.post(ws(coastal, '/interests'), { postingId: posting, message: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(fields(empty.body)).toEqual(['body.message']);
    // Members of the interested initiative cannot express interest for it.
    expect(
      (await as(ctx.app, member).post(ws(lakeside, '/interests'), { postingId: posting, message: 'x' }))
        .statusCode,
    ).toBe(403);
  });

  it('lets one of two interests sent at once from the same initiative through, the other 409', async () => {
    const p = as(ctx.app, partner);
    const [a, b] = await Promise.all([
      p.post(ws(coastal, '/interests'), { postingId: posting, message: 'We dry fish with the sun. (first)' }),
      p.post(ws(coastal, '/interests'), {
        postingId: posting,
        message: 'We dry fish with the sun. (second)',
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const again = await p.post(ws(coastal, '/interests'), { postingId: posting, message: 'Once more' });
    expect(again.statusCode).toBe(409);
    const rows = await ctx.handle.db
      .selectFrom('partner_interests')
      .selectAll()
      .where('posting_id', '=', posting)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('mails the posting’s team of the interest, each in their language, with the sender and the link', async () => {
    await ctx.app.settleAfterReply();
    const team = await ctx.handle.db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.email'])
      .where('m.workspace_id', '=', lakeside)
      .where('m.role', 'in', ['owner', 'manager'])
      .execute();
    const mails = ctx.mailer.sent.filter((m) => m.subject.includes('Solar drying of fruit (test)'));
    // The posting's author (the manager) and the owners and managers, once each; not staff, members
    // or the interested initiative.
    expect(mails.map((m) => m.to).sort()).toEqual(team.map((t) => t.email).sort());
    expect(mails.map((m) => m.to)).not.toContain('staff@demo.agglomera.org');
    const mail = mails.find((m) => m.to === 'manager@demo.agglomera.org')!;
    expect(mail.subject).toBe('Interest in your posting “Solar drying of fruit (test)”');
    expect(mail.text).toContain('Coastal Blue Economy Cluster (demo) expressed interest in your posting');
    expect(mail.text).toContain('<partner@demo.agglomera.org>');
    expect(mail.text).toMatch(/We dry fish with the sun\. \((first|second)\)/);
    expect(mail.text).toContain(`http://agglomera.test/w/${lakeside}/connect/interests`);
  });

  it('writes that mail in French for a French reader', async () => {
    await ctx.handle.db
      .updateTable('users')
      .set({ locale: 'fr' })
      .where('email', '=', 'manager@demo.agglomera.org')
      .execute();
    try {
      const other = await as(ctx.app, manager).post(ws(lakeside, '/postings'), {
        ...valid,
        title: 'Cold storage shared (test)',
      });
      const sent = await as(ctx.app, partner).post(ws(coastal, '/interests'), {
        postingId: other.json().id,
        message: 'Nous avons des chambres froides.',
      });
      expect(sent.statusCode, sent.body).toBe(201);
      await ctx.app.settleAfterReply();
      const mail = ctx.mailer.sent.find(
        (m) => m.to === 'manager@demo.agglomera.org' && m.subject.includes('Cold storage shared (test)'),
      );
      expect(mail?.subject).toBe('Manifestation d’intérêt pour votre annonce « Cold storage shared (test) »');
      expect(mail?.text).toMatch(/^De\s:\s.*<partner@demo\.agglomera\.org>$/m);
    } finally {
      await ctx.handle.db
        .updateTable('users')
        .set({ locale: 'en' })
        .where('email', '=', 'manager@demo.agglomera.org')
        .execute();
    }
  });

  it('shows the interest to the posting’s team with the contact, who accepts it (audited); the sender sees the status', async () => {
    const received = (await as(ctx.app, staff).get(ws(lakeside, '/interests/received'))).json().interests;
    const interest = received.find((i: { postingId: string }) => i.postingId === posting);
    expect(interest).toMatchObject({
      initiativeName: 'Coastal Blue Economy Cluster (demo)',
      contactName: 'Pablo Partner (demo)',
      contactEmail: 'partner@demo.agglomera.org',
      status: 'pending',
    });
    // Only the posting's team decides: the interested initiative cannot.
    expect(
      (
        await as(ctx.app, partner).put(ws(coastal, `/interests/${interest.id}/decision`), {
          decision: 'accepted',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await as(ctx.app, member).put(ws(lakeside, `/interests/${interest.id}/decision`), {
          decision: 'accepted',
        })
      ).statusCode,
    ).toBe(403);
    const ok = await as(ctx.app, manager).put(ws(lakeside, `/interests/${interest.id}/decision`), {
      decision: 'accepted',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().status).toBe('accepted');
    const sent = (await as(ctx.app, partner).get(ws(coastal, '/interests/sent'))).json().interests;
    expect(sent.find((i: { id: string }) => i.id === interest.id)).toMatchObject({
      status: 'accepted',
      initiativeName: 'Lakeside Agro-Food Cluster (demo)',
    });
    const trail = (await audits('connect.interest.accept')).filter((a) => a.entity_id === interest.id);
    expect(trail.map((a) => a.workspace_id).sort()).toEqual([lakeside, coastal].sort());
    expect((await audits('connect.interest.create')).filter((a) => a.entity_id === interest.id)).toHaveLength(
      2,
    );
    // The sender hears of the answer, with the contact of whoever accepted it.
    await ctx.app.settleAfterReply();
    const answer = ctx.mailer.sent.filter(
      (m) => m.to === 'partner@demo.agglomera.org' && m.subject.includes('Solar drying of fruit (test)'),
    );
    expect(answer.map((m) => m.subject)).toEqual([
      'Your interest in “Solar drying of fruit (test)” was accepted',
    ]);
    expect(answer[0]!.text).toContain(
      'Lakeside Agro-Food Cluster (demo) accepted your interest in “Solar drying of fruit (test)”.',
    );
    expect(answer[0]!.text).toContain('Contact: Marie Manager (demo) <manager@demo.agglomera.org>');
    expect(answer[0]!.text).toContain(`http://agglomera.test/w/${coastal}/connect/interests`);
    // A refusal by the member above sent nothing.
    const declined = await as(ctx.app, manager).put(ws(lakeside, `/interests/${interest.id}/decision`), {
      decision: 'declined',
    });
    expect(declined.statusCode).toBe(200);
    await ctx.app.settleAfterReply();
    const last = ctx.mailer.sent.at(-1)!;
    expect(last.subject).toBe('Your interest in “Solar drying of fruit (test)” was declined');
    expect(last.text).not.toContain('Contact:');
    // The same answer again changes nothing: no second mail, no second audit entry.
    const mailsBefore = ctx.mailer.sent.length;
    const declineTrail = async () =>
      (await audits('connect.interest.decline')).filter((a) => a.entity_id === interest.id).length;
    const trailBefore = await declineTrail();
    const again = await as(ctx.app, manager).put(ws(lakeside, `/interests/${interest.id}/decision`), {
      decision: 'declined',
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().status).toBe('declined');
    await ctx.app.settleAfterReply();
    expect(ctx.mailer.sent.length).toBe(mailsBefore);
    expect(await declineTrail()).toBe(trailBefore);
  });
});

describe('suggested matches (the platform’s rule)', () => {
  it('suggests the complementary kind sharing a theme or a title word', async () => {
    const own = (await as(ctx.app, manager).get(ws(lakeside, '/postings'))).json().postings;
    const coldChain = own.find((p: { title: string }) => p.title.startsWith('Cold chain losses'));
    const res = await as(ctx.app, manager).get(ws(lakeside, `/postings/${coldChain.id}/matches`));
    expect(res.statusCode, res.body).toBe(200);
    const matches = res.json().matches;
    expect(matches[0]).toMatchObject({
      title: 'Cold chain sensors and monitoring from marine logistics (demo)',
      kind: 'offer',
      initiativeName: 'Coastal Blue Economy Cluster (demo)',
      sharedThemes: ['resilience'],
    });
    expect(matches[0].sharedWords).toEqual(expect.arrayContaining(['cold', 'chain']));
    expect(matches.every((m: { kind: string }) => m.kind === 'offer')).toBe(true);
  });
});
