import { loadDemoCapacities, loadDemoNeedsWorkshop, loadDemoSatisfaction } from './member-voice.js';
import { loadDemoFieldSurvey } from './field-survey.js';
import type { Database } from '../db/database.js';
import { hashPassword } from '../auth/secrets.js';
import { recordAudit } from '../audit/service.js';
import { loadDemoOperations } from './operations.js';
import { loadDemoHomes } from './homes.js';
import { loadDemoMailing } from './mailing.js';
import { loadDemoActors, loadDemoNeeds } from './actors.js';
import { loadDemoStrategy } from './strategy.js';
import { loadDemoOrganisation } from './organisation.js';
import { loadDemoProgramme } from './programme.js';
import { loadDemoDiagnosisExtras } from './diagnosis-extras.js';
import { loadDemoConnect } from './connect.js';

export const DEMO_PASSWORD = 'demo-password';

export interface DemoLogin {
  email: string;
  role: string;
}

/**
 * Demo content drawn from the seeds' cases. All names are invented and marked "(demo)".
 * - The programme is modelled on the IDB / Compete Caribbean cluster capacity programme
 *   (003_607c093dd4f9c631.txt:116–314): a funder follows the cluster initiatives it trains and funds.
 * - The cluster initiative is an agro-food cluster organisation in its establishment stage,
 *   as in the GIZ guide's cases (001), following the MarketMakers blueprint at step 6
 *   (start-up cash injection, 000_83686791654886b8.txt:141).
 */
/**
 * `homes: false` leaves out the data that fills the role homes (an open survey, an indicator, an
 * evaluation, a selection awaiting scores): the module tests count those tables from empty.
 */
