import type { DemoLoader } from './programme-ids.js';
import { hashInvitationCode } from '../programme/portfolio.service.js';
import { recordAudit } from '../audit/service.js';
import type { Database } from '../db/database.js';
import type { DemoProgrammeIds } from './programme-ids.js';

/**
 * The demo portfolio (issue 15, slice A; docs/programme.md): the demo initiative shares its
 * lifecycle, indicators and reports with the demo programme, with a shared monitoring report; an
 * unused follow invitation (code DEMO-LAKE-SIDE, told in docs/programme.md so that it can be tried);
 * the agent assigned to the demo initiative with a report; a blueprint chart of five associations
 * after MarketMakers' Appendix 2 (000:251–262).
 */
export const DEMO_INVITATION_CODE = 'DEMO-LAKE-SIDE';

type State = 'done' | 'led_by_others' | 'skipped' | 'ongoing' | 'repeated';

/**
 * The rows of MarketMakers' Appendix 2 (000:256–259), their cells read from the explanatory notes,
 * and the demo initiative. Named "(demo)": the cells here are the demo's reading, not the guide's.
 */
const CHART: { name: string; note: string; cells: State[]; lakeside?: true }[] = [
  {
    name: 'BIT Alijansa (demo)',
    // "the parties collaborated more than once ... closely aligned with the blueprint" (000:256)
    note: 'Established with the agency’s support; the parties collaborated more than once.',
    cells: ['done', 'done', 'done', 'done', 'done', 'repeated', 'done', 'done', 'done'],
  },
  {
    name: 'ABSL BiH (demo)',
    // Founding members led relationship-building and due diligence; business model from ABSL HQ;
    // re-engaged from step 6 (000:257).
    note: 'Founding members led steps 2–5 themselves (franchise); the agency re-engaged from step 6.',
    cells: [
      'done',
      'led_by_others',
      'led_by_others',
      'led_by_others',
      'led_by_others',
      'done',
      'done',
      'done',
      'skipped',
    ],
  },
  {
    name: 'Asocijacija E-Comm u BiH (demo)',
    // "the partnership with the new association is ongoing" (000:258)
    note: 'Follows the blueprint; ongoing at step 7.',
    cells: ['done', 'done', 'done', 'done', 'done', 'done', 'ongoing'],
  },
  {
    name: 'Neformalno Obrazovanje Danas (demo)',
    // "There was no standalone 'business plan' process (Step 5)" (000:259)
    note: 'No standalone business plan (step 5); sustainability set in the lead firm’s contract and MoUs.',
    cells: ['done', 'done', 'done', 'done', 'skipped', 'done', 'ongoing'],
  },
  {
    name: 'Lakeside Agro-Food Cluster (demo)',
    note: 'The demo cluster initiative; it shares its lifecycle with the programme.',
    cells: ['done', 'done', 'done', 'done', 'ongoing'],
    lakeside: true,
  },
];

