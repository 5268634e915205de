import { addMonths } from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { DEMO_GOALS, DEMO_MEASURES, type DemoStrategyIds } from './strategy-ids.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type Owner = { user: string } | { actor: string } | null;

interface DemoTask {
  task: string;
  priority?: 'high' | 'medium' | 'low';
  /** Days from today (negative: past). */
  starts?: number;
  due?: number;
  owner?: Owner;
  support?: string;
  remarks?: string;
  status?: 'open' | 'in_progress' | 'done' | 'dropped';
  kind?: 'task' | 'milestone' | 'deliverable';
  quickWin?: boolean;
  goal?: keyof typeof DEMO_GOALS;
  measure?: string;
  children?: DemoTask[];
}

/**
 * The demo initiative's action plan (issue 13, item 8; GIZ 001:2036–2061): an agreed plan of a
 * dozen tasks on three levels linked to the demo strategy's measures and goals, owned by logins and
 * by actors of the register, with two late tasks, quick wins first (001:2043), a milestone and a
 * deliverable (001:2038) and a review date (001:2049); and a green action plan (ECCP 004:267) with a
 * CO₂ KPI in the results chain. Dates are relative to today so that the demo stays alive.
 */
export async function loadDemoActionPlan(db: Database, ids: DemoStrategyIds): Promise<void> {
  const { initiative, manager } = ids;
  const userId = async (email: string) =>
    (
      await db
        .selectFrom('users as u')
        .innerJoin('memberships as m', 'm.user_id', 'u.id')
        .select('u.id')
        .where('u.email', '=', email)
        .where('m.workspace_id', '=', initiative)
        .executeTakeFirst()
    )?.id ?? manager;
  const staff = await userId('staff@demo.agglomera.org');
  const actorOf = async (type: string) =>
    (
      await db
        .selectFrom('actors')
        .select('id')
        .where('workspace_id', '=', initiative)
        .where('actor_type', '=', type)
        .orderBy('name')
        .executeTakeFirst()
    )?.id ?? null;
  const [training, research, finance] = await Promise.all([
    actorOf('training'),
    actorOf('research'),
    actorOf('finance'),
  ]);
  const actor = (id: string | null): Owner => (id ? { actor: id } : { user: manager });
  const strategy = await db
    .selectFrom('strategies')
    .select('id')
    .where('workspace_id', '=', initiative)
    .where('status', '=', 'agreed')
    .executeTakeFirst();
  const elements = new Map(
    (
      await db
        .selectFrom('strategy_elements')
        .select(['id', 'title'])
        .where('workspace_id', '=', initiative)
        .execute()
    ).map((e) => [e.title, e.id]),
  );
  const goals = new Map(
    (
      await db
        .selectFrom('strategy_goals')
        .select(['id', 'title'])
        .where('workspace_id', '=', initiative)
        .execute()
    ).map((g) => [g.title, g.id]),
  );
  const me: Owner = { user: manager };
  const st: Owner = { user: staff };

  const plan = await db
    .insertInto('action_plans')
    .values({
      workspace_id: initiative,
      strategy_id: strategy?.id ?? null,
      kind: 'general',
      title: 'Action plan of the Lakeside agro-food cluster (demo)',
      starts_on: day(-150),
      ends_on: day(400),
      version: 1,
      status: 'agreed',
      review_on: day(20),
      reviewed_at: new Date(Date.now() - 150 * 86_400_000),
      reviewed_by: manager,
      review_notes: 'Plan agreed by the general assembly; next review before the export fair (demo)',
      created_by: manager,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const tasks: DemoTask[] = [
    {
      task: 'Export readiness programme',
      priority: 'high',
      starts: -120,
      due: 300,
      owner: me,
      status: 'in_progress',
      goal: 'export',
      children: [
        {
          task: DEMO_MEASURES.exportReadiness[0],
          priority: 'high',
          starts: -120,
          due: 60,
          owner: st,
          status: 'in_progress',
          measure: DEMO_MEASURES.exportReadiness[0],
          children: [
            {
              task: 'Terms of reference for the market studies',
              starts: -120,
              due: -20,
              owner: st,
              status: 'open',
              remarks: 'Waiting for the board’s comments (late)',
              kind: 'deliverable',
              measure: DEMO_MEASURES.exportReadiness[0],
            },
            {
              task: 'Select the consultant',
              starts: -15,
              due: 30,
              owner: me,
              support: 'Procurement committee',
              measure: DEMO_MEASURES.exportReadiness[0],
            },
          ],
        },
        {
          task: DEMO_MEASURES.exportReadiness[1],
          priority: 'medium',
          starts: 60,
          due: 280,
          owner: me,
          support: 'Export promotion agency',
          measure: DEMO_MEASURES.exportReadiness[1],
          children: [
            {
              task: 'Stand booked at the international food fair',
              due: 120,
              owner: me,
              kind: 'milestone',
              measure: DEMO_MEASURES.exportReadiness[1],
            },
          ],
        },
      ],
    },
    {
      task: 'Quality label academy',
      priority: 'high',
      starts: -100,
      due: 360,
      owner: actor(training),
      goal: 'training',
      children: [
        {
          task: DEMO_MEASURES.qualityAcademy[0],
          priority: 'high',
          starts: -100,
          due: -5,
          owner: actor(training),
          status: 'in_progress',
          remarks: 'Two of four sessions held (late)',
          quickWin: true,
          measure: DEMO_MEASURES.qualityAcademy[0],
        },
        {
          task: DEMO_MEASURES.qualityAcademy[1],
          priority: 'medium',
          starts: 30,
          due: 340,
          owner: actor(training),
          measure: DEMO_MEASURES.qualityAcademy[1],
        },
        {
          task: DEMO_MEASURES.sharedLaboratory[0],
          priority: 'low',
          starts: 90,
          due: 360,
          owner: actor(research),
          support: 'Agricultural college',
          kind: 'deliverable',
          measure: DEMO_MEASURES.sharedLaboratory[0],
        },
      ],
    },
    {
      task: 'Joint packaging purchase',
      priority: 'medium',
      starts: -60,
      due: 200,
      owner: st,
      goal: 'procurement',
      children: [
        {
          task: DEMO_MEASURES.jointPackaging[0],
          priority: 'high',
          starts: -60,
          due: 30,
          owner: st,
          status: 'done',
          quickWin: true,
          remarks: 'First pooled order saved 12% (demo)',
          measure: DEMO_MEASURES.jointPackaging[0],
        },
        {
          task: DEMO_MEASURES.jointPackaging[1],
          priority: 'medium',
          starts: 40,
          due: 200,
          owner: actor(finance),
          measure: DEMO_MEASURES.jointPackaging[1],
        },
      ],
    },
    {
      task: DEMO_MEASURES.policyDialogue[0],
      priority: 'low',
      starts: 10,
      due: 150,
      owner: me,
      quickWin: true,
      measure: DEMO_MEASURES.policyDialogue[0],
    },
  ];

  const insert = async (list: DemoTask[], parentId: string | null) => {
    for (const [position, t] of list.entries()) {
      const row = await db
        .insertInto('action_plan_tasks')
        .values({
          plan_id: plan.id,
          workspace_id: initiative,
          parent_id: parentId,
          position,
          task: t.task,
          priority: t.priority ?? 'medium',
          starts_on: t.starts !== undefined ? day(t.starts) : null,
          deadline: t.due !== undefined ? day(t.due) : null,
          responsible_user_id: t.owner && 'user' in t.owner ? t.owner.user : null,
          responsible_actor_id: t.owner && 'actor' in t.owner ? t.owner.actor : null,
          support: t.support ?? '',
          remarks: t.remarks ?? '',
          status: t.status ?? 'open',
          kind: t.kind ?? 'task',
          quick_win: t.quickWin ?? false,
          goal_id: t.goal ? (goals.get(DEMO_GOALS[t.goal]) ?? null) : null,
          element_id: t.measure ? (elements.get(t.measure) ?? null) : null,
          created_by: manager,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (t.children) await insert(t.children, row.id);
    }
  };
  await insert(tasks, null);

  // The green action plan and its KPI, an indicator of the results chain (ECCP 004:267).
  const green = await db
    .insertInto('action_plans')
    .values({
      workspace_id: initiative,
      strategy_id: strategy?.id ?? null,
      kind: 'green',
      title: 'Green action plan (demo)',
      starts_on: day(-30),
      ends_on: day(700),
      version: 1,
      status: 'draft',
      review_on: addMonths(day(0), 6),
      created_by: manager,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const year = new Date().getUTCFullYear();
  // In the results chain beside the demo's other outcome indicators.
  const outcome = await db
    .selectFrom('results_items')
    .select('id')
    .where('workspace_id', '=', initiative)
    .where('level', '=', 'outcomes')
    .executeTakeFirst();
  const co2 = await db
    .insertInto('indicators')
    .values({
      workspace_id: initiative,
      item_id: outcome?.id ?? null,
      level: 'outcomes',
      name: 'CO₂ emissions avoided by members, tonnes per year (demo)',
      definition: 'Tonnes of CO₂ avoided by shared cold chain, solar drying and lighter packaging',
      unit: 'number',
      disaggregation: JSON.stringify([]),
      source: 'manual',
      responsible_user_id: manager,
      frequency: 'annual',
      evaluation_level: 'cluster',
      starts_on: `${year}-01-01`,
      ends_on: `${year + 2}-12-31`,
      created_by: manager,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('action_plan_kpis')
    .values({ plan_id: green.id, indicator_id: co2.id, workspace_id: initiative })
    .execute();
  let position = 0;
  for (const [task, due, owner] of [
    ['Energy audits in five member firms', 120, st],
    ['Solar drying pilot for dried fruit', 300, actor(research)],
    ['Switch to recyclable packaging for the joint order', 360, st],
  ] as const)
    await db
      .insertInto('action_plan_tasks')
      .values({
        plan_id: green.id,
        workspace_id: initiative,
        position: position++,
        task,
        priority: 'medium',
        deadline: day(due),
        responsible_user_id: owner && 'user' in owner ? owner.user : null,
        responsible_actor_id: owner && 'actor' in owner ? owner.actor : null,
        quick_win: position === 1,
        created_by: manager,
      })
      .execute();
}
