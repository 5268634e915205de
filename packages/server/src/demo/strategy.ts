import type { Database } from '../db/database.js';
import { loadDemoActionPlan } from './action-plan.js';
import { loadDemoStrategyDocuments } from './strategy-documents.js';
import { DEMO_GOALS, DEMO_MEASURES, type DemoStrategyIds } from './strategy-ids.js';

export { DEMO_GOALS, DEMO_MEASURES, type DemoStrategyIds };

/**
 * The demo initiative's strategy (issue 13): three goals from its top needs (two measured by
 * indicators of the results chain, one flagged "Develop indicators!"), and an agreed strategy after
 * the Côte d'Ivoire structure of the GIZ guide (001:1750–1842): one vision, three strategic
 * objectives, five competitiveness initiatives (the fifth cross-cutting, as the guide's fifth is)
 * and their measures. Then the action plan, canvas and roadmaps of their own demo files.
 */
export async function loadDemoStrategy(db: Database, ids: DemoStrategyIds): Promise<void> {
  const { initiative, manager } = ids;
  const need = async (title: string) =>
    db
      .selectFrom('needs')
      .innerJoin('needs_surveys', 'needs_surveys.id', 'needs.survey_id')
      .select(['needs.id', 'needs.title'])
      .where('needs_surveys.workspace_id', '=', initiative)
      .where('needs.title', '=', title)
      .executeTakeFirstOrThrow();
  const exportIndicator = await db
    .selectFrom('indicators')
    .select('id')
    .where('workspace_id', '=', initiative)
    .where('name', '=', 'Firms in joint export actions (demo)')
    .executeTakeFirstOrThrow();
  const outcome = await db
    .selectFrom('results_items')
    .select('id')
    .where('workspace_id', '=', initiative)
    .where('level', '=', 'outcomes')
    .executeTakeFirst();
  const year = new Date().getUTCFullYear();
  const trained = await db
    .insertInto('indicators')
    .values({
      workspace_id: initiative,
      item_id: outcome?.id ?? null,
      level: 'outcomes',
      name: 'Member staff trained in food safety (demo)',
      definition: 'Employees of member firms who completed the cluster food safety training cycle',
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

  const goals: Record<keyof typeof DEMO_GOALS, string> = { export: '', training: '', procurement: '' };
  const plan: [keyof typeof DEMO_GOALS, string, string, string | null][] = [
    ['export', 'export', 'Access to export markets and buyers', exportIndicator.id],
    ['training', 'training', 'Training in food safety and quality labels', trained.id],
    ['procurement', 'procurement', 'Joint purchasing of packaging', null],
  ];
  for (const [position, [key, typical, needTitle, indicatorId]] of plan.entries()) {
    const n = await need(needTitle);
    const goal = await db
      .insertInto('strategy_goals')
      .values({
        workspace_id: initiative,
        title: DEMO_GOALS[key],
        typical,
        position,
        created_by: manager,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    goals[key] = goal.id;
    await db
      .insertInto('strategy_goal_sources')
      .values({ goal_id: goal.id, workspace_id: initiative, kind: 'need', source_id: n.id, label: n.title })
      .execute();
    await db.updateTable('needs').set({ is_goal: true }).where('id', '=', n.id).execute();
    if (indicatorId)
      await db
        .insertInto('strategy_goal_indicators')
        .values({ goal_id: goal.id, indicator_id: indicatorId, workspace_id: initiative })
        .execute();
  }

  // The services matrix takes its objectives from the goals (item 5; GIZ 001:2598–2600): two of
  // the example's objectives are allocated to goals, and the procurement goal becomes an objective
  // of its own whose field of action has no service yet (a white spot).
  for (const [objective, key] of [
    ['Internationalisation', 'export'],
    ['Workforce development', 'training'],
  ] as const)
    await db
      .updateTable('service_objectives')
      .set({ goal_id: goals[key] })
      .where('workspace_id', '=', initiative)
      .where('name', '=', objective)
      .execute();
  const last = await db
    .selectFrom('service_objectives')
    .select((eb) => eb.fn.max<number>('position').as('p'))
    .where('workspace_id', '=', initiative)
    .executeTakeFirst();
  const procurement = await db
    .insertInto('service_objectives')
    .values({
      workspace_id: initiative,
      name: DEMO_GOALS.procurement,
      position: (last?.p ?? 0) + 1,
      goal_id: goals.procurement,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('service_fields')
    .values({
      workspace_id: initiative,
      objective_id: procurement.id,
      name: 'Pooled purchasing of packaging',
      position: 0,
    })
    .execute();

  const strategy = await db
    .insertInto('strategies')
    .values({
      workspace_id: initiative,
      version: 1,
      title: 'Lakeside agro-food cluster strategy (demo)',
      vision:
        'The Lakeside agro-food cluster is the region’s reference for safe, high-value food products sold at home and abroad (demo)',
      components: JSON.stringify({
        services:
          'Export readiness, food safety training and coaching, joint purchasing of packaging, policy dialogue',
        organisation:
          'A members’ association with a cluster manager, an export adviser and three working groups',
        implementation:
          'Year 1: export readiness and training; year 2: shared laboratory study and joint purchasing',
        monitoring: 'The results chain and its indicators, reviewed each quarter by the board',
        actionPlan: 'The action plan of this strategy, reviewed twice a year',
      }),
      status: 'agreed',
      agreed_on: `${year}-03-12`,
      agreed_by: 'General assembly of members',
      agreed_recorded_by: manager,
      created_by: manager,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  let position = 0;
  const element = async (
    kind: 'objective' | 'initiative' | 'measure',
    title: string,
    parentId: string | null,
    extra: { description?: string; goalId?: string } = {},
  ) =>
    (
      await db
        .insertInto('strategy_elements')
        .values({
          workspace_id: initiative,
          strategy_id: strategy.id,
          kind,
          parent_id: parentId,
          title,
          description: extra.description ?? '',
          goal_id: extra.goalId ?? null,
          position: position++,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const measures = async (initiativeId: string, titles: readonly string[]) => {
    for (const t of titles) await element('measure', t, initiativeId);
  };
  const o1 = await element('objective', 'Reach export markets with higher value products', null, {
    goalId: goals.export,
  });
  const i1 = await element('initiative', 'Export readiness programme', o1, {
    description: 'Prepare member firms to sell in two target markets',
  });
  await measures(i1, DEMO_MEASURES.exportReadiness);
  const o2 = await element('objective', 'Safe food and recognised quality', null, { goalId: goals.training });
  const i2 = await element('initiative', 'Quality label academy', o2);
  await measures(i2, DEMO_MEASURES.qualityAcademy);
  const i3 = await element('initiative', 'Shared testing laboratory', o2);
  await measures(i3, DEMO_MEASURES.sharedLaboratory);
  const o3 = await element('objective', 'Lower costs through joint procurement', null, {
    goalId: goals.procurement,
  });
  const i4 = await element('initiative', 'Joint packaging purchase', o3);
  await measures(i4, DEMO_MEASURES.jointPackaging);
  const i5 = await element('initiative', 'Policy dialogue for the agro-food sector', null, {
    description: 'Serves all three objectives',
  });
  await measures(i5, DEMO_MEASURES.policyDialogue);

  await loadDemoActionPlan(db, ids);
  await loadDemoStrategyDocuments(db, ids);
}