export async function loadDemo(db: Database, options: { homes?: boolean } = {}): Promise<DemoLogin[]> {
  const hash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    const anyUser = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (anyUser)
      throw new Error('The database already has users: the demo loads only into an empty database');

    const user = async (email: string, name: string, admin = false) =>
      (
        await trx
          .insertInto('users')
          .values({ email, name, password_hash: hash, is_platform_admin: admin })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const admin = await user('admin@demo.agglomera.org', 'Ada Admin (demo)', true);
    const manager = await user('manager@demo.agglomera.org', 'Marie Manager (demo)');
    const officer = await user('officer@demo.agglomera.org', 'Oscar Officer (demo)');
    const member = await user('member@demo.agglomera.org', 'Mehdi Member (demo)');
    const staff = await user('staff@demo.agglomera.org', 'Sofia Staff (demo)');
    const panel = await user('panel@demo.agglomera.org', 'Paula Panel (demo)');
    const member2 = await user('member2@demo.agglomera.org', 'Nadia Member (demo)');
    const member3 = await user('member3@demo.agglomera.org', 'Omar Member (demo)');
    // Two more members so that a survey can go to five member logins (issue 7).
    const member4 = await user('member4@demo.agglomera.org', 'Lucia Member (demo)');
    const member5 = await user('member5@demo.agglomera.org', 'Kwame Member (demo)');
    // The programme's other roles (issue 15): a second panel, an assessor, an agent, a coordinator.
    const panel2 = await user('panel2@demo.agglomera.org', 'Pedro Panel (demo)');
    const assessor = await user('assessor@demo.agglomera.org', 'Aisha Assessor (demo)');
    const agent = await user('agent@demo.agglomera.org', 'Andre Agent (demo)');
    const coordinator = await user('coordinator@demo.agglomera.org', 'Carla Coordinator (demo)');
    const evaluator = await user('evaluator@demo.agglomera.org', 'Eva Evaluator (demo)');

    const org = async (name: string) =>
      (await trx.insertInto('organisations').values({ name }).returning('id').executeTakeFirstOrThrow()).id;
    const workspace = async (organisation: string, kind: 'programme' | 'cluster_initiative', name: string) =>
      (
        await trx
          .insertInto('workspaces')
          .values({ organisation_id: organisation, kind, name, is_demo: true, verified_at: new Date() })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;

    const agency = await org('Island Competitiveness Agency (demo)');
    const programme = await workspace(agency, 'programme', 'Cluster Capacity Programme (demo)');
    const clusterOrg = await org('Lakeside Agro-Food Cluster Association (demo)');
    const initiative = await workspace(clusterOrg, 'cluster_initiative', 'Lakeside Agro-Food Cluster (demo)');

    const roles: [string, string, string][] = [
      [programme, admin, 'owner'],
      [programme, officer, 'officer'],
      [programme, panel, 'panel_member'],
      [programme, panel2, 'panel_member'],
      [programme, assessor, 'assessor'],
      [programme, agent, 'agent'],
      [programme, coordinator, 'coordinator'],
      [programme, evaluator, 'evaluator'],
      [initiative, admin, 'owner'],
      [initiative, manager, 'owner'],
      [initiative, staff, 'staff'],
      [initiative, member, 'member'],
      [initiative, member2, 'member'],
      [initiative, member3, 'member'],
      [initiative, member4, 'member'],
      [initiative, member5, 'member'],
    ];
    for (const [ws, u, role] of roles)
      await trx.insertInto('memberships').values({ workspace_id: ws, user_id: u, role }).execute();

    await trx
      .insertInto('lifecycle_states')
      .values({ workspace_id: initiative, stage: 'initiation', unido_phase: 4, blueprint_step: 5 })
      .execute();
    const answered: [string, string, string][] = [
      [
        'initiation.1',
        'Raise exports of processed fruit and cut post-harvest losses through joint logistics and quality labels.',
        'Diagnostic workshop minutes (demo), 12 firms present',
      ],
      [
        'initiation.3',
        'Processors, growers’ cooperatives, the agricultural college, the port authority and two banks.',
        'Stakeholder table (demo)',
      ],
      [
        'initiation.9',
        'A joint purchasing pilot for packaging as a first joint action; monthly breakfast meetings.',
        'Pilot agreement signed by 8 firms (demo)',
      ],
    ];
    for (const [question, answer, evidence] of answered)
      await trx
        .insertInto('key_question_answers')
        .values({
          workspace_id: initiative,
          question_id: question,
          checked: true,
          answer,
          evidence,
          updated_by: manager,
        })
        .execute();
    await trx
      .insertInto('lifecycle_changes')
      .values({
        workspace_id: initiative,
        field: 'unido_phase',
        from_value: '3',
        to_value: '4',
        reason: 'Diagnostic study validated by the stakeholders (demo)',
        changed_by: manager,
      })
      .execute();

    const follow = await trx
      .insertInto('programme_follows')
      .values({
        programme_id: programme,
        initiative_id: initiative,
        status: 'active',
        requested_by: officer,
        decided_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const scope of ['lifecycle', 'indicators'])
      await trx
        .insertInto('follow_shares')
        .values({ follow_id: follow.id, scope, granted_by: manager, revoked_by: null, revoked_at: null })
        .execute();
    await loadDemoActors(trx, initiative, manager);
    await loadDemoNeeds(trx, initiative, manager);
    await loadDemoOperations(trx, initiative, manager, [
      { id: member, name: 'Mehdi Member (demo)' },
      { id: member2, name: 'Nadia Member (demo)' },
      { id: member3, name: 'Omar Member (demo)' },
    ]);
    await loadDemoMailing(trx, initiative, manager);
    // Partner search: a second initiative and postings of both (loaded without the homes, so that
    // the generated isolation walk has postings and interests to try).
    await loadDemoConnect(trx, { initiative, manager, passwordHash: hash });
    if (options.homes !== false) {
      await loadDemoHomes(trx, { initiative, programme, manager, member, member2, panel });
      await loadDemoDiagnosisExtras(trx, { initiative, manager });
      await loadDemoSatisfaction(trx, { initiative, manager });
      await loadDemoCapacities(trx, { initiative, manager });
      await loadDemoFieldSurvey(trx, { initiative, manager });
      await loadDemoNeedsWorkshop(trx, { initiative, manager });
      await loadDemoStrategy(trx, { initiative, manager });
      await loadDemoOrganisation(trx, { initiative, manager, staff, member, member2, member3 });
      await loadDemoProgramme(trx, {
        programme,
        initiative,
        manager,
        admin,
        officer,
        panel,
        panel2,
        assessor,
        agent,
        coordinator,
        evaluator,
      });
    }
    for (const ws of [programme, initiative])
      await recordAudit(trx, {
        workspaceId: ws,
        userId: admin,
        action: 'demo.load',
        entity: 'workspace',
        entityId: ws,
      });

    return [
      { email: 'admin@demo.agglomera.org', role: 'platform admin; owner of both demo workspaces' },
      { email: 'manager@demo.agglomera.org', role: 'cluster manager; owner of the demo cluster initiative' },
      { email: 'officer@demo.agglomera.org', role: 'programme officer' },
      { email: 'member@demo.agglomera.org', role: 'member of the demo cluster initiative' },
      { email: 'staff@demo.agglomera.org', role: 'staff of the demo cluster initiative' },
      { email: 'member2@demo.agglomera.org', role: 'member of the demo cluster initiative' },
      { email: 'member3@demo.agglomera.org', role: 'member of the demo cluster initiative' },
      { email: 'member4@demo.agglomera.org', role: 'member of the demo cluster initiative' },
      { email: 'member5@demo.agglomera.org', role: 'member of the demo cluster initiative' },
      { email: 'panel@demo.agglomera.org', role: 'panel member of the demo programme' },
      { email: 'panel2@demo.agglomera.org', role: 'panel member of the demo programme (tourism panel)' },
      { email: 'assessor@demo.agglomera.org', role: 'assessor of the demo programme’s applications' },
      { email: 'agent@demo.agglomera.org', role: 'cluster development agent of the demo programme' },
      { email: 'coordinator@demo.agglomera.org', role: 'project coordinator of the demo programme' },
      { email: 'evaluator@demo.agglomera.org', role: 'evaluator of the demo programme' },
      {
        email: 'partner@demo.agglomera.org',
        role: 'owner of a second demo cluster initiative (partner search)',
      },
    ];
  });
}

export function formatDemoLogins(logins: DemoLogin[]): string {
  const width = Math.max(...logins.map((l) => l.email.length));
  return [
    'Demo logins (password for all: demo-password):',
    ...logins.map((l) => `  ${l.email.padEnd(width)}  ${l.role}`),
  ].join('\n');
}
