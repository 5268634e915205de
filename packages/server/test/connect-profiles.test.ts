import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

/**
 * Public profiles of initiatives (docs/connect.md): the team writes its own, the directory shows the
 * published ones to the teams of all initiatives, and possible partners are suggested by the
 * platform's rule. On the demo: Lakeside (manager@) and Coastal (partner@) both publish a profile.
 */
let ctx: TestContext;
let manager: Session;
let member: Session;
let officer: Session;
let partner: Session;
let lakeside: string;
let coastal: string;
const own = (w: string, path = '') => `/api/v1/workspaces/${w}/connect/profile${path}`;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
  partner = await signIn(ctx.app, 'partner@demo.agglomera.org');
  lakeside = workspaceByKind(manager, 'cluster_initiative');
  coastal = workspaceByKind(partner, 'cluster_initiative');
}, 120_000);
afterAll(async () => ctx?.close());

const fields = (body: string) =>
  (JSON.parse(body) as { error: { details?: { field: string }[] } }).error.details?.map((d) => d.field) ?? [];
const stored = async (workspaceId: string) =>
  ctx.handle.db
    .selectFrom('initiative_profiles')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();

describe('the directory of profiles', () => {
  it('lists the published profiles of both demo initiatives, searchable, without workspace ids', async () => {
    const res = await as(ctx.app, manager).get('/api/v1/connect/profiles');
    expect(res.statusCode, res.body).toBe(200);
    const { profiles, total } = res.json();
    expect(total).toBe(2);
    expect(profiles.map((p: { initiativeName: string; own: boolean }) => [p.initiativeName, p.own])).toEqual([
      ['Coastal Blue Economy Cluster (demo)', false],
      ['Lakeside Agro-Food Cluster (demo)', true],
    ]);
    expect(res.body).not.toContain(lakeside);
    expect(res.body).not.toContain(coastal);
    // Searched in the lines of competences, offers and needs too.
    const sensors = (await as(ctx.app, manager).get('/api/v1/connect/profiles?q=sensors')).json();
    expect(sensors.profiles.map((p: { initiativeName: string }) => p.initiativeName)).toEqual([
      'Coastal Blue Economy Cluster (demo)',
    ]);
    const skills = (await as(ctx.app, manager).get('/api/v1/connect/profiles?theme=skills')).json();
    expect(skills.total).toBe(1);
  });

  it('shows one profile with its initiative’s open postings, and 404 for an unpublished one', async () => {
    const list = (await as(ctx.app, manager).get('/api/v1/connect/profiles?q=Coastal')).json();
    const id = list.profiles[0].id;
    const one = await as(ctx.app, manager).get(`/api/v1/connect/profiles/${id}`);
    expect(one.statusCode, one.body).toBe(200);
    expect(
      one
        .json()
        .postings.map((p: { title: string }) => p.title)
        .sort(),
    ).toEqual([
      'Cold chain sensors and monitoring from marine logistics (demo)',
      'Partner for a green transition project on seaweed packaging (demo)',
    ]);
    expect(one.json().contactEmail).toBe('partner@demo.agglomera.org');
  });

  it('is closed to members, viewers and programme officers (403), and the own profile to them too', async () => {
    expect((await as(ctx.app, member).get('/api/v1/connect/profiles')).statusCode).toBe(403);
    expect((await as(ctx.app, officer).get('/api/v1/connect/profiles')).statusCode).toBe(403);
    expect((await as(ctx.app, member).get(own(lakeside))).statusCode).toBe(403);
    // Another initiative's own profile is not reachable under its workspace.
    expect([403, 404]).toContain((await as(ctx.app, manager).get(own(coastal))).statusCode);
  });
});

