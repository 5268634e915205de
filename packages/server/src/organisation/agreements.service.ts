import {
  agreementProblems,
  type AgreementKind,
  type AgreementStatus,
  type MembershipStage,
} from '@agglomera/methods';
import type { Database } from '../db/database.js';
import type { AgreementSettingsTable } from '../db/schema-agreements.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { msg } from '../i18n/index.js';

/**
 * The queries of the agreements (issue 14; GIZ 001:2497–2516; MarketMakers 000:137): the
 * organisation's choices that fill the membership / cooperation agreement, and each member's
 * agreement with its status and dates. The checks refuse bad input before anything is stored.
 */

export interface AgreementSettings {
  feeCategoryId: string | null;
  paymentDays: number;
  /** null: the contract runs for an indefinite term (001:2516 "V. A. Indefinite"). */
  termMonths: number | null;
  noticeMonths: number;
  trademarkUse: AgreementSettingsTable['trademark_use'];
  services: string;
  disclosedInformation: string;
  dataProtection: string;
  applicableLaw: string;
  contractLanguage: string;
  mediation: boolean;
  mediator: string;
  arbitration: boolean;
  arbitrationVenue: string;
  court: string;
}

/** The platform's defaults before the team records its choices (the guide gives no figures). */
export const DEFAULT_SETTINGS: AgreementSettings = {
  feeCategoryId: null,
  paymentDays: 30,
  termMonths: null,
  noticeMonths: 3,
  trademarkUse: 'with_approval',
  services: '',
  disclosedInformation: '',
  dataProtection: '',
  applicableLaw: '',
  contractLanguage: '',
  mediation: true,
  mediator: '',
  arbitration: false,
  arbitrationVenue: '',
  court: '',
};

export interface FeeChoice {
  id: string;
  name: string;
  amount: number;
  currency: string;
  period: 'year' | 'quarter' | 'month';
}

