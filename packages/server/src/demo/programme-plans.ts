import type { Database } from '../db/database.js';
import { DEMO_APPLICANTS, type DemoLoader } from './programme-ids.js';
import { savePlan, scorePlan, submitPlan, type PlanIndicatorInput } from '../programme/plans.service.js';
import { decideRound } from '../programme/funding.service.js';
import { createGrant, disburse, meetMilestone } from '../programme/grants.service.js';
import { chartRecommendation } from '../programme/diagnosis.service.js';

/**
 * The demo's plans and grants (issue 15, slice C), after IDB / Compete Caribbean's Table 2 and its
 * three rounds (003:297–314): two panels (general; tourism, as the six tourism plans went to a
 * different panel, 003:312), rounds in July 2019, February 2020 and February 2021 (003:314), twelve
 * plans of the selected organisations, several funded; the demo initiative's plan (Lakeside) on
 * three tapering tranches, the first released (MarketMakers 000:139–143); the agency's rapid
 * assessment with a "create new" recommendation (000:92–115). Plan contents are invented.
 */
const A = (short: string) => DEMO_APPLICANTS.find((a) => a.short === short)!.id;
const ind = (name: string, unit: string, baseline: number, target: number): PlanIndicatorInput => ({
  name,
  unit,
  baseline,
  target,
});

