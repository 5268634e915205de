import { addDays } from '@agglomera/methods';
import type { Database } from '../db/database.js';
import type { DemoOrganisationIds } from './organisation-ids.js';

/**
 * The demo organisation (issue 14, items 1–3): a profile (intermediary-driven, a business
 * association, formal), the legal form chosen with reasons (an association, with the three answers
 * of GIZ 001:2299–2301), a general assembly, an executive board of seven after the WICA case
 * (001:2384–2386, terms of up to four years) that decides on membership applications (001:2382)
 * and holds the demo logins `member` and `member2`, one seat expiring soon (counted from the day
 * the demo is loaded), a managing office (the manager and staff logins), and two meetings with
 * minutes and decisions.
 */
export async function loadDemoGovernance(db: Database, ids: DemoOrganisationIds): Promise<void> {
  const { initiative: ws, manager, staff, member, member2 } = ids;
  const today = new Date().toISOString().slice(0, 10);
  const day = (n: number) => addDays(today, n);

  await db
    .insertInto('organisation_profiles')
    .values({
      workspace_id: ws,
      driver_type: 'intermediary',
      implementation_shape: 'business_association',
      formality: 'formal',
      characteristics: JSON.stringify({
        spatial_focus: {
          met: true,
          evidence: 'Members within 80 km of the lake; mapped in the actor register',
        },
        sectoral_focus: { met: true, evidence: 'Agro-food processing and its suppliers' },
        critical_mass: { met: true, evidence: 'Over 70 firms in the register, about 40 of them members' },
        management_unit: {
          met: true,
          evidence: 'A managing office with a cluster manager and an export adviser',
        },
      }),
      notes: 'The Lakeside Chamber of Commerce (demo) brought the first firms together in its rooms.',
      updated_by: manager,
    })
    .execute();

  await db
    .insertInto('legal_form_decisions')
    .values([
      {
        workspace_id: ws,
        form: 'cooperation_agreement',
        answers: JSON.stringify({
          cooperation: 'Loosely at first: shared training and a first trade fair',
          commercial: 'None yet',
          integration: 'Open to every agro-food firm of the region',
        }),
        reasons: 'Begin informal, as the MarketMakers experience advises when in doubt; see who takes part.',
        decided_on: day(-760),
        decided_by: manager,
      },
      {
        workspace_id: ws,
        form: 'association',
        answers: JSON.stringify({
          cooperation: 'Closely on training, quality labels and export; firms stay independent',
          commercial: 'Secondary: paid training places and pooled purchasing, no joint trading',
          integration: 'Inclusive: new members are welcome, the executive board decides on each application',
        }),
        reasons:
          'Low formation efforts, no minimum capital, a large number of members can take part; public co-funding asks for a legal entity. Commercial activity stays secondary, which an association allows.',
        decided_on: day(-400),
        decided_by: manager,
      },
    ])
    .execute();

  const body = async (values: {
    kind: string;
    name: string;
    parent_id?: string | null;
    min_size?: number | null;
    max_size?: number | null;
    term_years?: number | null;
    election_rule?: string;
    tasks?: string;
    decides_applications?: boolean;
  }) =>
    (
      await db
        .insertInto('governance_bodies')
        .values({ workspace_id: ws, ...values })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  const assembly = await body({
    kind: 'general_assembly',
    name: 'General assembly',
    election_rule: 'All members; one vote per member; meets at least once a year',
    tasks: 'Highest decision-making body: elects the executive board, approves the budget and the strategy',
  });
  const board = await body({
    kind: 'executive_board',
    name: 'Executive board',
    parent_id: assembly,
    min_size: 7,
    max_size: 7,
    term_years: 4,
    election_rule:
      'Elected by the general assembly for up to four years, renewable, from the members or persons they propose; elects its chair by simple majority',
    tasks: 'Decides on membership applications; guides and monitors the managing office',
    decides_applications: true,
  });
  const office = await body({
    kind: 'managing_office',
    name: 'Managing office',
    parent_id: board,
    tasks: 'Carries out the action plan and the services; reports to the executive board every two months',
  });

  const firms = await db
    .selectFrom('actors')
    .select(['id', 'name'])
    .where('workspace_id', '=', ws)
    .where('actor_type', 'in', ['firm', 'anchor_firm', 'research'])
    .orderBy('name')
    .limit(5)
    .execute();
  const started = day(-400);
  const seats = [
    { user_id: member, holder_name: '', role_in_body: 'Chair', term_start: started, term_end: day(1060) },
    {
      user_id: member2,
      holder_name: '',
      role_in_body: 'Treasurer',
      term_start: started,
      term_end: day(1060),
    },
    ...firms.map((f, i) => ({
      user_id: null,
      actor_id: f.id,
      holder_name: ['Ana Petrova', 'Brian Okafor', 'Chen Wei', 'Dina Haddad', 'Emil Novak'][i]!,
      role_in_body: i === 0 ? 'Vice-chair' : 'Board member',
      term_start: i === 1 ? day(-1430) : started,
      // One seat's term ends within the platform's reminder window (90 days by default).
      term_end: i === 1 ? day(30) : day(1060),
    })),
  ];
  await db
    .insertInto('governance_seats')
    .values(seats.map((s) => ({ body_id: board, workspace_id: ws, ...s })))
    .execute();
  await db
    .insertInto('governance_seats')
    .values([
      {
        body_id: office,
        workspace_id: ws,
        user_id: manager,
        role_in_body: 'Cluster manager',
        term_start: day(-700),
        term_end: null,
      },
      {
        body_id: office,
        workspace_id: ws,
        user_id: staff,
        role_in_body: 'Export adviser',
        term_start: day(-500),
        term_end: null,
      },
    ])
    .execute();

  await db
    .insertInto('governance_meetings')
    .values([
      {
        workspace_id: ws,
        body_id: assembly,
        held_on: day(-120),
        title: 'Yearly general assembly',
        agenda:
          '1. Report of the executive board\n2. Accounts and budget\n3. Strategy review\n4. Any other business',
        minutes:
          '34 of 41 members present. The board reported on the training cycle and the trade fair; the accounts were approved; the strategy review was presented by the manager.',
        decisions: JSON.stringify([
          'Accounts of last year approved',
          'Budget approved',
          'Membership fees unchanged',
        ]),
        created_by: manager,
      },
      {
        workspace_id: ws,
        body_id: board,
        held_on: day(-30),
        title: 'Executive board meeting',
        agenda: '1. Membership applications\n2. Progress of the action plan\n3. Renewal of a board seat',
        minutes:
          'Seven of seven present. Two applications approved; the manager reported on the action plan; one seat ends soon and the general assembly will be asked to elect its holder.',
        decisions: JSON.stringify([
          'Two applications approved',
          'Election of a board member put on the agenda of the next general assembly',
        ]),
        created_by: manager,
      },
    ])
    .execute();
}
