import type { Database } from '../db/database.js';

export interface DemoConnectIds {
  /** The demo cluster initiative (Lakeside) and its manager. */
  initiative: string;
  manager: string;
  /** The password hash of the demo logins. */
  passwordHash: string;
}

/**
 * Partner search in the demo (docs/connect.md): a second, small cluster initiative with its own
 * owner (partner@demo.agglomera.org; not verified, so that it stays out of benchmarking peers), a
 * few postings of each initiative (one of Lakeside's closed), one interest Lakeside received and
 * one it sent, and a published profile of each. All names are invented and marked "(demo)".
 */
export async function loadDemoConnect(
  db: Database,
  ids: DemoConnectIds,
): Promise<{ partnerInitiative: string }> {
  const { initiative, manager } = ids;
  const partner = (
    await db
      .insertInto('users')
      .values({
        email: 'partner@demo.agglomera.org',
        name: 'Pablo Partner (demo)',
        password_hash: ids.passwordHash,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const org = (
    await db
      .insertInto('organisations')
      .values({ name: 'Coastal Blue Economy Cluster Association (demo)' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const coastal = (
    await db
      .insertInto('workspaces')
      .values({
        organisation_id: org,
        kind: 'cluster_initiative',
        name: 'Coastal Blue Economy Cluster (demo)',
        is_demo: true,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await db
    .insertInto('memberships')
    .values({ workspace_id: coastal, user_id: partner, role: 'owner' })
    .execute();
  // Where a new initiative starts (as workspaces/service.ts insertWorkspace sets it).
  await db
    .insertInto('lifecycle_states')
    .values({ workspace_id: coastal, stage: 'initiation', unido_phase: 1, blueprint_step: null })
    .execute();

  const post = async (
    workspaceId: string,
    by: string,
    p: {
      kind: 'problem' | 'offer' | 'partner';
      title: string;
      description: string;
      themes: string[];
      sector: string;
    },
    closed = false,
  ) =>
    (
      await db
        .insertInto('partner_postings')
        .values({
          workspace_id: workspaceId,
          created_by: by,
          kind: p.kind,
          title: p.title,
          description: p.description,
          themes: JSON.stringify(p.themes),
          sector: p.sector,
          status: closed ? 'closed' : 'open',
          closed_at: closed ? new Date() : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  const coldChain = await post(initiative, manager, {
    kind: 'problem',
    title: 'Cold chain losses of fresh fruit on the way to the port (demo)',
    description:
      'Our processors lose up to a fifth of fresh fruit between the farms and the port. We look for a cluster whose members know temperature monitoring and cold logistics to solve this with us.',
    themes: ['green', 'resilience'],
    sector: 'Agro-food processing',
  });
  await post(initiative, manager, {
    kind: 'partner',
    title: 'Training partner for digital traceability in food safety (demo)',
    description:
      'A training provider or cluster to co-design a short course on digital traceability for 12 member firms.',
    themes: ['digital', 'skills'],
    sector: 'Agro-food processing',
  });
  await post(
    initiative,
    manager,
    {
      kind: 'offer',
      title: 'Shared stand at the regional food fair (demo)',
      description: 'Room for two firms of another cluster on our joint stand. The fair has passed.',
      themes: ['internationalisation'],
      sector: 'Agro-food processing',
    },
    true,
  );
  await post(coastal, partner, {
    kind: 'offer',
    title: 'Cold chain sensors and monitoring from marine logistics (demo)',
    description:
      'Our members monitor the temperature of fish catches from boat to market. We offer this competence to clusters with cold-chain problems.',
    themes: ['digital', 'resilience'],
    sector: 'Blue economy',
  });
  const seaweed = await post(coastal, partner, {
    kind: 'partner',
    title: 'Partner for a green transition project on seaweed packaging (demo)',
    description:
      'We prepare an application for a call on bio-based packaging and look for a food cluster whose processors would test seaweed packaging.',
    themes: ['green', 'innovation'],
    sector: 'Blue economy',
  });

  await db
    .insertInto('partner_interests')
    .values([
      {
        posting_id: coldChain,
        posting_workspace_id: initiative,
        workspace_id: coastal,
        user_id: partner,
        message:
          'Our members solved the same problem for fish catches. Could we show you our sensors at a short online meeting? (demo)',
      },
      {
        posting_id: seaweed,
        posting_workspace_id: coastal,
        workspace_id: initiative,
        user_id: manager,
        message: 'Three of our fruit processors would test seaweed packaging in the project. (demo)',
      },
    ])
    .execute();

  // Both initiatives publish a profile whose offers answer the other's needs (the directory and
  // "possible partners" of docs/connect.md).
  await db
    .insertInto('initiative_profiles')
    .values([
      {
        workspace_id: initiative,
        published: true,
        published_at: new Date(),
        updated_by: manager,
        summary:
          'Fruit and vegetable processors, farmers’ groups and a food technology institute around the lake, working together on quality, exports and less waste. (demo)',
        sector: 'Agro-food processing',
        region: 'Lakeside region',
        competences: JSON.stringify(['Fruit processing and quality control', 'Food safety audits']),
        offers: JSON.stringify([
          'Solar drying of fruit and vegetables',
          'Shared stand at the regional food fair',
        ]),
        needs: JSON.stringify([
          'Cold chain monitoring from farm to port',
          'Training in digital traceability',
          'Bio-based packaging for fresh fruit',
        ]),
        themes: JSON.stringify(['green', 'digital', 'skills']),
        contact_email: 'manager@demo.agglomera.org',
        website: 'https://lakeside.demo.agglomera.org',
      },
      {
        workspace_id: coastal,
        published: true,
        published_at: new Date(),
        updated_by: partner,
        summary:
          'Fishing cooperatives, marine logistics firms and a seaweed start-up of the coast, growing the blue economy together. (demo)',
        sector: 'Blue economy',
        region: 'Coastal region',
        competences: JSON.stringify(['Cold chain sensors and temperature monitoring', 'Marine logistics']),
        offers: JSON.stringify(['Seaweed packaging prototypes']),
        needs: JSON.stringify([
          'Food processors to test seaweed packaging',
          'Quality control of processed fish',
        ]),
        themes: JSON.stringify(['green', 'digital', 'resilience']),
        contact_email: 'partner@demo.agglomera.org',
        website: null,
      },
    ])
    .execute();
  return { partnerInitiative: coastal };
}
