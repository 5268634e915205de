import type { Database } from '../db/database.js';
import type { DemoOrganisationIds } from './organisation-ids.js';

/**
 * The demo organisation (issue 14): a managing office of three people — the cluster manager, the
 * staff login and a part-time finance and administration assistant (MarketMakers' "part-time
 * finance and administration assistant (e.g. at 50% time)", 000:205) — 2.5 FTE in all, scored on
 * the ten criteria of GIZ 001:2443–2452 on the platform's default scale of 1 to 5, with competence
 * levels now and targeted (001:4039) and two training items.
 */
export async function loadDemoStaff(db: Database, ids: DemoOrganisationIds): Promise<void> {
  const year = new Date().getUTCFullYear();
  const scores = (s: number[]) =>
    JSON.stringify(
      Object.fromEntries(
        [
          'tertiary_education',
          'private_sector_experience',
          'leadership_management',
          'social_intercultural',
          'communication',
          'project_management',
          'english',
          'sector_knowledge',
          'cluster_policy_training',
          'foreign_language',
        ].map((k, i) => [k, s[i] ?? null]),
      ),
    );
  const levels = (c: Record<string, [string | null, string | null]>) =>
    JSON.stringify(
      Object.fromEntries(Object.entries(c).map(([k, [current, target]]) => [k, { current, target }])),
    );
  const positions = await db
    .insertInto('staff_positions')
    .values([
      {
        workspace_id: ids.initiative,
        title: 'Cluster manager',
        fte: 1,
        user_id: ids.manager,
        job_description:
          'Leads the managing office, prepares the board’s decisions, keeps contact with members and funders, steers the action plan.',
        scores: scores([5, 4, 4, 4, 5, 4, 4, 3, 3, 3]),
        competences: levels({
          technical: ['advanced', 'advanced'],
          strategic_management: ['advanced', 'expert'],
          process_controlling: ['basic', 'advanced'],
          policies_funding: ['advanced', 'advanced'],
          languages: ['advanced', 'advanced'],
        }),
      },
      {
        workspace_id: ids.initiative,
        title: 'Cluster expert, services and projects',
        fte: 1,
        user_id: ids.staff,
        job_description:
          'Runs the member services and the cooperation projects; organises events and working groups.',
        scores: scores([4, 3, 3, 4, 4, 5, 3, 4, 2, 2]),
        competences: levels({
          technical: ['advanced', 'expert'],
          methodological: ['advanced', 'advanced'],
          policies_funding: ['basic', 'advanced'],
        }),
      },
      {
        workspace_id: ids.initiative,
        title: 'Finance and administration assistant',
        fte: 0.5,
        holder_name: 'Amina Haddad',
        job_description: 'Keeps the books, invoices membership fees, prepares the monthly liquidity check.',
        scores: scores([3, 4, 2, 3, 3, 3, 2, 2, 1, 2]),
        competences: levels({
          process_controlling: ['advanced', 'expert'],
          languages: ['basic', 'advanced'],
        }),
      },
    ])
    .returning(['id', 'title'])
    .execute();
  const byTitle = (t: string) => positions.find((p) => p.title === t)!.id;
  await db
    .insertInto('staff_training_items')
    .values([
      {
        workspace_id: ids.initiative,
        position_id: byTitle('Cluster manager'),
        item: 'Financial planning and controlling for cluster organisations',
        area: 'process_controlling',
        target_level: 'advanced',
        due_on: `${year}-06-30`,
      },
      {
        workspace_id: ids.initiative,
        position_id: byTitle('Cluster expert, services and projects'),
        item: 'Regional and national cluster policies and funding programmes',
        area: 'policies_funding',
        target_level: 'advanced',
        due_on: `${year}-10-31`,
      },
    ])
    .execute();
}
