import type { Database } from '../db/database.js';
import { DEMO_MEASURES, type DemoStrategyIds } from './strategy-ids.js';

/**
 * The demo initiative's strategy documents (issue 13): a cluster business canvas in two versions
 * (GIZ 001:1647–1653), a roadmap over five years with items in the four lanes of 001:4318–4321,
 * several linked to the demo strategy's measures, and an internationalisation strategy after ECCP
 * 004:595–653 with its analysis answered, three target markets and a review every six months.
 */
export async function loadDemoStrategyDocuments(db: Database, ids: DemoStrategyIds): Promise<void> {
  const { initiative, manager } = ids;
  const year = new Date().getUTCFullYear();
  const name = 'Lakeside Agro-Food Cluster (demo)';
  const organisation = 'Lakeside Agro-Food Cluster Association (demo)';

  const first = {
    memberSegments:
      'Fruit processors, dairies, spice and dried-food firms; packaging and cold-chain suppliers',
    keyPartners: 'Lakeside University Food Science Department (demo); Lakeside Chamber of Commerce (demo)',
    keyActivities: 'Training in food safety; joint purchasing; trade fair visits',
    memberPainPoints: 'Buyers abroad ask for certificates members do not have; packaging is expensive',
    valuePropositions: 'Access to quality labels and to buyers abroad at a cost a small firm can carry',
    keyResources: 'A cluster manager and an export adviser; the university’s laboratory',
    memberRelationships: '',
    costStructure: 'Staff, trainers, fair stands',
    revenueStreams: 'Membership fees; public co-funding of the cluster programme',
    keyChallenges: '',
  };
  const second = {
    ...first,
    memberSegments:
      'Three segments: export-ready processors (about 10 firms), growing SMEs that sell at home (about 25), and micro-producers who supply them',
    keyActivities:
      'Food safety training cycle and coaching towards quality labels; pooled packaging orders; a joint stand at an international food fair',
    memberRelationships:
      'Working groups per product line meet every two months; a yearly general assembly; the manager visits each member once a year',
    costStructure: 'Staff (60 %), trainers and coaches (20 %), fair stands and travel (15 %), office (5 %)',
    revenueStreams:
      'Membership fees by firm size; paid training places; a share of the savings on pooled packaging; public co-funding',
    keyChallenges:
      'Organisation: pay the export adviser after public co-funding ends. Members: meet the food safety rules of the target markets within 3 years',
  };
  const canvases: [number, string, Record<string, string>, string][] = [
    [1, `${year - 1}-11-20`, first, ''],
    [
      2,
      `${year}-03-05`,
      second,
      'After the strategy was agreed: segments, relationships, costs and challenges filled in',
    ],
  ];
  for (const [version, date, blocks, note] of canvases)
    await db
      .insertInto('business_canvases')
      .values({
        workspace_id: initiative,
        version,
        name,
        organisation,
        canvas_date: date,
        blocks: JSON.stringify(blocks),
        note,
        created_by: manager,
        created_at: new Date(`${date}T10:00:00Z`),
      })
      .execute();

  const measure = async (title: string) =>
    (
      await db
        .selectFrom('strategy_elements')
        .select('id')
        .where('workspace_id', '=', initiative)
        .where('kind', '=', 'measure')
        .where('title', '=', title)
        .executeTakeFirst()
    )?.id ?? null;
  const roadmap = await db
    .insertInto('roadmaps')
    .values({
      workspace_id: initiative,
      title: 'Safe food for markets abroad (demo)',
      topic: 'Processed fruit, dairy and spices of the Lakeside cluster reaching buyers abroad',
      from_year: year,
      to_year: year + 4,
      recommended_actions:
        'Start the food safety training this year; decide on the shared laboratory after its feasibility study; review the roadmap with the working groups each year',
      created_by: manager,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const items: [string, number, number, string, string, string | null][] = [
    [
      'drivers',
      0,
      1,
      'Stricter food safety rules in the target markets',
      'Import controls ask for certified hazard analysis',
      null,
    ],
    ['drivers', 1, 4, 'Buyers ask for traceable and sustainable food', '', null],
    ['drivers', 2, 3, 'Regional trade agreement lowers tariffs', '', null],
    ['technologies', 0, 2, 'Cold-chain temperature sensors', 'Affordable sensors with phone alerts', null],
    ['technologies', 1, 3, 'Shared testing laboratory', '', DEMO_MEASURES.sharedLaboratory[0]],
    ['technologies', 2, 4, 'Recyclable packaging materials', '', DEMO_MEASURES.jointPackaging[1]],
    ['topic', 0, 1, 'Food safety training for member staff', '', DEMO_MEASURES.qualityAcademy[0]],
    ['topic', 1, 2, 'First members hold quality labels', '', DEMO_MEASURES.qualityAcademy[1]],
    ['topic', 2, 2, 'Joint stand at an international food fair', '', DEMO_MEASURES.exportReadiness[1]],
    ['effects', 2, 4, 'Members sell in two target markets', '', DEMO_MEASURES.exportReadiness[0]],
    ['effects', 3, 4, 'Lower packaging costs for members', '', DEMO_MEASURES.jointPackaging[0]],
    ['effects', 3, 4, 'New certified product lines', '', null],
  ];
  for (const [lane, start, end, title, description, measureTitle] of items)
    await db
      .insertInto('roadmap_items')
      .values({
        roadmap_id: roadmap.id,
        workspace_id: initiative,
        lane: lane as 'drivers' | 'technologies' | 'topic' | 'effects',
        start_year: year + start,
        end_year: year + end,
        title,
        description,
        element_id: measureTitle ? await measure(measureTitle) : null,
      })
      .execute();

  const strategy = await db
    .insertInto('internationalisation_strategies')
    .values({
      workspace_id: initiative,
      diagnostics:
        'Ten member firms export a little; most cannot show the certificates buyers abroad ask for. The cluster organisation has one export adviser.',
      choice:
        'Two target markets first, where buyers already know our dried fruit and spices; certification before fairs.',
      action:
        'Market studies for the two markets, food safety training and label coaching, then a joint stand at an international food fair.',
      answers: JSON.stringify({
        context: {
          answer:
            'Buyers in the target markets tighten food safety checks; sea freight delays hit fresh products',
          evidence:
            'Market and technology reports of the trade promotion agency; the cluster’s value chain analysis',
        },
        ambitions: {
          answer: '14 of 40 members want to export within three years, mostly processed fruit and spices',
          evidence: 'Needs survey of the cluster (demo) and interviews with the working groups',
        },
        capabilities: {
          answer: 'One export adviser, links to the university laboratory, no office abroad',
          evidence: 'SWOT analysis of the cluster organisation',
        },
      }),
      target_markets: JSON.stringify([
        {
          name: 'European Union (Netherlands, Germany)',
          rationale: 'Importers of dried fruit and spices already buy from two members',
        },
        {
          name: 'Neighbouring island markets',
          rationale: 'Short shipping, similar rules; a first step for small firms',
        },
        { name: 'North American specialty retail', rationale: 'Later: needs labels first' },
      ]),
      review_months: 6,
      written_on: `${year}-01-15`,
      last_reviewed_on: `${year}-01-15`,
      created_by: manager,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('internationalisation_reviews')
    .values({
      strategy_id: strategy.id,
      workspace_id: initiative,
      reviewed_on: `${year}-01-15`,
      notes: 'Strategy agreed by the board; next review in six months',
      reviewed_by: manager,
    })
    .execute();
}
