import {
  CLUSTER_CHARACTERISTICS,
  DRIVER_STEP_ADVICE,
  LEGAL_FORM_QUESTIONS,
  type DriverType,
  type ImplementationShape,
  type LegalForm,
  type LegalFormQuestion,
} from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { badRequest } from '../http/errors.js';

/**
 * The initiative profile and the legal form decisions (issue 14, items 1–2), read and checked
 * beside profile.routes.ts; and what the business plan reads of the organisation.
 */
export interface OrganisationSummary {
  profile: {
    driverType: string | null;
    implementationShape: string | null;
    formality: 'formal' | 'informal' | null;
    characteristics: { key: string; met: boolean | null; evidence: string }[];
  } | null;
  legalForm: { form: string; reasons: string; decidedOn: string } | null;
  bodies: {
    id: string;
    kind: string;
    name: string;
    seats: number;
    maxSize: number | null;
    decidesApplications: boolean;
  }[];
}

export interface Characteristic {
  met: boolean | null;
  evidence: string;
}

/** The four characteristics of a stored profile (001:257–262), each present, in the guide's order. */
export const characteristicsOf = (stored: unknown) => {
  const o = (stored && typeof stored === 'object' ? stored : {}) as Record<string, Partial<Characteristic>>;
  return CLUSTER_CHARACTERISTICS.map((key) => ({
    key,
    met: typeof o[key]?.met === 'boolean' ? o[key]!.met! : null,
    evidence: o[key]?.evidence ?? '',
  }));
};

/** The three answers of a stored decision (001:2299–2301), each present. */
export const answersOf = (stored: unknown): Record<LegalFormQuestion, string> => {
  const o = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  return Object.fromEntries(
    LEGAL_FORM_QUESTIONS.map((k) => [k, typeof o[k] === 'string' ? (o[k] as string) : '']),
  ) as Record<LegalFormQuestion, string>;
};

/** The workspace's profile (null until written), with the driver's advice on steps (001:1228–1230). */
export async function getProfile(db: Database, workspaceId: string) {
  const p = await db
    .selectFrom('organisation_profiles')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!p) return { profile: null };
  return {
    profile: {
      // The columns hold what the routes take (profile.routes.ts).
      driverType: p.driver_type as DriverType | null,
      implementationShape: p.implementation_shape as ImplementationShape | null,
      formality: p.formality as 'formal' | 'informal' | null,
      characteristics: characteristicsOf(p.characteristics),
      notes: p.notes,
      maySkip: p.driver_type ? [...DRIVER_STEP_ADVICE[p.driver_type as DriverType].maySkip] : [],
      updatedAt: new Date(p.updated_at).toISOString(),
    },
  };
}

/** The legal form decisions, newest first: the first is the current choice. */
export async function getLegalForm(db: Database, workspaceId: string) {
  const rows = await db
    .selectFrom('legal_form_decisions as d')
    .leftJoin('users as u', 'u.id', 'd.decided_by')
    .select([
      'd.id',
      'd.form',
      'd.answers',
      'd.reasons',
      'd.decided_on',
      'd.created_at',
      'u.name as decidedBy',
    ])
    .where('d.workspace_id', '=', workspaceId)
    .orderBy('d.decided_on', 'desc')
    .orderBy('d.created_at', 'desc')
    .execute();
  const decisions = rows.map((r) => ({
    id: r.id,
    form: r.form as LegalForm,
    answers: answersOf(r.answers),
    reasons: r.reasons,
    decidedOn: r.decided_on,
    decidedBy: r.decidedBy ?? null,
  }));
  return { current: decisions[0] ?? null, decisions };
}

/** A reason is required: the choice is recorded "with answers, reasons and date". */
export function checkReasons(reasons: string): string {
  const r = reasons.trim();
  if (!r)
    throw badRequest('validation_failed', 'Say why this legal form was chosen', [
      { field: 'body.reasons', message: 'is empty' },
    ]);
  return r;
}

export async function getOrganisationSummary(
  db: Database,
  workspaceId: string,
): Promise<OrganisationSummary> {
  const { profile } = await getProfile(db, workspaceId);
  const { current } = await getLegalForm(db, workspaceId);
  const bodies = await db
    .selectFrom('governance_bodies as b')
    .select((eb) => [
      'b.id',
      'b.kind',
      'b.name',
      'b.max_size',
      'b.decides_applications',
      eb
        .selectFrom('governance_seats as s')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('s.body_id', '=', 'b.id')
        .as('seats'),
    ])
    .where('b.workspace_id', '=', workspaceId)
    .orderBy('b.created_at')
    .execute();
  return {
    profile: profile
      ? {
          driverType: profile.driverType,
          implementationShape: profile.implementationShape,
          formality: profile.formality,
          characteristics: profile.characteristics,
        }
      : null,
    legalForm: current
      ? { form: current.form, reasons: current.reasons, decidedOn: current.decidedOn }
      : null,
    bodies: bodies.map((b) => ({
      id: b.id,
      kind: b.kind,
      name: b.name,
      seats: Number(b.seats ?? 0),
      maxSize: b.max_size,
      decidesApplications: b.decides_applications,
    })),
  };
}
