import { AGREEMENT_PARTS } from '@agglomera/methods';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';
import { docxText, pdfText } from './documents.js';
import {
  businessPlanDocx,
  businessPlanPdf,
  type BusinessPlanData,
} from '../src/organisation/businessplan-document.js';
import { en } from '../src/i18n/documents/en.js';
import { fr } from '../src/i18n/documents/fr.js';
import { es } from '../src/i18n/documents/es.js';

const CATALOGUES = { en, fr, es };

let ctx: TestContext;
let manager: Session;
let ws: string;
let other: string;
const url = (path: string) => `/api/v1/workspaces/${ws}/organisation/${path}`;

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true });
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
  // An actor of another workspace, to be refused.
  const w = await ctx.app.db
    .insertInto('workspaces')
    .values({
      organisation_id: (await ctx.app.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow())
        .id,
      kind: 'cluster_initiative',
      name: 'Elsewhere',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  other = (
    await ctx.app.db
      .insertInto('actors')
      .values({ workspace_id: w.id, name: 'Foreign firm', actor_type: 'firm' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}, 120_000);
afterAll(async () => ctx?.close());

const actorsAt = async (stage: string) =>
  ctx.app.db
    .selectFrom('actors')
    .select(['id', 'name'])
    .where('workspace_id', '=', ws)
    .where('membership_stage', '=', stage)
    .orderBy('name')
    .execute();

const setLocale = (locale: string) => as(ctx.app, manager).patch('/api/v1/me', { locale });

/** Where each heading "I. Preamble" to "XIII. Other Provisions" (in the locale's words) sits in a text. */
const numerals = (text: string, locale: 'en' | 'fr' | 'es' = 'en') =>
  AGREEMENT_PARTS.map((p) => ({
    numeral: p.numeral,
    at: text.indexOf(
      `${p.numeral}. ${CATALOGUES[locale][`agreement.part.${p.key}` as keyof typeof en] as string}`,
    ),
  }));

describe('the demo agreements', () => {
  it('fills the settings and tracks two signed members and a trial partner', async () => {
    const s = (await as(ctx.app, manager).get(url('agreement-settings'))).json();
    expect(s.saved).toBe(true);
    expect(s.fee).toMatchObject({ name: 'Member firms', amount: 300, currency: 'EUR' });
    const list = (await as(ctx.app, manager).get(url('agreements'))).json().agreements;
    expect(
      list.filter((a: { kind: string; status: string }) => a.kind === 'membership' && a.status === 'signed'),
    ).toHaveLength(2);
    const trial = list.filter((a: { membershipStage: string }) => a.membershipStage === 'trial');
    expect(trial.map((a: { kind: string; status: string }) => `${a.kind}:${a.status}`).sort()).toEqual([
      'membership:draft',
      'trial:signed',
    ]);
    const signedOnly = (await as(ctx.app, manager).get(url('agreements?status=signed'))).json().agreements;
    expect(signedOnly).toHaveLength(3);
  });
});

describe('the membership agreement document', () => {
  it('prints the thirteen parts in order with the fee, as DOCX and PDF, in en/fr/es', async () => {
    const expected: Record<string, string[]> = {
      en: ['Preamble', 'Cooperation Fee', 'Data safety and protection', 'Other Provisions'],
      fr: [
        'Préambule',
        'Cotisation de coopération',
        'Sécurité et protection des données',
        'Autres dispositions',
      ],
      es: ['Preámbulo', 'Cuota de cooperación', 'Seguridad y protección de datos', 'Otras disposiciones'],
    };
    const fee: Record<string, string> = { en: '€300.00', fr: '300,00\u00a0€', es: '300,00\u00a0€' };
    const template: Record<string, string> = { en: 'TEMPLATE', fr: 'MODÈLE', es: 'PLANTILLA' };
    for (const locale of ['en', 'fr', 'es'] as const) {
      await setLocale(locale);
      const docx = await as(ctx.app, manager).get(url('membership-agreement?format=docx'));
      expect(docx.statusCode).toBe(200);
      expect(docx.headers['content-type']).toContain('wordprocessingml');
      const { text } = await docxText(docx.rawPayload);
      const found = numerals(text, locale);
      for (const n of found) expect(n.at, `${locale} ${n.numeral}`).toBeGreaterThanOrEqual(0);
      for (let i = 1; i < found.length; i++) expect(found[i]!.at).toBeGreaterThan(found[i - 1]!.at);
      for (const title of expected[locale]!) expect(text).toContain(title);
      expect(text).toContain(fee[locale]);
      expect(text).toContain(template[locale]);
      // Sub-points with their letters: XI has ten, A to J.
      expect(text).toContain(locale === 'en' ? 'J. Place of jurisdiction' : 'J. ');

      const pdf = await as(ctx.app, manager).get(url('membership-agreement?format=pdf'));
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
      const ptext = (await pdfText(pdf.rawPayload)).replace(/\s+/g, ' ');
      const pfound = numerals(ptext, locale);
      for (const n of pfound) expect(n.at, `pdf ${locale} ${n.numeral}`).toBeGreaterThanOrEqual(0);
      for (let i = 1; i < pfound.length; i++) expect(pfound[i]!.at).toBeGreaterThan(pfound[i - 1]!.at);
      for (const title of expected[locale]!) expect(ptext).toContain(title);
    }
    await setLocale('en');
  });

  it('writes the trial declaration and the MoU, with the partner named', async () => {
    const [trial] = await actorsAt('trial');
    const res = await as(ctx.app, manager).get(
      url(`membership-agreement?format=docx&kind=trial&actorId=${trial!.id}`),
    );
    const { text } = await docxText(res.rawPayload);
    expect(text).toContain('Declaration of intent');
    expect(text).toContain(trial!.name);
    expect(text).toContain('commits it only to disclosing this business information');
    expect(text).not.toContain('XIII.');
    const mou = await docxText(
      (await as(ctx.app, manager).get(url('membership-agreement?format=docx&kind=mou'))).rawPayload,
    );
    expect(mou.text).toContain('Memorandum of understanding');
  });

  it('refuses an unknown format and an actor of another workspace', async () => {
    const bad = await as(ctx.app, manager).get(url('membership-agreement?format=odt'));
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('format');
    const foreign = await as(ctx.app, manager).get(url(`membership-agreement?format=pdf&actorId=${other}`));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details[0].field).toBe('querystring.actorId');
  });
});

describe('agreement settings', () => {
  it('refuses a notice longer than the term and a foreign fee category, and keeps the old choices', async () => {
    const before = (await as(ctx.app, manager).get(url('agreement-settings'))).json();
    const body = { ...before.settings, termMonths: 6, noticeMonths: 12 };
    const res = await as(ctx.app, manager).put(url('agreement-settings'), body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('body.noticeMonths');
    const bad = await as(ctx.app, manager).put(url('agreement-settings'), {
      ...before.settings,
      feeCategoryId: '00000000-0000-4000-8000-000000000000',
    });
    expect(bad.json().error.details[0].field).toBe('body.feeCategoryId');
    expect((await as(ctx.app, manager).get(url('agreement-settings'))).json().settings).toEqual(
      before.settings,
    );
  });

  it('says the refusal in French', async () => {
    await setLocale('fr');
    const before = (await as(ctx.app, manager).get(url('agreement-settings'))).json();
    const res = await as(ctx.app, manager).put(url('agreement-settings'), {
      ...before.settings,
      termMonths: 2,
      noticeMonths: 3,
    });
    await setLocale('en');
    expect(res.json().error.message).toContain('préavis');
  });

  it('records new choices that the document then prints', async () => {
    const before = (await as(ctx.app, manager).get(url('agreement-settings'))).json();
    const res = await as(ctx.app, manager).put(url('agreement-settings'), {
      ...before.settings,
      termMonths: null,
      noticeMonths: 6,
      arbitration: true,
      arbitrationVenue: 'Casablanca',
    });
    expect(res.statusCode).toBe(200);
    const { text } = await docxText(
      (await as(ctx.app, manager).get(url('membership-agreement?format=docx'))).rawPayload,
    );
    expect(text).toContain('indefinite term');
    expect(text).toContain('6 months’ notice');
    expect(text).toContain('The arbitration takes place in Casablanca.');
  });
});

describe('member agreements', () => {
  it('records, sends, signs, edits and deletes an agreement, refusing bad input', async () => {
    const prospects = await actorsAt('prospect');
    const actor = prospects[0]!;
    const created = await as(ctx.app, manager).post(url('agreements'), {
      actorId: actor.id,
      kind: 'membership',
      status: 'draft',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    // A second open agreement of the same kind is refused, naming the actor.
    const twice = await as(ctx.app, manager).post(url('agreements'), {
      actorId: actor.id,
      kind: 'membership',
      status: 'draft',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain(actor.name);
    // An actor of another workspace is refused.
    const foreign = await as(ctx.app, manager).post(url('agreements'), {
      actorId: other,
      kind: 'mou',
      status: 'draft',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details[0].field).toBe('body.actorId');

    expect(
      (await as(ctx.app, manager).post(url(`agreements/${id}/sent`), { on: '2026-03-10' })).json().status,
    ).toBe('sent');
    // Signed before it was sent: refused, nothing stored.
    const early = await as(ctx.app, manager).post(url(`agreements/${id}/signed`), { on: '2026-03-01' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details[0].field).toBe('body.on');
    const put = await as(ctx.app, manager).put(url(`agreements/${id}`), {
      actorId: actor.id,
      kind: 'membership',
      status: 'signed',
      sentOn: '2026-03-10',
      signedOn: '2026-03-09',
    });
    expect(put.json().error.details[0].field).toBe('body.signedOn');
    const still = (await as(ctx.app, manager).get(url('agreements')))
      .json()
      .agreements.find((a: { id: string }) => a.id === id);
    expect(still).toMatchObject({ status: 'sent', sentOn: '2026-03-10', signedOn: null });

    const signed = (
      await as(ctx.app, manager).post(url(`agreements/${id}/signed`), { on: '2026-03-20' })
    ).json();
    expect(signed).toMatchObject({ status: 'signed', signedOn: '2026-03-20' });
    const edited = await as(ctx.app, manager).put(url(`agreements/${id}`), {
      ...signed,
      notes: 'Original filed',
      id: undefined,
      actorName: undefined,
      membershipStage: undefined,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().notes).toBe('Original filed');

    expect((await as(ctx.app, manager).delete(url(`agreements/${id}`))).statusCode).toBe(204);
    expect(
      (await as(ctx.app, manager).get(url('agreements')))
        .json()
        .agreements.some((a: { id: string }) => a.id === id),
    ).toBe(false);
    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'agreement.create',
      'agreement.delete',
      'agreement.update',
      'agreement.update',
      'agreement.update',
    ]);
  });
});

describe('the trial partner’s invoice', () => {
  it('is refused before its membership agreement is signed, and issued after', async () => {
    const [trial] = await actorsAt('trial');
    const { fee } = (await as(ctx.app, manager).get(url('agreement-settings'))).json();
    const invoice = () =>
      as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/fees/invoices`, {
        actorId: trial!.id,
        categoryId: fee.id,
        issuedOn: '2026-04-01',
        dueOn: '2026-05-01',
      });
    const refused = await invoice();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain(trial!.name);
    expect(refused.json().error.details[0].field).toBe('body.actorId');
    const count = await ctx.app.db
      .selectFrom('fee_invoices')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('actor_id', '=', trial!.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
    // A member is invoiced as before.
    const [member] = await actorsAt('member');
    const ok = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/fees/invoices`, {
      actorId: member!.id,
      categoryId: fee.id,
      issuedOn: '2026-04-01',
      dueOn: '2026-05-01',
    });
    expect(ok.statusCode).toBe(201);
    // Once the membership agreement is signed, the trial partner is invoiced.
    const draft = (await as(ctx.app, manager).get(url('agreements')))
      .json()
      .agreements.find(
        (a: { actorId: string; kind: string }) => a.actorId === trial!.id && a.kind === 'membership',
      );
    await as(ctx.app, manager).post(url(`agreements/${draft.id}/sent`), { on: '2026-03-01' });
    await as(ctx.app, manager).post(url(`agreements/${draft.id}/signed`), { on: '2026-03-15' });
    expect((await invoice()).statusCode).toBe(201);
  });
});

describe('the business plan', () => {
  it('lists its filled sections and prints each, with "not yet recorded" where empty', async () => {
    const sections = (await as(ctx.app, manager).get(url('business-plan'))).json().sections;
    expect(Object.keys(sections)).toEqual([
      'canvas',
      'strategy',
      'services',
      'organisation',
      'staff',
      'finance',
    ]);
    expect(sections.canvas).toBe(true);
    const docx = await as(ctx.app, manager).get(url('business-plan?format=docx'));
    expect(docx.statusCode).toBe(200);
    const { text } = await docxText(docx.rawPayload);
    for (const h of [
      'Business plan',
      'Cluster business canvas',
      'Strategy',
      'Services',
      'Organisation and governance',
      'Staff',
      'Financial plan',
    ])
      expect(text).toContain(h);
    const empty = Object.values(sections).filter((v) => !v).length;
    expect(text.split('Not yet recorded.').length - 1).toBe(empty);
    const pdf = await as(ctx.app, manager).get(url('business-plan?format=pdf'));
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    await setLocale('es');
    const es = (
      await pdfText((await as(ctx.app, manager).get(url('business-plan?format=pdf'))).rawPayload)
    ).replace(/\s+/g, ' ');
    await setLocale('en');
    expect(es).toContain('Plan de negocio');
    expect(es).toContain('Lienzo de negocio del clúster');
    expect((await as(ctx.app, manager).get(url('business-plan?format=rtf'))).statusCode).toBe(400);
  });
});

describe('the business plan rendered from filled summaries', () => {
  // The organisation, staff and financial summaries are filled by other slices; their types are
  // fixed, so the document is checked here with summaries as they will look once filled.
  const data: BusinessPlanData = {
    organisation: 'Lakeside Agro-Food Cluster',
    canvas: null,
    strategy: null,
    services: [
      {
        name: 'Export fair stand',
        description: 'A shared stand',
        feeModel: 'paid',
        memberPrice: 400,
        nonMemberPrice: 900,
        currency: 'EUR',
      },
    ],
    summary: {
      profile: {
        driverType: 'private_sector',
        implementationShape: 'cluster_organisation',
        formality: 'formal',
        characteristics: [],
      },
      legalForm: { form: 'association', reasons: 'Members decide together.', decidedOn: '2026-01-15' },
      bodies: [
        { id: 'b1', kind: 'executive_board', name: 'Board', seats: 5, maxSize: 7, decidesApplications: true },
      ],
    },
    staff: {
      positions: [{ id: 'p1', title: 'Cluster manager', fte: 1, holder: 'Amina' }],
      fteTotal: 1,
      team: 3.5,
    },
    finance: {
      plan: {
        id: 'f1',
        title: 'Start-up plan',
        startMonth: '2026-01',
        months: 24,
        currency: 'EUR',
        opening: 10000,
        status: 'agreed',
      },
      monthLabels: ['2026-01', '2026-02'],
      totals: [
        { income: 2000, expenditure: 3000 },
        { income: 500, expenditure: 10000 },
      ],
      liquidity: { closing: [9000, -500], lowest: -500, firstGap: 1 },
      mix: {
        total: 100000,
        shares: { baseline_public: 0.6, membership_fees: 0.4 },
        publicShare: 0.6,
        privateShare: 0.4,
      },
      costsByCategory: { personnel: 60000 },
    },
  };

  it('prints every section, with no "not yet recorded" for the filled ones', async () => {
    const { text } = await docxText(await businessPlanDocx(data, 'en', '2026-03-01'));
    expect(text.split('Not yet recorded.').length - 1).toBe(2); // canvas and strategy
    expect(text).toContain('Export fair stand — members €400.00, others €900.00');
    expect(text).toContain('Legal form: association, decided on January 15, 2026.');
    expect(text).toContain('Board: 5 seats (decides on membership applications)');
    expect(text).toContain('Cluster manager — 1 FTE, Amina');
    expect(text).toContain('Team qualification score: 3.5');
    expect(text).toContain('First month below zero: month 2');
    expect(text).toContain('Baseline public funding');
    expect(text).toContain('60%');
    expect(text).toContain('Public 60%, private 40% of €100,000.00');
    const pdf = (await pdfText(await businessPlanPdf(data, 'fr', '2026-03-01'))).replace(/\s+/g, ' ');
    expect(pdf).toContain('Composition du financement');
    expect(pdf).toContain('Financement public de base');
    expect(pdf).toContain('Cotisations des membres');
    // The charts are the screen's (ECharts SVG placed in the PDF): their legend and labels in French.
    expect(pdf).toContain('Solde de fin de mois');
    expect(pdf).toContain('Dépenses');
    expect(pdf).toContain('60 %');
    // Enum values humanised: the plan's status and the cost category in the reader's language.
    expect(pdf).toContain('(adopté)');
    expect(pdf).toContain('Personnel');
    expect(pdf).not.toContain('agreed');
    // The DOCX gives the liquidity chart's rows in words, month by month.
    expect(text).toContain('January 2026');
    expect(text).toContain('Closing balance €9,000.00');
    expect(text).toContain('Closing balance -€500.00');
  });
});