export const loadDemoPlans: DemoLoader = async (db: Database, ids) => {
  const { programme, officer, panel, panel2 } = ids;
  const panelRow = async (name: string, focus: string, member: string) => {
    const p = await db
      .insertInto('programme_panels')
      .values({ programme_id: programme, name, focus, created_by: officer })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('programme_panel_members')
      .values({ panel_id: p.id, user_id: member, added_by: officer })
      .execute();
    return p.id;
  };
  const general = await panelRow('Investment panel (demo)', 'Private and public actors', panel);
  const tourism = await panelRow('Tourism investment panel (demo)', 'Tourism plans', panel2);
  const round = async (name: string, pitchDate: string, panelId: string) =>
    (
      await db
        .insertInto('programme_rounds')
        .values({
          programme_id: programme,
          name,
          pitch_date: pitchDate,
          panel_id: panelId,
          created_by: officer,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const r1 = await round('July 2019 (demo)', '2019-07-16', general);
  const r2 = await round('February 2020 (demo)', '2020-02-18', tourism);
  const r3 = await round('February 2021 (demo)', '2021-02-23', general);

  const plan = async (
    short: string,
    title: string,
    sector: string,
    budget: number,
    roundId: string,
    indicators: PlanIndicatorInput[],
  ) => {
    const id = await savePlan(db, programme, officer, {
      applicantId: A(short),
      title,
      sector,
      budget,
      currency: 'USD',
      summary: `Cluster development plan of ${short} (demo): ${title.toLowerCase()}.`,
      indicators,
    });
    await submitPlan(db, programme, officer, id, roundId);
    return id;
  };
  const firms = (n: number, t: number) => ind('Firms taking part', 'number', n, t);
  const lakeside = await plan(
    'Lakeside',
    'Lakeside agro-food value chain (demo)',
    'Agro-food processing',
    150000,
    r1,
    [
      ind('Member firms selling abroad', 'number', 4, 12),
      ind('Share of members satisfied with services', 'percentage', 55, 80),
    ],
  );
  const seaweed = await plan('BELTRAIDE', 'Seaweed cluster (demo)', 'Aquaculture', 90000, r1, [firms(8, 20)]);
  const music = await plan('BELTRAIDE', 'Music festivals (demo)', 'Creative industries', 60000, r1, [
    firms(5, 12),
  ]);
  const cocoa = await plan('DEXIA', 'Cocoa cluster (demo)', 'Agro-food processing', 110000, r1, [
    firms(14, 30),
  ]);
  const crafts = await plan('DEXIA', 'Arts and crafts (demo)', 'Creative industries', 45000, r1, [
    firms(20, 35),
  ]);
  const honey = await plan('TEPA', 'Bee City honey cluster (demo)', 'Agro-food processing', 80000, r1, [
    firms(11, 25),
  ]);
  const essequibo = await plan('THAG', 'Essequibo tourism cluster (demo)', 'Tourism', 95000, r2, [
    firms(9, 18),
  ]);
  const commewijne = await plan('CUS', 'North Commewijne tourism (demo)', 'Tourism', 70000, r2, [
    firms(6, 15),
  ]);
  const business = await plan('TTCSI', 'Business tourism (demo)', 'Tourism', 85000, r2, [firms(7, 14)]);
  const flori = await plan('GHTA', 'Floricultural industry cluster (demo)', 'Floriculture', 75000, r3, [
    firms(10, 22),
  ]);
  await plan('GIDC', 'Chocolate (demo)', 'Agro-food processing', 65000, r3, [firms(6, 14)]);
  await plan('CED', 'Agro-processing (demo)', 'Agro-food processing', 55000, r3, [firms(12, 20)]);

  const as1 = { userId: panel, role: 'panel_member' as const };
  const as2 = { userId: panel2, role: 'panel_member' as const };
  for (const [id, s] of [
    [lakeside, 5],
    [seaweed, 4],
    [music, 2],
    [cocoa, 4],
    [crafts, 3],
    [honey, 4],
  ] as const)
    await scorePlan(db, programme, as1, r1, id, { score: s, comment: '' });
  for (const [id, s] of [
    [essequibo, 5],
    [commewijne, 4],
    [business, 2],
  ] as const)
    await scorePlan(db, programme, as2, r2, id, { score: s, comment: '' });
  // The February 2021 round is still open: the panel member has scored one plan of three.
  await scorePlan(db, programme, as1, r3, flori, { score: 4, comment: 'Clear market demand (demo)' });

  const runner = { userId: officer, role: 'officer' as const };
  await decideRound(
    db,
    programme,
    runner,
    r1,
    [
      {
        planId: lakeside,
        decision: 'funded',
        reason: 'An established cluster initiative with co-investment from members (demo)',
      },
      { planId: seaweed, decision: 'funded', reason: 'Clear export demand (demo)' },
      { planId: music, decision: 'declined', reason: 'Demand not shown beyond one festival (demo)' },
      { planId: cocoa, decision: 'funded', reason: 'Strong value-chain linkages (demo)' },
      { planId: crafts, decision: 'declined', reason: 'Too few firms committed (demo)' },
      { planId: honey, decision: 'funded', reason: 'Committed lead firms (demo)' },
    ],
    '2019-07-30',
  );
  await decideRound(
    db,
    programme,
    runner,
    r2,
    [
      { planId: essequibo, decision: 'funded', reason: 'Community tourism with local partners (demo)' },
      { planId: commewijne, decision: 'funded', reason: 'Credible co-investment (demo)' },
      { planId: business, decision: 'declined', reason: 'Overlaps an existing programme (demo)' },
    ],
    '2020-03-02',
  );
  // The initiatives created for the funded plans are demo workspaces.
  await db
    .updateTable('workspaces')
    .set({ is_demo: true })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('programme_plans')
        .select('initiative_id')
        .where('programme_id', '=', programme)
        .where('initiative_id', 'is not', null),
    )
    .execute();

  // Lakeside's grant: three tranches scaling down, the first released and paid.
  const grant = await createGrant(db, programme, officer, {
    planId: lakeside,
    startsOn: '2019-09-01',
    coInvestment: 30000,
    coInvestmentKind: 'financial',
    coInvestmentNote: 'Member contributions over the first year (demo)',
    tranches: [
      {
        title: 'Founding and start-up (demo)',
        amount: 60000,
        purpose: 'start_up',
        dueOn: '2019-09-15',
        milestone: 'Association founded and business plan agreed (demo)',
      },
      {
        title: 'First services (demo)',
        amount: 45000,
        purpose: 'start_up',
        dueOn: '2020-01-15',
        milestone: 'Initial service offering delivered to members (demo)',
      },
      {
        title: 'Membership drive (demo)',
        amount: 30000,
        purpose: 'start_up',
        dueOn: '2020-06-15',
        milestone: 'Thirty paying members (demo)',
      },
    ],
  });
  const first = await db
    .selectFrom('programme_tranches')
    .select('id')
    .where('grant_id', '=', grant)
    .where('position', '=', 1)
    .executeTakeFirstOrThrow();
  await meetMilestone(db, programme, officer, grant, first.id, {
    metOn: '2019-09-20',
    evidence: 'Founding minutes (demo)',
  });
  await disburse(db, programme, officer, grant, first.id, {
    amount: 60000,
    paidOn: '2019-09-30',
    reference: 'PAY-001 (demo)',
  });
  // Seaweed's grant waits for its first milestone.
  await createGrant(db, programme, officer, {
    planId: seaweed,
    startsOn: '2019-10-01',
    coInvestment: 15000,
    coInvestmentKind: 'non_financial',
    coInvestmentNote: 'Boats and drying sheds lent by members (demo)',
    tranches: [
      {
        title: 'Start-up (demo)',
        amount: 40000,
        purpose: 'start_up',
        dueOn: '2019-10-15',
        milestone: 'Cooperative registered (demo)',
      },
      {
        title: 'Processing trials (demo)',
        amount: 30000,
        purpose: 'start_up',
        dueOn: '2020-03-15',
        milestone: 'Two buyers signed (demo)',
      },
    ],
  });

  // The agency's rapid assessment before any association exists: create a new one.
  const assessment = await db
    .insertInto('association_assessments')
    .values({
      workspace_id: programme,
      title: 'Fisheries value chain, Saint Lucia (demo)',
      recommendation: 'create_new',
      recommended_association: 'Saint Lucia Fish Processors Association (demo)',
      reasons:
        'No existing association offers cold-chain or export services; processors are willing to found one (demo)',
      decided_by: officer,
      decided_at: new Date('2019-05-10'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await chartRecommendation(db, programme, officer, {
    recommendation: 'create_new',
    association: 'Saint Lucia Fish Processors Association (demo)',
    reasons: 'No existing association offers cold-chain or export services',
    title: assessment.id,
  });
};
