import type { Database } from '../db/database.js';
import type { DemoOrganisationIds } from './organisation-ids.js';

/**
 * The demo organisation's agreements (issue 14; GIZ 001:2497–2516): the choices that fill the
 * membership / cooperation agreement (with a fee category of its own: the demo records none
 * before), two members whose membership agreements are signed, and one trial partner whose
 * declaration of intent is signed while its membership agreement is still a draft — so it is not
 * invoiced yet.
 */
export async function loadDemoAgreements(db: Database, ids: DemoOrganisationIds): Promise<void> {
  const ws = ids.initiative;
  const fee = await db
    .insertInto('fee_categories')
    .values({ workspace_id: ws, name: 'Member firms', amount: 300, currency: 'EUR', period: 'year' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('agreement_settings')
    .values({
      workspace_id: ws,
      fee_category_id: fee.id,
      payment_days: 30,
      term_months: 24,
      notice_months: 3,
      trademark_use: 'with_approval',
      services:
        'joint purchasing of packaging, export fair stands, food-safety training, a quarterly market brief',
      disclosed_information: 'annual turnover band, number of employees, main products and export markets',
      data_protection: 'the national data protection law',
      applicable_law: 'the law of the country of the cluster organisation',
      contract_language: 'English',
      mediation: true,
      mediator: 'a mediator named by the chamber of commerce',
      arbitration: false,
      arbitration_venue: '',
      court: 'the commercial court of the cluster organisation’s seat',
      updated_by: ids.manager,
    })
    .execute();
  const stage = (s: string) =>
    db
      .selectFrom('actors')
      .select('id')
      .where('workspace_id', '=', ws)
      .where('membership_stage', '=', s)
      .orderBy('name')
      .execute();
  const members = (await stage('member')).slice(0, 2);
  const trial = (await stage('trial'))[0];
  const rows = [
    ...members.map((m, i) => ({
      actor_id: m.id,
      kind: 'membership' as const,
      status: 'signed' as const,
      sent_on: `2025-0${i + 2}-01`,
      signed_on: `2025-0${i + 2}-15`,
    })),
    ...(trial
      ? [
          {
            actor_id: trial.id,
            kind: 'trial' as const,
            status: 'signed' as const,
            sent_on: '2025-09-01',
            signed_on: '2025-09-10',
          },
          {
            actor_id: trial.id,
            kind: 'membership' as const,
            status: 'draft' as const,
            sent_on: null,
            signed_on: null,
          },
        ]
      : []),
  ];
  for (const r of rows)
    await db
      .insertInto('member_agreements')
      .values({ workspace_id: ws, ...r, ended_on: null, created_by: ids.manager })
      .execute();
}