export async function getSettings(
  db: Database,
  workspaceId: string,
): Promise<{
  settings: AgreementSettings;
  saved: boolean;
  fee: FeeChoice | null;
  feeCategories: FeeChoice[];
}> {
  const row = await db
    .selectFrom('agreement_settings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  const feeCategories = (
    await db
      .selectFrom('fee_categories')
      .select(['id', 'name', 'amount', 'currency', 'period'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .execute()
  ).map((c) => ({ ...c, amount: Number(c.amount) }));
  const settings: AgreementSettings = row
    ? {
        feeCategoryId: row.fee_category_id,
        paymentDays: row.payment_days,
        termMonths: row.term_months,
        noticeMonths: row.notice_months,
        trademarkUse: row.trademark_use,
        services: row.services,
        disclosedInformation: row.disclosed_information,
        dataProtection: row.data_protection,
        applicableLaw: row.applicable_law,
        contractLanguage: row.contract_language,
        mediation: row.mediation,
        mediator: row.mediator,
        arbitration: row.arbitration,
        arbitrationVenue: row.arbitration_venue,
        court: row.court,
      }
    : DEFAULT_SETTINGS;
  const fee = feeCategories.find((c) => c.id === settings.feeCategoryId) ?? null;
  return { settings, saved: !!row, fee, feeCategories };
}

/** Checks the choices: the fee category is this workspace's, the notice fits in the term. */
export async function checkSettings(db: Database, workspaceId: string, s: AgreementSettings): Promise<void> {
  if (agreementProblems({ termMonths: s.termMonths, noticeMonths: s.noticeMonths }).length)
    throw badRequest('validation_failed', 'The notice period is longer than the term of the contract', [
      { field: 'body.noticeMonths', message: 'is longer than termMonths' },
    ]);
  if (s.feeCategoryId) {
    const cat = await db
      .selectFrom('fee_categories')
      .select('id')
      .where('id', '=', s.feeCategoryId)
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    if (!cat)
      throw badRequest('unknown_category', 'feeCategoryId is not a fee category of this cluster', [
        { field: 'body.feeCategoryId', message: 'is not a fee category' },
      ]);
  }
}

export const settingsRow = (s: AgreementSettings) => ({
  fee_category_id: s.feeCategoryId,
  payment_days: s.paymentDays,
  term_months: s.termMonths,
  notice_months: s.noticeMonths,
  trademark_use: s.trademarkUse,
  services: s.services.trim(),
  disclosed_information: s.disclosedInformation.trim(),
  data_protection: s.dataProtection.trim(),
  applicable_law: s.applicableLaw.trim(),
  contract_language: s.contractLanguage.trim(),
  mediation: s.mediation,
  mediator: s.mediator.trim(),
  arbitration: s.arbitration,
  arbitration_venue: s.arbitrationVenue.trim(),
  court: s.court.trim(),
});

// ─── Each member's agreement ────────────────────────────────────────────────────────────────────

export interface MemberAgreement {
  id: string;
  actorId: string;
  actorName: string;
  membershipStage: MembershipStage | null;
  kind: AgreementKind;
  status: AgreementStatus;
  sentOn: string | null;
  signedOn: string | null;
  endedOn: string | null;
  notes: string;
}

function agreementsQuery(db: Database, workspaceId: string) {
  return (
    db
      .selectFrom('member_agreements as m')
      .innerJoin('actors as a', 'a.id', 'm.actor_id')
      .select([
        'm.id',
        'm.actor_id as actorId',
        'a.name as actorName',
        'a.membership_stage as membershipStage',
        'm.kind',
        'm.status',
        'm.sent_on as sentOn',
        'm.signed_on as signedOn',
        'm.ended_on as endedOn',
        'm.notes',
      ])
      // actors.membership_stage holds one of the stages (the membership pipeline).
      .$narrowType<{ membershipStage: MembershipStage | null }>()
      .where('m.workspace_id', '=', workspaceId)
  );
}

export async function listAgreements(
  db: Database,
  workspaceId: string,
  status?: AgreementStatus,
): Promise<MemberAgreement[]> {
  let q = agreementsQuery(db, workspaceId).orderBy('a.name').orderBy('m.kind');
  if (status) q = q.where('m.status', '=', status);
  return q.execute();
}

export async function getAgreement(db: Database, workspaceId: string, id: string): Promise<MemberAgreement> {
  const row = await agreementsQuery(db, workspaceId).where('m.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Agreement');
  return row;
}

export interface AgreementInput {
  actorId: string;
  kind: AgreementKind;
  status: AgreementStatus;
  sentOn: string | null;
  signedOn: string | null;
  endedOn: string | null;
  notes: string;
}

/**
 * Checks a member's agreement before it is stored: the actor is this workspace's, a signature
 * comes on or after the day it was sent, a sent/signed/ended status has its date, and the actor
 * has no other open agreement of the same kind.
 */
export async function checkAgreement(
  db: Database,
  workspaceId: string,
  a: AgreementInput,
  selfId?: string,
): Promise<{ id: string; name: string }> {
  const actor = await db
    .selectFrom('actors')
    .select(['id', 'name'])
    .where('id', '=', a.actorId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!actor)
    throw badRequest('unknown_actor', 'actorId is not an actor of this cluster initiative', [
      { field: 'body.actorId', message: 'is not an actor of this cluster initiative' },
    ]);
  for (const p of agreementProblems(a))
    throw badRequest(
      'validation_failed',
      p.problem === 'signedBeforeSent'
        ? 'The agreement is signed before it was sent'
        : 'The agreement ends before it was signed',
      [
        {
          field: `body.${p.field}`,
          message: p.problem === 'signedBeforeSent' ? 'is before sentOn' : 'is before signedOn',
        },
      ],
    );
  const needs: Partial<Record<AgreementStatus, keyof AgreementInput>> = {
    sent: 'sentOn',
    signed: 'signedOn',
    ended: 'endedOn',
  };
  const dateField = needs[a.status];
  if (dateField && !a[dateField])
    throw badRequest('validation_failed', 'Give the date of the agreement’s status', [
      { field: `body.${dateField}`, message: 'is required' },
    ]);
  if (a.status !== 'ended') {
    let q = db
      .selectFrom('member_agreements')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('actor_id', '=', a.actorId)
      .where('kind', '=', a.kind)
      .where('status', '<>', 'ended');
    if (selfId) q = q.where('id', '<>', selfId);
    if (await q.executeTakeFirst())
      throw conflict(msg`${actor.name} has an open agreement of this kind already`, [
        { field: 'body.kind', message: 'is taken' },
      ]);
  }
  return actor;
}

export const agreementRow = (a: AgreementInput) => ({
  actor_id: a.actorId,
  kind: a.kind,
  status: a.status,
  sent_on: a.sentOn,
  signed_on: a.signedOn,
  ended_on: a.endedOn,
  notes: a.notes.trim(),
});

/**
 * The trial partner's invoice refusal (001:2501–2502): a partner in a trial partnership has only
 * declared its intent, "It’s only after a certain period that partners engage in obligations
 * specified in the agreement. These may include membership fees". An actor at the trial stage is not
 * invoiced before its membership agreement is signed; returns the actor's name when refused.
 */
export async function trialWithoutSignedMembership(
  db: Database,
  workspaceId: string,
  actorId: string,
): Promise<string | null> {
  const actor = await db
    .selectFrom('actors')
    .select(['name', 'membership_stage'])
    .where('id', '=', actorId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!actor || actor.membership_stage !== 'trial') return null;
  const signed = await db
    .selectFrom('member_agreements')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('actor_id', '=', actorId)
    .where('kind', '=', 'membership')
    .where('status', '=', 'signed')
    .executeTakeFirst();
  return signed ? null : actor.name;
}