describe('possible partners', () => {
  it('links Lakeside’s needs to Coastal’s competences and offers, and back', async () => {
    const res = await as(ctx.app, manager).get(own(lakeside, '/matches'));
    expect(res.statusCode, res.body).toBe(200);
    const [m] = res.json().matches;
    expect(m.profile.initiativeName).toBe('Coastal Blue Economy Cluster (demo)');
    expect(m.theyOffer).toContainEqual({
      need: 'Cold chain monitoring from farm to port',
      answer: 'Cold chain sensors and temperature monitoring',
      words: ['cold', 'chain', 'monitoring'],
    });
    expect(m.theyOffer.map((l: { answer: string }) => l.answer)).toContain('Seaweed packaging prototypes');
    expect(m.weOffer).toContainEqual({
      need: 'Quality control of processed fish',
      answer: 'Fruit processing and quality control',
      words: ['processing', 'quality', 'control'].filter((w) =>
        'quality control of processed fish'.includes(w),
      ),
    });
    expect(m.sharedThemes.sort()).toEqual(['digital', 'green']);
  });
});

describe('writing the own profile', () => {
  const body = {
    published: true,
    summary: 'Coastal firms working together. (test)',
    sector: 'Blue economy',
    region: 'Coastal region',
    competences: ['Marine logistics', '  '],
    offers: ['Seaweed packaging prototypes'],
    needs: ['Food processors to test seaweed packaging'],
    themes: ['green'],
    contactEmail: 'partner@demo.agglomera.org',
    website: null,
  };

  it('refuses bad input naming the field, in the caller’s language, and changes nothing', async () => {
    const before = await stored(coastal);
    const p = as(ctx.app, partner);
    const twice = await p.put(own(coastal), { ...body, needs: ['Quality control', 'quality control '] });
    expect(twice.statusCode).toBe(400);
    expect(fields(twice.body)).toEqual(['body.needs']);
    expect(twice.json().error.message).toBe('“quality control” is written twice');
    const empty = await p.put(own(coastal), { ...body, summary: ' ' });
    expect(empty.statusCode).toBe(400);
    expect(fields(empty.body)).toEqual(['body.summary']);
    const noOffer = await p.put(own(coastal), { ...body, competences: [], offers: [] });
    expect(fields(noOffer.body)).toEqual(['body.offers']);
    const site = await p.put(own(coastal), { ...body, website: 'coastal.example' });
    expect(fields(site.body)).toEqual(['body.website']);
    const theme = await p.put(own(coastal), { ...body, themes: ['space'] });
    expect(theme.statusCode).toBe(400);
    // In the caller's own language (users.locale).
    const setLocale = (locale: string) =>
      ctx.handle.db
        .updateTable('users')
        .set({ locale })
        .where('email', '=', 'partner@demo.agglomera.org')
        .execute();
    await setLocale('fr');
    const fr = await p.put(own(coastal), { ...body, summary: '' });
    await setLocale('en');
    expect(fr.json().error.message).toBe('Un profil publié a besoin d’une présentation');
    expect(await stored(coastal)).toEqual(before);
  });

  it('saves, unpublishes (it leaves the directory) and publishes again, each audited', async () => {
    const p = as(ctx.app, partner);
    const saved = await p.put(own(coastal), body);
    expect(saved.statusCode, saved.body).toBe(200);
    // A blank line is dropped.
    expect(saved.json()).toMatchObject({ published: true, competences: ['Marine logistics'], saved: true });
    const hidden = await p.put(own(coastal), { ...body, published: false, summary: '' });
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect(hidden.json().publishedAt).toBeNull();
    const dir = (await as(ctx.app, manager).get('/api/v1/connect/profiles')).json();
    expect(dir.profiles.map((x: { initiativeName: string }) => x.initiativeName)).toEqual([
      'Lakeside Agro-Food Cluster (demo)',
    ]);
    expect((await as(ctx.app, manager).get(own(lakeside, '/matches'))).json().matches).toEqual([]);
    await p.put(own(coastal), body);
    const trail = await ctx.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('workspace_id', '=', coastal)
      .where('entity', '=', 'initiative_profile')
      .orderBy('id')
      .execute();
    expect(trail.map((a) => a.action)).toEqual([
      'connect.profile.update',
      'connect.profile.unpublish',
      'connect.profile.publish',
    ]);
  });

  it('answers an empty profile before the first save', async () => {
    await ctx.handle.db.deleteFrom('initiative_profiles').where('workspace_id', '=', lakeside).execute();
    const res = await as(ctx.app, manager).get(own(lakeside));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: null, saved: false, published: false, needs: [] });
    expect((await as(ctx.app, manager).get(own(lakeside, '/matches'))).json().matches).toEqual([]);
  });
});
