import {
  ACTOR_STATUS_OF_STAGE,
  FIELDS_OF_ACTION_TEMPLATE,
  SERVICE_LAUNCH_CHECKLIST,
} from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { enterRegisterMembers } from '../diagnose/actors/membership.js';

type L = 'low' | 'medium' | 'high';
/**
 * The pre-assessment example of the GIZ guide (001:2636–2644), placed on the example matrix. Most
 * services are live; headhunting is in pilot, tested with a few members before it is offered
 * broadly ("test services before implementing them broadly", 004:532).
 */
const SERVICES: [
  string,
  string,
  'rarely' | 'occasionally' | 'frequently',
  'few' | 'many',
  L,
  L,
  L,
  'draft' | 'pilot' | 'live',
][] = [
  [
    'Information events',
    'Events "Meet and Greet"',
    'occasionally',
    'many',
    'medium',
    'medium',
    'high',
    'live',
  ],
  [
    'Joint procurement',
    'Initiating B2B among cluster actors',
    'occasionally',
    'many',
    'high',
    'high',
    'high',
    'live',
  ],
  [
    'Cluster marketing (websites, brochures)',
    'Advertising of capability of the cluster / network',
    'frequently',
    'many',
    'low',
    'low',
    'medium',
    'live',
  ],
  ['Joint R&D', 'Creation of knowledge', 'occasionally', 'few', 'high', 'high', 'low', 'draft'],
  [
    'HR services (headhunting)',
    'Acquisition of workforces',
    'rarely',
    'few',
    'high',
    'high',
    'medium',
    'pilot',
  ],
  [
    'Common trade fair appearance',
    'Delegation missions / participation in trade fairs',
    'rarely',
    'few',
    'medium',
    'high',
    'high',
    'live',
  ],
  [
    'Tender training',
    'Training of staff within companies',
    'occasionally',
    'many',
    'low',
    'low',
    'high',
    'live',
  ],
];

const DAY = 86_400_000;
const at = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};
const isoDay = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

const COMPETENCES: [string, string, string][] = [
  ['competence', 'Aseptic fruit pulp processing', 'pulp, aseptic, mango, guava'],
  ['offer', 'Spare cold-room capacity (40 pallets)', 'cold chain, storage'],
  ['competence', 'HACCP and ISO 22000 auditing', 'quality, food safety, certification'],
  ['need', 'Export partner for dried mango in the EU', 'export, EU, dried fruit'],
  ['offer', 'Shared solar dryer, 2 t per day', 'drying, solar, equipment'],
  ['competence', 'Recyclable packaging design', 'packaging, sustainability'],
  ['need', 'Food technologist (part time)', 'skills, recruitment'],
  ['offer', 'Refrigerated trucks to the port twice a week', 'logistics, port, reefer'],
  ['competence', 'Organic certification support', 'organic, certification'],
  ['need', 'Joint purchase of glass jars', 'joint purchasing, packaging'],
];

/**
 * The demo organisation's day-to-day life (issue 6): a third of the actors are members or in a
 * trial partnership, the member logins speak for three of them, the atlas has entries, and there are
 * working groups, past and upcoming events with registrations, attendance and feedback.
 */
