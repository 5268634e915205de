import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

let ctx: TestContext;
let manager: Session;
let staff: Session;
let member: Session;
let member2: Session;
let member3: Session;
let ws: string;
const url = (p: string) => `/api/v1/workspaces/${ws}${p}`;
const soon = (days: number, hour = 9) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  member2 = await signIn(ctx.app, 'member2@demo.agglomera.org');
  member3 = await signIn(ctx.app, 'member3@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

describe('member portal and competence atlas', () => {
  it('shows a member their own organisation and lets them edit its profile in the actor register', async () => {
    const portal = (await as(ctx.app, member).get(url('/portal'))).json();
    expect(portal.organisation.membership_stage).toBe('member');
    const bad = await as(ctx.app, member).patch(url('/portal/profile'), { website: 'lakeside.example' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ field: 'body.website', message: 'is not a web address' }]);
    const ok = await as(ctx.app, member).patch(url('/portal/profile'), {
      website: 'https://lakeside.example',
      location: 'Port district',
    });
    expect(ok.statusCode).toBe(200);
    // the diagnosis reads the same record: no duplicate member data
    const actor = await ctx.app.db
      .selectFrom('actors')
      .select(['website', 'location'])
      .where('id', '=', portal.organisation.id)
      .executeTakeFirstOrThrow();
    expect(actor).toEqual({ website: 'https://lakeside.example', location: 'Port district' });
  });

  it('lets members state competences and find each other only through the atlas', async () => {
    const add = await as(ctx.app, member).post(url('/portal/competences'), {
      kind: 'competence',
      title: 'Infrared mango sorting',
      keywords: 'sorting, optics',
    });
    expect(add.statusCode).toBe(201);
    const found = (await as(ctx.app, member2).get(url('/competence-atlas?q=infrared sorting'))).json();
    expect(found.total).toBe(1);
    expect(found.entries[0].title).toBe('Infrared mango sorting');
    // public profile fields only
    expect(Object.keys(found.entries[0])).not.toContain('notes');
    expect(Object.keys(found.entries[0])).not.toContain('phone');
    // members never see the register, the fees or internal notes
    expect((await as(ctx.app, member2).get(url('/actors'))).statusCode).toBe(403);
    expect((await as(ctx.app, member2).get(url('/fees/invoices'))).statusCode).toBe(403);
    // and cannot delete another member's entry
    expect((await as(ctx.app, member2).delete(url(`/portal/competences/${add.json().id}`))).statusCode).toBe(
      404,
    );
    const needs = (await as(ctx.app, member2).get(url('/competence-atlas?kind=need&limit=2'))).json();
    expect(needs.entries).toHaveLength(2);
    expect(needs.total).toBeGreaterThan(2);
  });
});

describe('competence atlas search text', () => {
  it('finds entries by their organisation, also after the organisation is renamed', async () => {
    const portal = (await as(ctx.app, member).get(url('/portal'))).json();
    const renamed = await as(ctx.app, manager).patch(url(`/actors/${portal.organisation.id}`), {
      name: 'Zanzibar Mango Works',
    });
    expect(renamed.statusCode).toBe(200);
    const found = (await as(ctx.app, member2).get(url('/competence-atlas?q=zanzibar'))).json();
    expect(found.total).toBe(portal.competences.length);
    expect(
      found.entries.every((e: { organisation: string }) => e.organisation === 'Zanzibar Mango Works'),
    ).toBe(true);
  });
});

describe('who shows in the atlas', () => {
  it('drops the entries of an organisation that leaves', async () => {
    const found = (await as(ctx.app, member).get(url('/competence-atlas?q=cold-room'))).json();
    expect(found.total).toBe(1);
    const left = await as(ctx.app, manager).put(url(`/actors/${found.entries[0].actor_id}/membership`), {
      stage: 'left',
      reason: 'Closed its cold store',
    });
    expect(left.statusCode).toBe(200);
    expect((await as(ctx.app, member).get(url('/competence-atlas?q=cold-room'))).json().total).toBe(0);
  });
});