export const loadDemoPortfolio: DemoLoader = async (db, ids) => {
  // The demo initiative shares its reports and its benchmarking too (lifecycle and indicators: ./demo.ts).
  const follow = await db
    .selectFrom('programme_follows')
    .select('id')
    .where('programme_id', '=', ids.programme)
    .where('initiative_id', '=', ids.initiative)
    .executeTakeFirstOrThrow();
  for (const scope of ['lifecycle', 'indicators', 'reports', 'benchmarking']) {
    const has = await db
      .selectFrom('follow_shares')
      .select('id')
      .where('follow_id', '=', follow.id)
      .where('scope', '=', scope)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (!has)
      await db
        .insertInto('follow_shares')
        .values({ follow_id: follow.id, scope, granted_by: ids.manager, revoked_by: null, revoked_at: null })
        .execute();
  }

  // A monitoring report of the year before last, shared through the reports scope (last year's is
  // left for the team to write: the reports journey writes it).
  const year = new Date().getUTCFullYear() - 2;
  await db
    .insertInto('monitoring_reports')
    .values({
      workspace_id: ids.initiative,
      title: `Annual monitoring report ${year} (demo)`,
      starts_on: `${year}-01-01`,
      ends_on: `${year}-12-31`,
      tolerance: 10,
      narrative: JSON.stringify({
        summary: 'Joint packaging purchases started; exports of processed fruit rose (demo).',
        progress: 'Eight firms buy packaging together; two quality labels applied for (demo).',
        challenges: 'Cold-chain capacity at the port limits shipments in the harvest peak (demo).',
        nextSteps: 'Pilot a shared cold store with the port authority (demo).',
      }),
      created_by: ids.manager,
      updated_by: ids.manager,
    })
    .execute();

  // An unused follow invitation, valid 60 days.
  await db
    .insertInto('follow_invitations')
    .values({
      initiative_id: ids.initiative,
      code_hash: hashInvitationCode(DEMO_INVITATION_CODE),
      scopes: ['indicators', 'lifecycle'],
      note: 'For a second funder (demo)',
      expires_at: new Date(Date.now() + 60 * 86_400_000),
      created_by: ids.manager,
    })
    .execute();

  // The agent follows the demo initiative and reports on it (UNIDO 002:230–234).
  await db
    .insertInto('portfolio_agents')
    .values({
      programme_id: ids.programme,
      initiative_id: ids.initiative,
      agent_id: ids.agent,
      assigned_by: ids.officer,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('agent_reports')
    .values({
      programme_id: ids.programme,
      initiative_id: ids.initiative,
      agent_id: ids.agent,
      period: `${year} Q4`,
      text: 'Met the cluster manager and three processors. The joint packaging pilot runs with eight firms; the cold-chain constraint at the port is the next topic for the working group (demo).',
    })
    .execute();

  // An external benchmarking assessment by the programme's evaluator, signed, read by the programme
  // through the benchmarking share: "conducted by impartial experts" (GIZ 001:3654).
  await loadDemoExternalBenchmark(db, ids, year);

  // The blueprint chart (MarketMakers Appendix 2, 000:251–262).
  for (const row of CHART) {
    const existing = row.lakeside
      ? await db
          .selectFrom('programme_associations')
          .select('id')
          .where('programme_id', '=', ids.programme)
          .where('initiative_id', '=', ids.initiative)
          .executeTakeFirst()
      : undefined;
    const association =
      existing ??
      (await db
        .insertInto('programme_associations')
        .values({
          programme_id: ids.programme,
          name: row.name,
          initiative_id: row.lakeside ? ids.initiative : null,
          applicant_id: null,
          origin: 'manual',
          partnership_note: row.note,
          created_by: ids.officer,
        })
        .onConflict((oc) => oc.columns(['programme_id', 'name']).doNothing())
        .returning('id')
        .executeTakeFirst());
    if (!association) continue;
    for (const [i, state] of row.cells.entries())
      await db
        .insertInto('blueprint_cells')
        .values({ association_id: association.id, step: i + 1, state, note: '', updated_by: ids.officer })
        .onConflict((oc) => oc.columns(['association_id', 'step']).doNothing())
        .execute();
  }
};

/**
 * The demo programme's evaluator benchmarked the demo initiative on the ECEI criteria (GIZ
 * 001:3690–3746) in October of last year and signed the assessment; the initiative shares its
 * benchmarking with the programme. Scores are the demo's, not the guide's.
 */
async function loadDemoExternalBenchmark(db: Database, ids: DemoProgrammeIds, year: number) {
  const evaluator = await db
    .selectFrom('users')
    .select('name')
    .where('id', '=', ids.evaluator)
    .executeTakeFirstOrThrow();
  const programme = await db
    .selectFrom('workspaces')
    .select('name')
    .where('id', '=', ids.programme)
    .executeTakeFirstOrThrow();
  const scores = {
    'structure.retaining': 4,
    'structure.composition': 3,
    'structure.total': 3,
    'structure.development': 4,
    'structure.regional_focus': 4,
    'management.foundation': 2,
    'management.staffing': 2,
    'management.qualifications': 3,
    'management.involvement': 4,
    'management.strategy_documentation': 3,
    'financing.resources': 2,
    'financing.private_share': 2,
    'financing.controlling': 3,
    'services.workplan': 3,
    'services.activities': 4,
    'integration.management_actors': 4,
    'integration.working_groups': 3,
    'results.internet': 2,
    'results.success_stories': 3,
    'results.satisfaction': 4,
  };
  const notes = {
    'financing.private_share':
      'Membership fees cover about a fifth of the budget; the rest is the programme’s grant (demo).',
    'integration.management_actors':
      'Twelve firms interviewed; all know the cluster manager and the working groups (demo).',
  };
  const signedAt = new Date(Date.UTC(year, 9, 24, 15, 0));
  const row = await db
    .insertInto('benchmark_assessments')
    .values({
      workspace_id: ids.initiative,
      assessed_on: `${year}-10-22`,
      assessor: evaluator.name,
      assessor_organisation: programme.name,
      conducted_by: 'external',
      assessor_user_id: ids.evaluator,
      programme_id: ids.programme,
      scores: JSON.stringify(scores),
      notes: JSON.stringify(notes),
      share_with_peers: false,
      created_by: ids.evaluator,
      created_at: new Date(Date.UTC(year, 9, 22, 17, 0)),
      signed_at: signedAt,
      signed_by: ids.evaluator,
      updated_at: signedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const workspaceId of [ids.initiative, ids.programme])
    await recordAudit(db, {
      workspaceId,
      userId: ids.evaluator,
      action: 'benchmark.sign',
      entity: 'benchmark_assessment',
      entityId: row.id,
      newValue: { conductedBy: 'external', programme: ids.programme },
    });
}
