import type { Database } from '../db/database.js';

/**
 * The demo initiative's constraint diagnosis, member cards and rapid assessment of existing
 * associations, so that every diagnosis tool opens filled: constraints in tiers with cause → effect
 * links and a pathway (MarketMakers 000:50–64, 237–249), two Cluster Member Cards (ECCP 004:502–508)
 * and an assessment of the region's existing associations with answers to parts A and B and its
 * recommendation (MarketMakers 000:92–115). All invented, marked "(demo)".
 */
export async function loadDemoDiagnosisExtras(
  db: Database,
  ids: { initiative: string; manager: string },
): Promise<void> {
  const ws = ids.initiative;
  // The actors whose business models hold a constraint (000:62), found by name in the demo register.
  const actorIds = async (...names: string[]) =>
    names.length === 0
      ? []
      : (
          await db
            .selectFrom('actors')
            .select('id')
            .where('workspace_id', '=', ws)
            .where(
              'name',
              'in',
              names.map((n) => `${n} (demo)`),
            )
            .execute()
        ).map((a) => a.id);
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
  const constraint = async (
    title: string,
    tier: number,
    kind: 'function' | 'rule',
    deficiency: 'absent' | 'suboptimal_scope' | 'suboptimal_quality' | 'suboptimal_scope_quality',
    description: string,
    seen: { identifiedDaysAgo: number; revisedDaysAgo?: number; holders?: string[] },
  ) => {
    const { id } = await db
      .insertInto('constraints')
      .values({
        workspace_id: ws,
        title,
        tier,
        kind,
        deficiency,
        description,
        identified_on: daysAgo(seen.identifiedDaysAgo),
        revised_at: seen.revisedDaysAgo === undefined ? null : `${daysAgo(seen.revisedDaysAgo)}T10:00:00Z`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const holders = await actorIds(...(seen.holders ?? []));
    if (holders.length)
      await db
        .insertInto('constraint_actors')
        .values(holders.map((actor_id) => ({ constraint_id: id, actor_id })))
        .execute();
    return id;
  };
  const lab = await constraint(
    'No accredited food testing laboratory in the region (demo)',
    1,
    'function',
    'absent',
    'Samples travel to the capital; results take three weeks',
    { identifiedDaysAgo: 400, holders: ['Food Safety Lab'] },
  );
  const certificates = await constraint(
    'Export health certificates issued slowly (demo)',
    1,
    'rule',
    'suboptimal_scope_quality',
    'One office issues them, by appointment only, and rejects one file in four for form errors',
    {
      identifiedDaysAgo: 400,
      revisedDaysAgo: 60,
      holders: ['Ministry of Trade and Industry', 'Port Authority'],
    },
  );
  const buyers = await constraint(
    'Few links between processors and foreign buyers (demo)',
    3,
    'function',
    'suboptimal_scope',
    'Only the two anchor firms attend international fairs',
    // Seen only once the first pilot (joint fair stand) ran into it (000:48).
    { identifiedDaysAgo: 200, holders: ['Export Readiness Advisers'] },
  );
  const exports = await constraint(
    'Small processors do not export (demo)',
    4,
    'function',
    'absent',
    'Nine in ten member firms sell only on the home market',
    { identifiedDaysAgo: 400 },
  );
  await db
    .insertInto('constraint_links')
    .values([
      { cause_id: lab, effect_id: buyers },
      { cause_id: certificates, effect_id: buyers },
      { cause_id: buyers, effect_id: exports },
    ])
    .execute();
  await db
    .insertInto('constraint_pathways')
    .values({
      workspace_id: ws,
      name: 'From testing to export sales (demo)',
      constraint_ids: [lab, buyers, exports],
      ability_to_act: 4,
      expected_effect: 4,
    })
    .execute();

  const [processor] = await db
    .selectFrom('actors')
    .select(['id', 'name'])
    .where('workspace_id', '=', ws)
    .where('membership_stage', '=', 'member')
    .orderBy('name')
    .limit(1)
    .execute();
  // The bakery's card assesses the value proposition of the joint procurement service (004:500).
  const procurement = await db
    .selectFrom('services')
    .select('id')
    .where('workspace_id', '=', ws)
    .where('name', '=', 'Joint procurement (demo)')
    .executeTakeFirst();
  await db
    .insertInto('member_cards')
    .values([
      {
        workspace_id: ws,
        actor_id: processor?.id ?? null,
        persona: 'Quality manager of a mid-size processor (demo)',
        age: '35–45',
        position: 'Quality manager',
        company: processor?.name ?? '',
        member_type: 'Full member',
        member_role: 'decision_maker',
        service: 'Food safety training cycle',
        jobs_to_be_done: 'Pass the buyers’ audits; train new line staff every season',
        gains: 'Fewer rejected batches; a label buyers recognise',
        value_proposition: 'Training and coaching in the region, timed with the harvest',
        ambitions: 'Certify the plant within two years',
        pain_points: 'Trainers come from the capital and cost too much for one firm',
        perfect_fit: 'A shared trainer for five firms, with an audit rehearsal',
        created_by: ids.manager,
      },
      {
        workspace_id: ws,
        actor_id: null,
        persona: 'Owner of a family bakery (demo)',
        age: '50–60',
        position: 'Owner-manager',
        company: '',
        member_type: 'Prospect',
        member_role: 'influencer',
        service: 'Pooled packaging orders',
        service_id: procurement?.id ?? null,
        jobs_to_be_done: 'Buy packaging in small lots at a fair price',
        gains: 'Lower unit costs; less storage',
        value_proposition: 'Joint orders twice a year',
        ambitions: 'Sell in the supermarkets of the capital',
        pain_points: 'Minimum order quantities far above what the bakery needs',
        perfect_fit: 'A joint order with delivery split by firm',
        created_by: ids.manager,
      },
    ])
    .execute();

  const assessment = await db
    .insertInto('association_assessments')
    .values({
      workspace_id: ws,
      title: 'Existing business associations of the lake region (demo)',
      recommendation: 'create_new',
      reasons:
        'The chamber of commerce serves every sector and offers none of the food safety services the firms named; it welcomes a specialised association it can work with',
      decided_by: ids.manager,
      decided_at: new Date(),
      // Part C opened once the firms judged partnering with the chamber undesirable (000:110).
      part_c_sides: ['companies'],
      part_c_reasons:
        'The processors see the chamber as the importers’ voice and would not ask it for food safety services',
      part_c_opened_by: ids.manager,
      part_c_opened_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const answer = (question_id: string, informant: string, text: string, association = '') => ({
    assessment_id: assessment.id,
    question_id,
    informant,
    association,
    answer: text,
    created_by: ids.manager,
  });
  await db
    .insertInto('assessment_answers')
    .values([
      answer(
        'A1',
        'Processor, 40 staff (demo)',
        'Food safety testing, export market information, training of line staff',
      ),
      answer('A2', 'Processor, 40 staff (demo)', 'Training and market information; testing only if shared'),
      answer('A1', 'Bakery owner (demo)', 'Joint purchasing of packaging'),
      answer(
        'B1',
        'Chamber of commerce officer (demo)',
        'Market information yes, sector training no; few food firms are members',
        'Regional chamber of commerce (demo)',
      ),
      answer(
        'B2',
        'Processor, 40 staff (demo)',
        'The chamber never offered anything for food firms, so nobody asked',
        'Regional chamber of commerce (demo)',
      ),
      answer(
        'C1',
        'Processor, 40 staff (demo)',
        'Each firm was too small to start one alone; the fruit processor is now willing to lead',
      ),
    ])
    .execute();
}
