import { Type } from 'typebox';
import { DateTime, Nullable, Row, Uuid } from '../http/schemas.js';

/**
 * What the membership routes of operations answer (response schemas): documentation of the API,
 * from which the web app's types are generated (npm run api-types), checked against every answer
 * in the tests (http/response-check.ts): the membership application links
 * (applicationlinks.routes.ts). The other operations routes are described in members.schemas.ts,
 * services.schemas.ts, events.schemas.ts and projects.schemas.ts.
 */
export const ApplicationLinks = Row({
  links: Type.Array(
    Row({
      id: Uuid,
      createdAt: DateTime,
      createdBy: Nullable(Type.String()),
      revokedAt: Nullable(DateTime),
      revokedBy: Nullable(Type.String()),
      /** The applications received through the link. */
      applications: Type.Integer(),
    }),
  ),
});