describe('events', () => {
  let eventId: string;
  it('feeds indicators computed from platform records (events held, attendances)', async () => {
    const { PLATFORM_METRICS } = await import('../src/monitoring/metrics.js');
    const today = new Date().toISOString().slice(0, 10);
    // the demo has two past events: 14 registered (every fifth absent) and 10 registered (idem)
    expect(await PLATFORM_METRICS.events_held!.compute(ctx.app.db, ws, today)).toBe(2);
    expect(await PLATFORM_METRICS.event_attendances!.compute(ctx.app.db, ws, today)).toBe(12 + 8);
    expect(await PLATFORM_METRICS.events_held!.compute(ctx.app.db, ws, '2000-01-01')).toBe(0);
  });
  it('refuses an event that ends before it starts, and creates one with a capacity', async () => {
    const bad = await as(ctx.app, manager).post(url('/events'), {
      title: 'Backwards',
      startsAt: soon(5, 12),
      endsAt: soon(5, 9),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.endsAt');
    const created = await as(ctx.app, staff).post(url('/events'), {
      title: 'Pitch training',
      kind: 'training',
      startsAt: soon(3, 9),
      endsAt: soon(3, 12),
      capacity: 2,
      location: 'Chamber of Commerce',
    });
    expect(created.statusCode).toBe(201);
    eventId = created.json().id;
    expect(
      (await as(ctx.app, member).post(url('/events'), { title: 'x', startsAt: soon(1), endsAt: soon(2) }))
        .statusCode,
    ).toBe(403);
  });

  it('puts registrations beyond capacity on the waiting list and moves them up when a seat is freed', async () => {
    const r1 = await as(ctx.app, member).post(url(`/events/${eventId}/registrations`));
    const r2 = await as(ctx.app, member2).post(url(`/events/${eventId}/registrations`));
    const r3 = await as(ctx.app, member3).post(url(`/events/${eventId}/registrations`));
    expect([r1.json().status, r2.json().status, r3.json().status]).toEqual([
      'registered',
      'registered',
      'waitlisted',
    ]);
    expect((await as(ctx.app, member).post(url(`/events/${eventId}/registrations`))).statusCode).toBe(409);
    const seen = (await as(ctx.app, member3).get(url(`/events/${eventId}`))).json();
    expect(seen.mine.status).toBe('waitlisted');
    expect(seen.seatsLeft).toBe(0);
    expect(seen.registrations).toBeUndefined(); // members do not see who else registered
    // a member cannot cancel someone else's registration
    expect(
      (await as(ctx.app, member3).delete(url(`/events/${eventId}/registrations/${r1.json().id}`))).statusCode,
    ).toBe(404);
    const cancel = await as(ctx.app, member).delete(url(`/events/${eventId}/registrations/${r1.json().id}`));
    expect(cancel.json().promoted).toEqual([r3.json().id]);
    const team = (await as(ctx.app, manager).get(url(`/events/${eventId}`))).json();
    expect(team.registrations.map((r: { status: string }) => r.status)).toEqual(['registered', 'registered']);
  });

  it('gives members the freed seats first when the event says so (the platform’s rule), and refuses fewer seats than are taken', async () => {
    const api = as(ctx.app, manager);
    const created = await api.post(url('/events'), {
      title: 'Open day',
      startsAt: soon(4, 9),
      endsAt: soon(4, 12),
      capacity: 1,
      openToNonMembers: true,
    });
    expect(created.json().members_first).toBe(false);
    const open = created.json().id;
    const actorId = (await api.get(url('/membership/members?stage=member&limit=1'))).json().members[0].id;
    const first = await api.post(url(`/events/${open}/registrations`), { participant: 'Early guest' });
    const guest = await api.post(url(`/events/${open}/registrations`), { participant: 'Waiting guest' });
    const memberReg = await api.post(url(`/events/${open}/registrations`), { actorId });
    expect([first.json().status, guest.json().status, memberReg.json().status]).toEqual([
      'registered',
      'waitlisted',
      'waitlisted',
    ]);
    // Members first, and one more seat: the member waiting moves up before the guest who came earlier.
    const changed = await api.patch(url(`/events/${open}`), { membersFirst: true, capacity: 2 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      members_first: true,
      capacity: 2,
      promoted: [memberReg.json().id],
    });
    const fewer = await api.patch(url(`/events/${open}`), { capacity: 1 });
    expect(fewer.statusCode).toBe(409);
    expect(fewer.json().error.details[0].field).toBe('body.capacity');
    expect((await api.get(url(`/events/${open}`))).json().event.capacity).toBe(2);
    const backwards = await api.patch(url(`/events/${open}`), { endsAt: soon(4, 8) });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details[0].field).toBe('body.endsAt');
    expect((await as(ctx.app, member).patch(url(`/events/${open}`), { title: 'Mine' })).statusCode).toBe(403);
    const audit = (await api.get(`/api/v1/workspaces/${ws}/audit?limit=5`)).json().entries;
    expect(audit.find((e: { action: string }) => e.action === 'event.update').newValue).toMatchObject({
      members_first: true,
      capacity: 2,
      promoted: 1,
    });
  });

  it('takes feedback only from those who attended, once', async () => {
    const regs = (await as(ctx.app, manager).get(url(`/events/${eventId}`))).json().registrations;
    const early = await as(ctx.app, member2).post(url(`/events/${eventId}/feedback`), { rating: 4 });
    expect(early.statusCode).toBe(409);
    const mine = regs.find((r: { participant: string }) => r.participant === 'Nadia Member (demo)');
    expect(
      (
        await as(ctx.app, staff).put(url(`/events/${eventId}/registrations/${mine.id}/attendance`), {
          attended: true,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await as(ctx.app, member2).post(url(`/events/${eventId}/feedback`), { rating: 6 })).statusCode,
    ).toBe(400);
    expect(
      (await as(ctx.app, member2).post(url(`/events/${eventId}/feedback`), { rating: 4, useful: 'Good' }))
        .statusCode,
    ).toBe(201);
    expect(
      (await as(ctx.app, member2).post(url(`/events/${eventId}/feedback`), { rating: 5 })).statusCode,
    ).toBe(409);
    const team = (await as(ctx.app, manager).get(url(`/events/${eventId}`))).json();
    expect(team.feedback.count).toBe(1);
    expect(team.feedback.meanRating).toBe(4);
  });

  it('exports the agenda as iCalendar and the registrations as CSV', async () => {
    const res = await as(ctx.app, member).get(url(`/events.ics?event=${eventId}`));
    expect(res.headers['content-type']).toContain('text/calendar');
    const cal = new ICAL.Component(ICAL.parse(res.body));
    const vevents = cal.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(1);
    const ev = new ICAL.Event(vevents[0]!);
    expect(ev.summary).toBe('Pitch training');
    expect(ev.location).toBe('Chamber of Commerce');
    expect(ev.startDate.toJSDate().toISOString()).toBe(soon(3, 9));
    const list = await as(ctx.app, manager).get(url('/events?when=upcoming&format=csv'));
    expect(list.body.split('\r\n')[0]).toBe(
      'title,kind,starts_at,ends_at,location,capacity,registered,waitlisted',
    );
    expect(list.body).toContain(
      `Pitch training,training,${soon(3, 9)},${soon(3, 12)},Chamber of Commerce,2,2,0`,
    );
    const csv = await as(ctx.app, manager).get(url(`/events/${eventId}/registrations?format=csv`));
    expect(csv.body.split('\r\n')[0]).toBe('participant,organisation,status,attended,registered_at');
    expect(csv.body).toContain('Nadia Member (demo)');
    expect((await as(ctx.app, member).get(url(`/events/${eventId}/registrations`))).statusCode).toBe(403);
  });

  it('keeps another workspace out', async () => {
    const officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
    expect((await as(ctx.app, officer).get(url(`/events/${eventId}`))).statusCode).toBe(404);
    expect((await as(ctx.app, officer).get(url('/competence-atlas'))).statusCode).toBe(404);
  });
});

describe('working groups', () => {
  it('lets members join open groups with their organisation and the team record meetings', async () => {
    const g = await as(ctx.app, manager).post(url('/working-groups'), {
      name: 'Digital traceability',
      topic: 'QR codes on jars',
    });
    expect(g.statusCode).toBe(201);
    expect(
      (await as(ctx.app, manager).post(url('/working-groups'), { name: 'Digital traceability' })).statusCode,
    ).toBe(409);
    expect(
      (await as(ctx.app, member).post(url(`/working-groups/${g.json().id}/members`), {})).statusCode,
    ).toBe(201);
    expect(
      (await as(ctx.app, member).post(url(`/working-groups/${g.json().id}/members`), {})).statusCode,
    ).toBe(409);
    const closed = (await as(ctx.app, member).get(url('/working-groups')))
      .json()
      .groups.find((x: { open_to_members: boolean }) => !x.open_to_members);
    expect((await as(ctx.app, member).post(url(`/working-groups/${closed.id}/members`), {})).statusCode).toBe(
      403,
    );
    const meeting = await as(ctx.app, staff).post(url(`/working-groups/${g.json().id}/meetings`), {
      heldOn: '2026-11-20',
      notes: 'Agreed on a pilot with five firms.',
    });
    expect(meeting.statusCode).toBe(201);
    const detail = (await as(ctx.app, member).get(url(`/working-groups/${g.json().id}`))).json();
    expect(detail.memberCount).toBe(1);
    expect(detail.members).toBeUndefined(); // members find each other only through the atlas
    expect((await as(ctx.app, staff).get(url(`/working-groups/${g.json().id}`))).json().members).toHaveLength(
      1,
    );
    expect(detail.meetings[0].notes).toBe('Agreed on a pilot with five firms.');
    const portal = (await as(ctx.app, member).get(url('/portal'))).json();
    expect(portal.workingGroups.map((w: { name: string }) => w.name)).toContain('Digital traceability');
  });
});

describe('invitations for member logins', () => {
  it('links the new login to the organisation named in the invitation', async () => {
    const actors = (await as(ctx.app, manager).get(url('/actors?type=firm&limit=1'))).json().actors;
    const bad = await as(ctx.app, manager).post(url('/invitations'), {
      email: 'x@example.org',
      role: 'member',
      organisationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.organisationId');
    const inv = await as(ctx.app, manager).post(url('/invitations'), {
      email: 'newmember@example.org',
      role: 'member',
      organisationId: actors[0].id,
    });
    expect(inv.statusCode).toBe(201);
    const token = new URL(inv.json().link).pathname.split('/').pop()!;
    const accept = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      payload: { name: 'New Member', password: 'a-long-enough-password' },
    });
    expect(accept.statusCode).toBe(200);
    const s = await signIn(ctx.app, 'newmember@example.org', 'a-long-enough-password');
    expect((await as(ctx.app, s).get(url('/portal'))).json().organisation.id).toBe(actors[0].id);
  });
});
