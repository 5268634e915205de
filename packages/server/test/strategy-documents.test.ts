import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';
import { pdfText } from './documents.js';

/**
 * Strategy documents (issue 13): the cluster business canvas (GIZ 001:1647–1653) in versions and
 * as PDF, visual roadmaps in the four lanes of 001:4318–4321 linked to strategy measures, and the
 * internationalisation strategy of ECCP 004:595–653 with its review cadence.
 */
let ctx: TestContext;
let manager: Session;
let staff: Session;
let member: Session;
let viewer: Session;
let outsider: Session;
let ws: string;
let otherWs: string;
const url = (path: string) => `/api/v1/workspaces/${ws}/strategy/${path}`;
const count = async (
  table: 'business_canvases' | 'roadmaps' | 'roadmap_items' | 'internationalisation_reviews',
) =>
  Number(
    (
      await ctx.handle.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('workspace_id', '=', ws)
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  // The demo strategy (and its documents) comes with the role homes' demo data.
  ctx = await createTestContext({ demoHomes: true });
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
  // A viewer of the demo initiative, who also owns a cluster initiative of their own.
  const invite = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/invitations`, {
    email: 'viewer@elsewhere.test',
    role: 'viewer',
  });
  const token = invite.json().link.split('/').pop();
  await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/invitations/${token}/accept`,
    payload: { name: 'Vera Viewer', password: 'long-enough-pw' },
  });
  viewer = await signIn(ctx.app, 'viewer@elsewhere.test', 'long-enough-pw');
  otherWs = (
    await as(ctx.app, viewer).post('/api/v1/workspaces', {
      name: 'Other cluster',
      kind: 'cluster_initiative',
    })
  ).json().id;
  outsider = await signIn(ctx.app, 'officer@demo.agglomera.org');
});
afterAll(async () => ctx?.close());

const blocks = {
  memberSegments: 'Dairies and fruit processors',
  keyPartners: 'Université du Lac — laboratoire',
  valuePropositions: 'Labels de qualité à moindre coût',
  keyChallenges: 'Paying the export adviser after 2028',
};

