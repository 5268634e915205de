import type { Database } from '../db/database.js';
import { recordAudit } from '../audit/service.js';

/**
 * The agency's diagnosis in a programme workspace (MarketMakers 000:48–115): the constraint
 * diagnosis and the rapid assessment of existing associations run before any association exists
 * (diagnose/constraints.routes.ts, diagnose/assessments.routes.ts serve programmes too). The
 * assessment's recommendation is charted against the blueprint (Appendix 2, 000:251–262): "create
 * new" adds the association to be with step 1 ongoing; "partner" records the partnership with the
 * existing association. Inside the recommendation's transaction.
 */
export async function chartRecommendation(
  trx: Database,
  programmeId: string,
  userId: string,
  r: {
    recommendation: 'partner_existing' | 'create_new';
    association?: string;
    reasons: string;
    title: string;
  },
) {
  const name = (r.association?.trim() || r.title).slice(0, 300);
  const origin = r.recommendation === 'create_new' ? 'assessment_create_new' : 'assessment_partner';
  const note = r.recommendation === 'partner_existing' ? r.reasons.trim() : '';
  const existing = await trx
    .selectFrom('programme_associations')
    .select(['id'])
    .where('programme_id', '=', programmeId)
    .where('name', '=', name)
    .forUpdate()
    .executeTakeFirst();
  const id = existing
    ? existing.id
    : (
        await trx
          .insertInto('programme_associations')
          .values({
            programme_id: programmeId,
            name,
            origin,
            partnership_note: note,
            created_by: userId,
            initiative_id: null,
            applicant_id: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
  if (existing && note)
    await trx
      .updateTable('programme_associations')
      .set({ partnership_note: note })
      .where('id', '=', id)
      .execute();
  if (r.recommendation === 'create_new')
    await trx
      .insertInto('blueprint_cells')
      .values({ association_id: id, step: 1, state: 'ongoing', note: '', updated_by: userId })
      .onConflict((oc) => oc.columns(['association_id', 'step']).doNothing())
      .execute();
  await recordAudit(trx, {
    workspaceId: programmeId,
    userId,
    action: 'programme.association.from_assessment',
    entity: 'programme_association',
    entityId: id,
    newValue: { name, origin, partnershipNote: note },
  });
}
