import type { Database } from '../db/database.js';

/** A small deterministic generator, so that every demo is the same. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

const FIRM_WORDS = [
  'Lakeside',
  'Sunridge',
  'Green Valley',
  'Riverbend',
  'Baobab',
  'Harbour',
  'Highland',
  'Golden Field',
  'Savanna',
  'Blue Lagoon',
];
const FIRM_TRADES = [
  'Fruit Processors',
  'Juices',
  'Dried Foods',
  'Packaging',
  'Cold Chain',
  'Spices',
  'Dairy',
  'Bakery',
  'Logistics',
  'Organic Farms',
];

/**
 * About a hundred invented actors of the demo agro-food cluster, in the proportions of the GIZ and
 * UNIDO cases (mostly SMEs, a few anchor firms, research, training, finance and public bodies), with
 * ties recorded at two dates so that the network comparison shows trust growing.
 */
export async function loadDemoActors(db: Database, workspaceId: string, userId: string): Promise<number> {
  const rnd = random(20261124);
  const actors: Record<string, string | string[] | null>[] = [];
  const add = (name: string, actor_type: string, extra: Record<string, string | null> = {}) =>
    actors.push({
      name: `${name} (demo)`,
      actor_type,
      sector: 'Agro-food',
      location: 'Lakeside region',
      ...extra,
    });
  let i = 0;
  for (const word of FIRM_WORDS)
    for (const trade of FIRM_TRADES) {
      if (i++ >= 70) break;
      const size = ['micro', 'small', 'small', 'medium', 'medium', 'large'][Math.floor(rnd() * 6)]!;
      add(`${word} ${trade}`, 'firm', { size_class: size });
    }
  for (const n of ['FreshTech', 'AgriData', 'Pack&Go', 'SolarDry', 'FarmLink'])
    add(n, 'start_up', { size_class: 'micro' });
  for (const n of ['Continental Foods Lakeside', 'Lakeside Breweries', 'West Coast Canning'])
    add(n, 'anchor_firm', { size_class: 'large' });
  for (const n of [
    'Lakeside University Food Science Department',
    'National Agricultural Research Institute',
    'Institute of Food Technology',
    'Polytechnic of Lakeside',
  ])
    add(n, 'research');
  for (const n of [
    'Agro-food Vocational School',
    'Hospitality and Food Training Centre',
    'Chamber Training Academy',
  ])
    add(n, 'training');
  for (const n of [
    'Lakeside Chamber of Commerce',
    'Fruit Growers Association',
    'Food Processors Association',
  ])
    add(n, 'association');
  for (const n of [
    'Export Readiness Advisers',
    'Quality Label Consultants',
    'Lakeside Business Centre',
    'Food Safety Lab',
  ])
    add(n, 'business_development_service');
  for (const n of ['Lakeside Development Bank', 'Farmers Credit Union', 'Agri Impact Fund'])
    add(n, 'finance');
  add('Lakeside Regional Council', 'government', { government_level: 'regional' });
  add('Ministry of Trade and Industry', 'government', { government_level: 'national' });
  add('Port Authority', 'government', { government_level: 'national' });
  add('Women in Agribusiness Network', 'ngo');
  add('Island Competitiveness Agency', 'donor');

  actors.forEach((a, k) => {
    a.status = k % 5 === 0 ? 'stakeholder' : k % 5 === 1 ? 'committed' : 'member';
  });
  // An actor may hold several roles (001:546): the fruit processor that instigated the cluster is
  // also one of its anchor firms.
  const role = (name: string, r: string) => {
    const a = actors.find((x) => (x.name as string).startsWith(name));
    if (a) a.roles = [...((a.roles as string[] | undefined) ?? []), r];
  };
  role('Lakeside Fruit Processors', 'instigator');
  role('Lakeside Fruit Processors', 'anchor');
  role('Lakeside Chamber of Commerce', 'instigator');
  role('Continental Foods Lakeside', 'anchor');
  role('Lakeside Breweries', 'anchor');
  role('West Coast Canning', 'anchor');
  role('Lakeside University', 'multiplier');
  role('Food Processors Association', 'multiplier');
  role('Lakeside Business Centre', 'multiplier');
  role('Harbour Juices', 'free_rider');
  role('Savanna Spices', 'free_rider');
  role('Baobab Dairy', 'objector');

  const rows = await db
    .insertInto('actors')
    .values(actors.map((a) => ({ ...a, workspace_id: workspaceId }) as never))
    .returning(['id', 'name', 'actor_type'])
    .execute();

  // Ties at the diagnostic (2024) and at the follow-up (2025): anchors and multipliers are hubs.
  const hubs = rows.filter((r) => ['anchor_firm', 'association', 'research'].includes(r.actor_type));
  const types = ['cooperation', 'supply', 'information', 'joint_action'];
  const seen = new Set<string>();
  const ties: {
    source_actor_id: string;
    target_actor_id: string;
    tie_type: string;
    strength: number;
    observed_on: string;
  }[] = [];
  const tie = (a: string, b: string, date: string) => {
    const key = [a, b].sort().join('|');
    if (a === b || seen.has(key)) return;
    seen.add(key);
    ties.push({
      source_actor_id: a,
      target_actor_id: b,
      tie_type: types[Math.floor(rnd() * 4)]!,
      strength: 1 + Math.floor(rnd() * 5),
      observed_on: date,
    });
  };
  for (const r of rows) if (rnd() < 0.6) tie(r.id, hubs[Math.floor(rnd() * hubs.length)]!.id, '2024-03-15');
  for (let k = 0; k < 40; k++)
    tie(rows[Math.floor(rnd() * rows.length)]!.id, rows[Math.floor(rnd() * rows.length)]!.id, '2024-03-15');
  for (const r of rows) if (rnd() < 0.4) tie(r.id, hubs[Math.floor(rnd() * hubs.length)]!.id, '2025-09-30');
  for (let k = 0; k < 50; k++)
    tie(rows[Math.floor(rnd() * rows.length)]!.id, rows[Math.floor(rnd() * rows.length)]!.id, '2025-09-30');
  await db
    .insertInto('actor_ties')
    .values(ties.map((t) => ({ ...t, workspace_id: workspaceId, created_by: userId })))
    .execute();
  // The stakeholder table, in the manner of the guide's example (001:1477–1482).
  const byName = (prefix: string) => rows.find((r) => r.name.startsWith(prefix))!.id;
  const assessments: [
    string,
    'positive' | 'neutral' | 'critical',
    'high' | 'medium' | 'low',
    string,
    string,
  ][] = [
    [
      'Lakeside Regional Council',
      'positive',
      'high',
      'Owner of the regional economic development strategy',
      'Invite to the steering committee',
    ],
    [
      'Ministry of Trade and Industry',
      'neutral',
      'high',
      'Runs the national cluster support scheme',
      'Inform about results twice a year; invite to the annual forum',
    ],
    [
      'Lakeside Development Bank',
      'neutral',
      'medium',
      'Could finance joint investments of members',
      'Present the joint cold-store project',
    ],
    [
      'Food Processors Association',
      'positive',
      'high',
      'Well connected to processors; co-founder',
      'Co-host the working group on quality labels',
    ],
    [
      'Baobab Dairy',
      'critical',
      'medium',
      'Fears that competitors learn its recipes',
      'Meet the owner; explain confidentiality rules',
    ],
    [
      'Continental Foods Lakeside',
      'positive',
      'high',
      'Anchor buyer of fruit concentrate',
      'Ask to sponsor the supplier development programme',
    ],
  ];
  await db
    .insertInto('stakeholder_assessments')
    .values(
      assessments.map(([name, assessment, influence, description, measure], k) => ({
        actor_id: byName(name),
        workspace_id: workspaceId,
        assessment,
        influence,
        description,
        measure,
        measure_status: k === 0 ? ('done' as const) : ('open' as const),
        measure_due: '2026-12-15',
        measure_owner: 'Marie Manager (demo)',
        updated_by: userId,
      })),
    )
    .execute();
  const items: ['swot' | 'diamond', string, string, string, string[]][] = [
    ['swot', 'strengths', '+', 'Critical mass of fruit processors and growers within 50 km', []],
    ['swot', 'strengths', '+', 'Agricultural college with a food science department', ['human resources']],
    ['swot', 'weaknesses', '−', 'Post-harvest losses from missing cold chain', ['physical infra']],
    ['swot', 'opportunities', '+', 'Rising regional demand for processed fruit', ['private sector']],
    ['swot', 'threats', '−', 'Imported concentrate undercuts local prices', []],
    ['diamond', 'factor_conditions', '−', 'Unstable energy supply for processing plants', ['physical infra']],
    [
      'diamond',
      'demand_conditions',
      '+',
      'Growing urban middle class buying packaged food',
      ['private sector'],
    ],
    ['diamond', 'strategy_and_rivalry', '±', 'New food safety rules not yet enforced', ['rules']],
  ];
  await db
    .insertInto('analysis_items')
    .values(
      items.map(([framework, category, sign, text, tags]) => ({
        workspace_id: workspaceId,
        framework,
        category,
        sign,
        text,
        tags,
        source: 'Diagnostic workshop (demo)',
        created_by: userId,
      })),
    )
    .execute();
  return rows.length;
}

/**
 * A needs survey with the categories of the GIZ guide's Dakar example (001_2b00e659d173dc60.txt:1617–1631),
 * open for the members' votes.
 */
export async function loadDemoNeeds(db: Database, workspaceId: string, userId: string): Promise<void> {
  const survey = await db
    .insertInto('needs_surveys')
    .values({
      workspace_id: workspaceId,
      title: 'Needs of the Lakeside agro-food cluster (demo)',
      created_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const needs: [string, string][] = [
    ['Public relations and external networking', 'Representation of the members to the public'],
    ['Public relations and external networking', 'Organisation of events'],
    ['Networking among the members', 'Meetings and networking within the cluster'],
    ['Networking among the members', 'Thematic working groups'],
    ['Business development', 'Access to export markets and buyers'],
    ['Business development', 'Acquisition of funding and investors'],
    ['Innovation and cooperation', 'Joint purchasing of packaging'],
    ['Qualification and skilled workforce', 'Training in food safety and quality labels'],
  ];
  await db
    .insertInto('needs')
    .values(needs.map(([category, title]) => ({ survey_id: survey.id, category, title })))
    .execute();
}
