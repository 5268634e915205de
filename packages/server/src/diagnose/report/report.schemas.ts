import { Type } from 'typebox';
import { DateTime, Day, Nullable, Row, Uuid } from '../../http/schemas.js';

/**
 * What the diagnostic report routes answer (response schemas; report/diagnostic.ts,
 * DiagnosticData): documentation of the API, from which the web app's types are generated (npm run
 * api-types), checked against every answer in the tests (http/response-check.ts). The HTML and PDF
 * renderings are files, without a schema.
 */

const Counts = Type.Record(Type.String(), Type.Integer());
export const Diagnostic = Row({
  initiative: Type.String(),
  date: Day,
  lifecycle: Nullable(
    Row({ stage: Type.String(), unidoPhase: Type.Integer(), blueprintStep: Nullable(Type.Integer()) }),
  ),
  actors: Row({ total: Type.Integer(), byType: Counts, byStatus: Counts }),
  network: Row({
    ties: Type.Integer(),
    density: Type.Number(),
    components: Type.Integer(),
    brokers: Type.Array(Type.String()),
  }),
  stakeholders: Type.Array(
    Row({
      name: Type.String(),
      assessment: Type.String(),
      influence: Type.String(),
      measure: Type.String(),
      status: Type.String(),
    }),
  ),
  valueChains: Type.Array(
    Row({ name: Type.String(), coverage: Nullable(Type.Number()), whiteSpots: Type.Array(Type.String()) }),
  ),
  analyses: Type.Array(
    Row({
      framework: Type.String(),
      category: Type.String(),
      sign: Type.String(),
      text: Type.String(),
      tags: Type.Array(Type.String()),
    }),
  ),
  needs: Nullable(
    Row({
      survey: Type.String(),
      voters: Type.Integer(),
      top: Type.Array(
        Row({ title: Type.String(), score: Nullable(Type.Number()), rank: Nullable(Type.Integer()) }),
      ),
    }),
  ),
  memberCards: Type.Integer(),
  /** The first recorded baseline, to compare with; null before one is recorded. */
  baseline: Nullable(
    Row({
      recordedAt: Day,
      actors: Type.Integer(),
      members: Type.Integer(),
      ties: Type.Integer(),
      density: Type.Number(),
    }),
  ),
});
export const BaselineRecorded = Row({ id: Uuid, recorded_at: DateTime });
