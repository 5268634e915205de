import { ECEI_LABELS } from '@agglomera/methods';
import { Type } from 'typebox';
import { DateTime, Day, Nullable, OneOf, Row, Uuid } from '../../http/schemas.js';

/**
 * What the benchmarking routes answer (response schemas; routes.ts): documentation of the API, from
 * which the web app's types are generated (npm run api-types), checked against every answer in the
 * tests (http/response-check.ts). The shapes of routes.ts and listAssessments (service.ts), as JSON
 * sends them.
 */

const RECOMMENDATION_STATUSES = ['open', 'in_progress', 'done'] as const;

/** An assessment as listed (listAssessments). */
export const Assessment = Row({
  id: Uuid,
  assessedOn: Day,
  assessor: Type.String(),
  assessorOrganisation: Type.String(),
  /** 'team' (the initiative's own) or 'external' (an assessor from a programme). */
  conductedBy: OneOf(['team', 'external']),
  assessorUserId: Nullable(Uuid),
  programmeId: Nullable(Uuid),
  programme: Nullable(Type.String()),
  /** A score of the scale per ECEI criterion key. */
  scores: Type.Record(Type.String(), Type.Number()),
  /** A note per ECEI criterion key. */
  notes: Type.Record(Type.String(), Type.String()),
  shareWithPeers: Type.Boolean(),
  signedAt: Nullable(DateTime),
  signedBy: Nullable(Type.String()),
  createdAt: DateTime,
});

const Quartiles = Row({ n: Type.Integer(), q1: Type.Number(), median: Type.Number(), q3: Type.Number() });
const StrengthWeakness = Row({
  key: Type.String(),
  score: Type.Number(),
  basis: OneOf(['peers', 'own_scores']),
});

export const Benchmarking = Row({
  /** The ECEI criteria by group. */
  groups: Type.Array(
    Row({
      key: Type.String(),
      label: Type.String(),
      source: Type.String(),
      criteria: Type.Array(Row({ key: Type.String(), label: Type.String() })),
    }),
  ),
  sector: Type.String(),
  field: Nullable(Type.String()),
  /** The fields of activity the peer group can be narrowed to. */
  fields: Type.Array(Type.String()),
  scale: Row({ min: Type.Integer(), max: Type.Integer() }),
  labels: Type.Array(OneOf(ECEI_LABELS)),
  labelBody: Type.String(),
  minPeers: Type.Integer(),
  /** Latest first. */
  assessments: Type.Array(Assessment),
  /** The latest assessment against the anonymised peer group; null without an assessment. */
  comparison: Nullable(
    Row({
      assessmentId: Uuid,
      sharing: Type.Boolean(),
      peerCount: Type.Integer(),
      groups: Type.Array(
        Row({
          key: Type.String(),
          own: Nullable(Type.Number()),
          peers: Nullable(Quartiles),
          position: OneOf(['top_quartile', 'middle', 'bottom_quartile', 'no_peers', 'not_scored']),
        }),
      ),
      strengths: Type.Array(StrengthWeakness),
      weaknesses: Type.Array(StrengthWeakness),
    }),
  ),
  recommendations: Type.Array(
    Row({
      author: Nullable(Type.String()),
      /** Recommended by the external assessor who conducted the assessment. */
      byAssessor: Type.Boolean(),
      id: Uuid,
      assessmentId: Uuid,
      groupKey: Nullable(Type.String()),
      text: Type.String(),
      responsibleUserId: Nullable(Uuid),
      responsible: Nullable(Type.String()),
      dueOn: Nullable(Day),
      status: OneOf(RECOMMENDATION_STATUSES),
      createdAt: DateTime,
    }),
  ),
  people: Type.Array(Row({ id: Uuid, name: Type.String() })),
  canEdit: Type.Boolean(),
  canSign: Type.Boolean(),
});

export const AssessmentCreated = Row({ id: Uuid });
export const AssessmentSigned = Row({ id: Uuid, signedAt: DateTime });
export const AssessmentSharing = Row({ id: Uuid, shareWithPeers: Type.Boolean() });
export const BenchmarkRecommendationState = Row({ id: Uuid, status: OneOf(RECOMMENDATION_STATUSES) });
