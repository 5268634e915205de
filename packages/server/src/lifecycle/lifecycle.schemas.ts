import { STAGES } from '@agglomera/methods';
import { Type } from 'typebox';
import { DateTime, Nullable, OneOf, Row } from '../http/schemas.js';

/**
 * What the lifecycle routes answer (response schemas): documentation of the API, from which the
 * web app's types are generated (npm run api-types), checked against every answer in the tests
 * (http/response-check.ts).
 */

const MODULES = [
  'lifecycle',
  'map',
  'diagnose',
  'strategy',
  'organisation',
  'operations',
  'monitoring',
  'connect',
  'programme',
] as const;
const FIELDS = ['stage', 'unido_phase', 'blueprint_step'] as const;

const phaseFields = {
  number: Type.Integer(),
  name: Type.String(),
  source: Type.String(),
  note: Type.Optional(Type.String()),
  /** The screens that serve it, as paths under the workspace (may be empty). */
  screens: Type.Array(Type.String()),
};

export const Lifecycle = Row({
  stage: OneOf(STAGES),
  unidoPhase: Type.Integer(),
  blueprintStep: Nullable(Type.Integer()),
  updatedAt: DateTime,
  /** The UNIDO phases and blueprint steps each GIZ stage corresponds to. */
  alignment: Row(
    Object.fromEntries(
      STAGES.map((s) => [
        s,
        Row({ unidoPhases: Type.Array(Type.Integer()), blueprintSteps: Type.Array(Type.Integer()) }),
      ]),
    ),
  ),
  stages: Type.Array(
    Row({
      id: OneOf(STAGES),
      name: Type.String(),
      source: Type.String(),
      keyQuestions: Type.Array(
        Row({
          id: Type.String(),
          number: Type.Integer(),
          text: Type.String(),
          source: Type.String(),
          checked: Type.Boolean(),
          answer: Type.String(),
          evidence: Type.String(),
          updatedAt: Nullable(DateTime),
          updatedBy: Nullable(Type.String()),
        }),
      ),
      steps: Type.Array(
        Row({
          id: Type.String(),
          number: Type.Integer(),
          question: Type.String(),
          source: Type.String(),
          tools: Type.Array(
            Row({
              id: Type.String(),
              name: Type.String(),
              module: OneOf(MODULES),
              available: Type.Boolean(),
              /** The tool's screen under the workspace, when it has one. */
              screen: Nullable(Type.String()),
            }),
          ),
        }),
      ),
    }),
  ),
  unidoPhases: Type.Array(Row(phaseFields)),
  blueprintSteps: Type.Array(Row(phaseFields)),
  changes: Type.Array(
    Row({
      id: Type.String(),
      field: OneOf(FIELDS),
      from_value: Nullable(Type.String()),
      to_value: Nullable(Type.String()),
      reason: Type.String(),
      changed_at: DateTime,
      changed_by_name: Nullable(Type.String()),
    }),
  ),
});
export const LifecycleChange = Row({ id: Type.String(), changedAt: DateTime });