describe('the cluster business canvas', () => {
  it('has the demo’s two versions, newest first, the newest in full', async () => {
    const res = await as(ctx.app, manager).get(url('canvas'));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(body.latest.version).toBe(2);
    expect(Object.keys(body.latest.blocks)).toHaveLength(10);
    expect(body.latest.emptyBlocks).toEqual([]);
    expect(body.versions[1].filledBlocks).toBe(8);
  });

  let v3: string;
  it('saves a new version with the header and blocks, audited, and reads it back', async () => {
    const res = await as(ctx.app, staff).post(url('canvas'), {
      name: '  Cœur du Lac cluster ',
      organisation: 'Lakeside Association',
      date: '2026-04-01',
      blocks,
      note: 'Workshop of April',
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      version: 3,
      name: 'Cœur du Lac cluster',
      date: '2026-04-01',
      createdBy: 'Sofia Staff (demo)',
    });
    expect(c.blocks.keyPartners).toBe('Université du Lac — laboratoire');
    expect(c.blocks.costStructure).toBe('');
    expect(c.emptyBlocks).toHaveLength(6);
    v3 = c.id;
    expect((await as(ctx.app, manager).get(url(`canvas/${v3}`))).json().blocks).toEqual(c.blocks);
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select(['action', 'new_value'])
      .where('entity_id', '=', v3)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['canvas.version.create']);
  });

  it('prints a version as a PDF in the reader’s language, with the header and every block', async () => {
    const en = await as(ctx.app, manager).get(url(`canvas/${v3}/pdf`));
    expect(en.statusCode).toBe(200);
    expect(en.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(en.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('Cluster business canvas');
    expect(text).toContain('Cœur du Lac cluster');
    expect(text).toContain('Université du Lac — laboratoire');
    expect(text).toContain('April 1, 2026');
    for (const block of [
      'Member Segments',
      'Key Partners',
      'Revenue Streams',
      'Key Challenges',
      'Cost Structure',
    ])
      expect(text).toContain(block);
    expect(text).toContain('Are there other financing options, e.g. public funding?');

    // The user's saved language, else the browser's.
    expect((await as(ctx.app, staff).patch('/api/v1/me', { locale: 'fr' })).statusCode).toBeLessThan(300);
    const fr = await as(ctx.app, staff).get(url(`canvas/${v3}/pdf`));
    await as(ctx.app, staff).patch('/api/v1/me', { locale: 'en' });
    const frText = (await pdfText(fr.rawPayload)).replace(/\s+/g, ' ');
    expect(frText).toContain('Business canvas du cluster');
    expect(frText).toContain('Organisation du cluster');
    expect(frText).toContain('Sources de revenus');
    expect(frText).toContain('Labels de qualité à moindre coût');
    expect(frText).toContain('1 avril 2026');
    expect(frText).toContain('Non renseigné.');
    expect(frText).not.toContain('Revenue Streams');
  });

  it('refuses bad input naming the field, in the user’s language, and stores nothing', async () => {
    const before = await count('business_canvases');
    const m = as(ctx.app, manager);
    const noName = await m.post(url('canvas'), { name: ' ', date: '2026-04-01', blocks });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.details).toEqual([{ field: 'body.name', message: 'is empty' }]);
    const badDate = await m.post(url('canvas'), { name: 'X', date: '2026-02-30', blocks });
    expect(badDate.json().error.details[0].field).toBe('body.date');
    const empty = await m.post(url('canvas'), {
      name: 'X',
      date: '2026-04-01',
      blocks: { keyPartners: '  ' },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].field).toBe('body.blocks');
    const unknown = await m.post(url('canvas'), {
      name: 'X',
      date: '2026-04-01',
      blocks: { channels: 'Web' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe('body.blocks.channels');
    await m.patch('/api/v1/me', { locale: 'fr' });
    const fr = await m.post(url('canvas'), { name: 'X', date: '2026-04-01', blocks: {} });
    await m.patch('/api/v1/me', { locale: 'en' });
    expect(fr.json().error.message).toBe('Remplissez au moins un bloc du canvas');
    expect(await count('business_canvases')).toBe(before);
  });
});

describe('roadmaps', () => {
  let roadmapId: string;
  let measureId: string;

  it('has the demo roadmap over five years with items in all four lanes, some linked to measures', async () => {
    const body = (await as(ctx.app, manager).get(url('roadmaps'))).json();
    const [r] = body.roadmaps;
    expect(r.toYear - r.fromYear).toBe(4);
    expect(new Set(r.items.map((i: { lane: string }) => i.lane))).toEqual(
      new Set(['drivers', 'technologies', 'topic', 'effects']),
    );
    const linked = r.items.filter((i: { element: unknown }) => i.element);
    expect(linked.length).toBeGreaterThanOrEqual(5);
    expect(linked.map((i: { element: { title: string } }) => i.element.title)).toContain(
      'Feasibility study for a shared testing laboratory',
    );
    measureId = body.elements.find(
      (e: { kind: string; title: string }) => e.title === 'Pool packaging orders',
    ).id;
  });

  it('keeps a roadmap’s items inside its years, start before end, in one of the four lanes', async () => {
    const m = as(ctx.app, manager);
    const created = await m.post(url('roadmaps'), {
      title: 'Digital food chain',
      fromYear: 2027,
      toYear: 2031,
    });
    expect(created.statusCode, created.body).toBe(201);
    roadmapId = created.json().id;
    const items = url(`roadmaps/${roadmapId}/items`);
    const ok = await m.post(items, {
      lane: 'technologies',
      startYear: 2027,
      endYear: 2029,
      title: 'Traceability platform',
      elementId: measureId,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ lane: 'technologies', element: { id: measureId, kind: 'measure' } });

    const before = await count('roadmap_items');
    const late = await m.post(items, { lane: 'effects', startYear: 2030, endYear: 2033, title: 'Late' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.details).toEqual([
      { field: 'body.endYear', message: 'lies outside the roadmap’s years (2027–2031)' },
    ]);
    const reversed = await m.post(items, {
      lane: 'effects',
      startYear: 2030,
      endYear: 2028,
      title: 'Reversed',
    });
    expect(reversed.json().error.details).toEqual([
      { field: 'body.endYear', message: 'comes before the start year' },
    ]);
    const lane = await m.post(items, { lane: 'markets', startYear: 2028, endYear: 2028, title: 'X' });
    expect(lane.statusCode).toBe(400);
    expect(lane.json().error.details[0].field).toBe('body.lane');
    const noTitle = await m.post(items, { lane: 'topic', startYear: 2028, endYear: 2028, title: '' });
    expect(noTitle.json().error.details[0].field).toBe('body.title');
    // An element of another workspace's strategy is not this one's.
    const foreign = await ctx.handle.db
      .insertInto('strategies')
      .values({ workspace_id: otherWs, version: 1, title: 'Other', components: '{}' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const foreignObjective = await ctx.handle.db
      .insertInto('strategy_elements')
      .values({ workspace_id: otherWs, strategy_id: foreign.id, kind: 'objective', title: 'Theirs' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const elsewhere = await m.post(items, {
      lane: 'topic',
      startYear: 2028,
      endYear: 2028,
      title: 'Borrowed',
      elementId: foreignObjective.id,
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.details[0].field).toBe('body.elementId');
    expect(await count('roadmap_items')).toBe(before);

    // The roadmap's years cannot leave an item outside; spans in order, not too long.
    const shrink = await m.put(url(`roadmaps/${roadmapId}`), {
      title: 'Digital food chain',
      fromYear: 2028,
      toYear: 2031,
    });
    expect(shrink.statusCode).toBe(400);
    expect(shrink.json().error.details[0].field).toBe('body.fromYear');
    expect(shrink.json().error.message).toContain('Traceability platform');
    const backwards = await m.post(url('roadmaps'), { title: 'Backwards', fromYear: 2030, toYear: 2026 });
    expect(backwards.json().error.details).toEqual([
      { field: 'body.toYear', message: 'comes before the start year' },
    ]);
    const taken = await m.post(url('roadmaps'), {
      title: 'digital food chain',
      fromYear: 2027,
      toYear: 2028,
    });
    expect(taken.statusCode).toBe(409);
  });

  it('changes and removes an item, and unlinks it when its measure goes', async () => {
    const m = as(ctx.app, manager);
    const r = (await m.get(url(`roadmaps/${roadmapId}`))).json();
    const item = r.items[0];
    const moved = await m.put(url(`roadmaps/${roadmapId}/items/${item.id}`), {
      lane: 'topic',
      startYear: 2028,
      endYear: 2031,
      title: 'Traceability platform in use',
      elementId: measureId,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ lane: 'topic', startYear: 2028, endYear: 2031 });
    // The measure leaves the strategy: the item stays, unlinked (ON DELETE SET NULL).
    await ctx.handle.db.deleteFrom('strategy_elements').where('id', '=', measureId).execute();
    expect((await m.get(url(`roadmaps/${roadmapId}`))).json().items[0].element).toBeNull();
    expect((await m.delete(url(`roadmaps/${roadmapId}/items/${item.id}`))).statusCode).toBe(204);
    expect((await m.get(url(`roadmaps/${roadmapId}`))).json().items).toEqual([]);
    const actions = await ctx.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', item.id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'roadmap.item.create',
      'roadmap.item.update',
      'roadmap.item.delete',
    ]);
  });
});

describe('the internationalisation strategy', () => {
  it('has the demo’s strategy with three answers, target markets and a cadence of six months', async () => {
    const body = (await as(ctx.app, manager).get(url('internationalisation'))).json();
    const s = body.strategy;
    expect(Object.keys(s.answers)).toEqual(['context', 'ambitions', 'capabilities']);
    expect(s.answers.capabilities.evidence).toMatch(/SWOT/);
    expect(s.targetMarkets).toHaveLength(3);
    expect(s.reviewMonths).toBe(6);
    const year = new Date().getUTCFullYear();
    expect(s.nextReviewOn).toBe(`${year}-07-15`);
    expect(s.reviewDue).toBe(new Date().toISOString().slice(0, 10) >= `${year}-07-15`);
    expect(body.reviews).toHaveLength(1);
  });

  it('is rewritten by the team with its own cadence, and a review moves the next one', async () => {
    const m = as(ctx.app, staff);
    const put = await m.put(url('internationalisation'), {
      diagnostics: 'What we know',
      choice: 'Two markets',
      action: 'Fairs',
      answers: { ambitions: { answer: 'Half the members', evidence: 'Survey 2026' } },
      targetMarkets: [{ name: ' Kenya ', rationale: 'Tea buyers' }, { name: 'Ghana' }],
      reviewMonths: 3,
    });
    expect(put.statusCode, put.body).toBe(200);
    const s = put.json().strategy;
    expect(s.targetMarkets).toEqual([
      { name: 'Kenya', rationale: 'Tea buyers' },
      { name: 'Ghana', rationale: '' },
    ]);
    expect(s.answers.context).toEqual({ answer: '', evidence: '' });
    expect(s.reviewMonths).toBe(3);
    const today = new Date().toISOString().slice(0, 10);
    const review = await m.post(url('internationalisation/reviews'), {
      reviewedOn: today,
      notes: 'Quarterly',
    });
    expect(review.statusCode, review.body).toBe(201);
    const after = review.json().strategy;
    expect(after.lastReviewedOn).toBe(today);
    expect(after.reviewDue).toBe(false);
    expect(after.nextReviewOn > today).toBe(true);
    expect(review.json().reviews[0].notes).toBe('Quarterly');
  });

  it('refuses a cadence out of bounds, a market without name or twice, a future review; stores nothing', async () => {
    const m = as(ctx.app, manager);
    const reviews = await count('internationalisation_reviews');
    const before = (await m.get(url('internationalisation'))).json().strategy;
    const cadence = await m.put(url('internationalisation'), { reviewMonths: 0 });
    expect(cadence.statusCode).toBe(400);
    expect(cadence.json().error.details[0].field).toBe('body.reviewMonths');
    const twice = await m.put(url('internationalisation'), {
      reviewMonths: 6,
      targetMarkets: [{ name: 'Ghana' }, { name: 'ghana' }],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.details).toEqual([
      { field: 'body.targetMarkets.1.name', message: 'is listed twice' },
    ]);
    const unnamed = await m.put(url('internationalisation'), {
      reviewMonths: 6,
      targetMarkets: [{ name: ' ' }],
    });
    expect(unnamed.json().error.details[0].field).toBe('body.targetMarkets.0.name');
    const future = await m.post(url('internationalisation/reviews'), { reviewedOn: '2999-01-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details[0].field).toBe('body.reviewedOn');
    expect((await m.get(url('internationalisation'))).json().strategy).toEqual(before);
    expect(await count('internationalisation_reviews')).toBe(reviews);
  });
});

describe('who reads and who writes', () => {
  it('lets a viewer read, refuses members, and keeps other workspaces out', async () => {
    const v = as(ctx.app, viewer);
    for (const path of ['canvas', 'roadmaps', 'internationalisation'])
      expect((await v.get(url(path))).statusCode).toBe(200);
    const latest = (await v.get(url('canvas'))).json().latest.id;
    expect((await v.get(url(`canvas/${latest}/pdf`))).statusCode).toBe(200);
    expect((await v.post(url('canvas'), { name: 'V', date: '2026-01-01', blocks })).statusCode).toBe(403);
    expect((await v.put(url('internationalisation'), { reviewMonths: 3 })).statusCode).toBe(403);

    const mb = as(ctx.app, member);
    expect((await mb.get(url('canvas'))).statusCode).toBe(403);
    expect((await mb.get(url('roadmaps'))).statusCode).toBe(403);
    expect((await mb.post(url('roadmaps'), { title: 'Mine', fromYear: 2027, toYear: 2028 })).statusCode).toBe(
      403,
    );

    // Another workspace: the officer is not in the initiative; the viewer's own workspace has none of it.
    expect((await as(ctx.app, outsider).get(url('canvas'))).statusCode).toBe(404);
    const own = `/api/v1/workspaces/${otherWs}/strategy`;
    expect((await v.get(`${own}/canvas`)).json()).toEqual({ versions: [], latest: null });
    expect((await v.get(`${own}/canvas/${latest}`)).statusCode).toBe(404);
    expect((await v.get(`${own}/internationalisation`)).json().strategy).toBeNull();
  });
});