export async function loadDemoOperations(
  db: Database,
  workspaceId: string,
  managerId: string,
  memberLogins: { id: string; name: string }[],
): Promise<void> {
  const actors = await db
    .selectFrom('actors')
    .select(['id', 'name', 'actor_type'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .execute();
  const firms = actors.filter((a) => a.actor_type === 'firm' || a.actor_type === 'start_up');
  const members = firms.filter((_, i) => i % 3 === 0);
  const trial = firms.filter((_, i) => i % 3 === 1).slice(0, 5);
  const prospects = firms.filter((_, i) => i % 3 === 1).slice(5, 12);
  for (const [list, stage] of [
    [members, 'member'],
    [trial, 'trial'],
    [prospects, 'prospect'],
  ] as const) {
    for (const a of list) {
      await db
        .updateTable('actors')
        .set({
          membership_stage: stage,
          status: ACTOR_STATUS_OF_STAGE[stage],
          prospect_source: stage === 'prospect' ? 'desk_research' : null,
        })
        .where('id', '=', a.id)
        .execute();
      await db
        .insertInto('membership_stage_changes')
        .values({
          workspace_id: workspaceId,
          actor_id: a.id,
          from_stage: null,
          to_stage: stage,
          changed_by: managerId,
        })
        .execute();
    }
  }
  // The other actors the register records as members are members of the pipeline too (item 8).
  await enterRegisterMembers(db, workspaceId, managerId);
  for (const [i, login] of memberLogins.entries())
    await db
      .updateTable('memberships')
      .set({ actor_id: members[i]!.id })
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', login.id)
      .execute();
  for (const [i, [kind, title, keywords]] of COMPETENCES.entries())
    await db
      .insertInto('competences')
      .values({
        workspace_id: workspaceId,
        actor_id: members[(i * 2 + 1) % members.length]!.id,
        kind: kind as 'competence' | 'offer' | 'need',
        title,
        keywords,
        created_by: managerId,
      })
      .execute();

  const fieldIds = new Map<string, string>();
  for (const [oi, o] of FIELDS_OF_ACTION_TEMPLATE.entries()) {
    const obj = await db
      .insertInto('service_objectives')
      .values({ workspace_id: workspaceId, name: o.objective, position: oi })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [fi, f] of o.fields.entries()) {
      const row = await db
        .insertInto('service_fields')
        .values({ workspace_id: workspaceId, objective_id: obj.id, name: f, position: fi })
        .returning('id')
        .executeTakeFirstOrThrow();
      fieldIds.set(f, row.id);
    }
  }
  const allChecked = JSON.stringify(Object.fromEntries(SERVICE_LAUNCH_CHECKLIST.map((c) => [c.key, true])));
  const pilotChecked = JSON.stringify({ need_and_demand: true, reach: true, business_model: true });
  for (const [
    si,
    [name, field, frequency, beneficiaries, effortMin, effortMax, relevance, status],
  ] of SERVICES.entries()) {
    const live = status === 'live';
    const paid = name === 'Tender training' || name === 'Common trade fair appearance';
    const svc = await db
      .insertInto('services')
      .values({
        workspace_id: workspaceId,
        field_id: fieldIds.get(field)!,
        name: `${name} (demo)`,
        frequency,
        beneficiaries,
        effort_min: effortMin,
        effort_max: effortMax,
        relevance,
        fee_model: paid ? 'paid' : 'included',
        member_price: paid ? 150 : null,
        non_member_price: paid ? 400 : null,
        currency: paid ? 'EUR' : null,
        trust_level: name === 'Joint R&D' ? 'high' : name === 'Joint procurement' ? 'medium' : 'low',
        status,
        // a pilot starts once the need and demand is checked (004:532); tender training engages trainers
        launch_checks: live ? allChecked : status === 'pilot' ? pilotChecked : '{}',
        engages_trainers: name === 'Tender training',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // two member logins have already said what they expect of the first services and how satisfied they are
    if (live && si < 3)
      for (const [li, login] of memberLogins.slice(1).entries())
        await db
          .insertInto('service_answers')
          .values({
            service_id: svc.id,
            user_id: login.id,
            actor_id: members[li + 1]!.id,
            expectation: [3, 2, 2][si]!,
            satisfaction: [2, 1, 3][si]! + (li === 0 || [2, 1, 3][si] === 3 ? 0 : 1),
          })
          .execute();
    if (live) {
      for (const [mi, m] of members.slice(0, 12).entries()) {
        if ((mi + si) % 3 === 0)
          await db
            .insertInto('service_uses')
            .values({ service_id: svc.id, actor_id: m.id, used_on: isoDay(-5 - mi * 3), note: '' })
            .execute();
      }
    }
  }

  // Two projects (GIZ 001:3153–3157) and a joint purchasing action (002:159, 000:187).
  const lab = await db
    .insertInto('projects')
    .values({
      workspace_id: workspaceId,
      title: 'Shared packaging lab (demo)',
      project_type: 'joint',
      purpose: 'cluster_actors',
      financing: 'self_financed',
      goal: 'Eight processors test recyclable jars and labels together before ordering.',
      starts_on: isoDay(-60),
      ends_on: isoDay(120),
      phase: 'implementing',
      created_by: managerId,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  const wp1 = await db
    .insertInto('project_work_packages')
    .values({ project_id: lab.id, title: 'WP1 Requirements', position: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const wp2 = await db
    .insertInto('project_work_packages')
    .values({ project_id: lab.id, title: 'WP2 Trials', position: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const tasks: [string, string, number, number, boolean][] = [
    [wp1.id, 'Collect packaging specs from members', -55, -35, true],
    [wp1.id, 'Shortlist jar suppliers', -30, -5, false],
    [wp2.id, 'Run shelf-life trials', 0, 60, false],
    [wp2.id, 'Report results to the working group', 61, 90, false],
  ];
  for (const [wp, title, from, to, done] of tasks)
    await db
      .insertInto('project_tasks')
      .values({
        project_id: lab.id,
        work_package_id: wp,
        title,
        owner_user_id: managerId,
        starts_on: isoDay(from),
        due_on: isoDay(to),
        done_on: done ? isoDay(to) : null,
      })
      .execute();
  await db
    .insertInto('project_milestones')
    .values([
      { project_id: lab.id, title: 'Supplier chosen', due_on: isoDay(0) },
      { project_id: lab.id, title: 'Trial results', due_on: isoDay(90) },
    ])
    .execute();
  await db
    .insertInto('project_budget_lines')
    .values([
      { project_id: lab.id, category: 'Staff', planned: 18000, actual: 7400 },
      { project_id: lab.id, category: 'Equipment', planned: 12000, actual: 12900 },
      { project_id: lab.id, category: 'Travel', planned: 2000, actual: 350 },
    ])
    .execute();
  await db
    .insertInto('project_reports')
    .values({
      project_id: lab.id,
      reported_on: isoDay(-14),
      progress: 'Specs of 8 members collected; 3 suppliers shortlisted.',
      created_by: managerId,
    })
    .execute();
  await db
    .insertInto('projects')
    .values({
      workspace_id: workspaceId,
      title: 'CRM for member management (demo)',
      project_type: 'internal',
      purpose: 'cluster_development',
      financing: 'mainly_self_financed',
      starts_on: isoDay(10),
      ends_on: isoDay(200),
      created_by: managerId,
    })
    .execute();
  const jars = await db
    .insertInto('joint_actions')
    .values({
      workspace_id: workspaceId,
      title: 'Joint purchase of glass jars (demo)',
      kind: 'joint_purchasing',
      relation: 'enterprise_enterprise',
      description: 'One order for the season, split by volume.',
      starts_on: isoDay(-40),
      status: 'completed',
      total_cost: 24000,
      cost_sharing: 'pro_rata',
      results: 'Price per jar 14 % below last season.',
      created_by: managerId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const buyers = members.slice(0, 4);
  const weights = [10, 20, 30, 40];
  for (const [i, b] of buyers.entries())
    await db
      .insertInto('joint_action_participants')
      .values({
        joint_action_id: jars.id,
        actor_id: b.id,
        weight: weights[i]!,
        share: (24000 * weights[i]!) / 100,
      })
      .execute();

  const groups: [string, string, boolean][] = [
    ['Export promotion', 'Joint trade-fair appearances and EU market access.', true],
    ['Quality and food safety', 'Shared HACCP training and audits.', true],
    ['Joint purchasing', 'Packaging and glass jars bought together.', false],
  ];
  for (const [gi, [name, topic, open]] of groups.entries()) {
    const g = await db
      .insertInto('working_groups')
      .values({ workspace_id: workspaceId, name: `${name} (demo)`, topic, open_to_members: open })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const a of members.filter((_, i) => i % 3 === gi).slice(0, 6))
      await db
        .insertInto('working_group_members')
        .values({ working_group_id: g.id, actor_id: a.id })
        .execute();
    await db
      .insertInto('working_group_meetings')
      .values({
        working_group_id: g.id,
        held_on: isoDay(-20 - gi * 7),
        notes: `Kick-off of the ${name.toLowerCase()} group: members agreed on three priorities and a lead firm.`,
        created_by: managerId,
      })
      .execute();
  }

  const events = [
    {
      title: 'Members’ breakfast: export logistics',
      kind: 'networking',
      days: -30,
      capacity: 40,
      attendees: 14,
    },
    { title: 'HACCP refresher workshop', kind: 'training', days: -10, capacity: 12, attendees: 10 },
    {
      title: 'Company visit: Harbour Cold Chain',
      kind: 'company_visit',
      days: 14,
      capacity: 15,
      attendees: 8,
    },
    {
      title: 'Cluster general assembly 2027',
      kind: 'general_assembly',
      days: 45,
      capacity: null,
      attendees: 20,
    },
    { title: 'Trade fair preparation: SIAL', kind: 'workshop', days: 21, capacity: 6, attendees: 8 },
  ];
  for (const [ei, ev] of events.entries()) {
    const e = await db
      .insertInto('events')
      .values({
        workspace_id: workspaceId,
        title: `${ev.title} (demo)`,
        kind: ev.kind,
        description: 'Demo event of the Lakeside cluster.',
        agenda: '09:00 Welcome\n09:30 Presentations\n11:00 Discussion in small groups\n12:30 Lunch',
        location: 'Lakeside Chamber of Commerce',
        starts_at: at(ev.days, 9),
        ends_at: at(ev.days, 13),
        capacity: ev.capacity,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const past = ev.days < 0;
    for (const [ri, a] of members.slice(ei, ei + ev.attendees).entries()) {
      const seated = ev.capacity === null || ri < ev.capacity;
      const r = await db
        .insertInto('event_registrations')
        .values({
          event_id: e.id,
          actor_id: a.id,
          user_id: null,
          participant: a.name.replace(' (demo)', ' representative (demo)'),
          status: seated ? 'registered' : 'waitlisted',
          attended: past && seated && ri % 5 !== 4,
          registered_at: new Date(Date.now() + (ev.days - 20) * DAY + ri * 60_000),
        })
        .returning(['id', 'attended'])
        .executeTakeFirstOrThrow();
      if (r.attended && ri % 2 === 0)
        await db
          .insertInto('event_feedback')
          .values({
            event_id: e.id,
            registration_id: r.id,
            rating: [5, 4, 4, 3, 5][ri % 5]!,
            useful: 'Meeting the port logistics firms.',
            improve: ri % 4 === 0 ? 'More time for questions.' : '',
          })
          .execute();
    }
  }

  // The cluster process model (GIZ 001:3232–3305): a process of each kind, one sub-process, and a
  // PDCA cycle under way.
  const process = (
    kind: string,
    name: string,
    stage: string,
    steps: string[],
    parentId: string | null = null,
    owner = 'Cluster manager',
  ) =>
    db
      .insertInto('processes')
      .values({
        workspace_id: workspaceId,
        kind,
        name: `${name} (demo)`,
        parent_id: parentId,
        owner,
        steps: JSON.stringify(steps),
        stage,
        created_by: managerId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  await process('management', 'Strategy and annual planning', 'documented', [
    'Review last year against the results chain',
    'Members vote on the priorities',
    'Board adopts the annual plan',
  ]);
  const services = await process('core', 'Service delivery', 'implemented', [
    'Announce the service',
    'Register members',
    'Deliver',
    'Collect feedback',
  ]);
  const eventsProcess = await process(
    'core',
    'Event organisation',
    'documented',
    [
      'Plan the agenda with the working group',
      'Open registration',
      'Hold the event',
      'Send the feedback form',
    ],
    services.id,
    'Events officer',
  );
  await process('support', 'Fee collection', 'modelled', [], null, 'Finance officer');
  await db
    .insertInto('pdca_cycles')
    .values({
      workspace_id: workspaceId,
      process_id: eventsProcess.id,
      phase: 'do',
      problem: 'Feedback forms come back from fewer than half of the participants.',
      goal: 'Feedback from two thirds of the participants of each event.',
      measures: 'Send the form the same evening and remind once after three days.',
      created_by: managerId,
    })
    .execute();
}
