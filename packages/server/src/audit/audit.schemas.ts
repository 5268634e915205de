import { Type } from 'typebox';
import { DateTime, Nullable, Row, Uuid } from '../http/schemas.js';

/**
 * What the audit route answers (response schema): documentation of the API, from which the web
 * app's types are generated (npm run api-types), checked against every answer in the tests
 * (http/response-check.ts).
 */
export const AuditPage = Row({
  entries: Type.Array(
    Row({
      id: Type.String(),
      at: DateTime,
      action: Type.String(),
      entity: Type.String(),
      entityId: Nullable(Type.String()),
      user: Nullable(Row({ id: Uuid, name: Type.String(), email: Type.String() })),
      // The values before and after a change are whatever each action records (free-form JSON).
      oldValue: Type.Unknown(),
      newValue: Type.Unknown(),
    }),
  ),
  /** The id to pass as ?before= for the next page, or null on the last page. */
  nextBefore: Nullable(Type.String()),
});
