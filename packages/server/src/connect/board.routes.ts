import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth } from '../http/policy.js';
import { Kind, Text, Theme, Uuid, boardPolicy, tags } from './shared.js';
import { board, boardPosting, type BoardQuery as BoardQueryInput } from './board.service.js';
import { Board, BoardPosting } from './connect.schemas.js';

/**
 * The board: open postings of all cluster initiatives, read across workspaces on purpose. Its
 * routes are outside /workspaces/:workspaceId and their policy is `authenticated`; the service
 * refuses (403) whoever is not in the team of a cluster initiative (board.service.ts).
 */
const BoardQuery = Type.Object(
  {
    q: Type.Optional(Text(200)),
    kind: Type.Optional(Kind),
    theme: Type.Optional(Theme),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000, default: 0 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);

export function boardRoutes(app: App): void {
  app.get(
    '/connect/board',
    {
      config: { policy: boardPolicy },
      schema: {
        tags,
        summary:
          'The partner-search board: open postings of every cluster initiative (team members of an initiative only), searchable, paged',
        querystring: BoardQuery,
        response: { 200: Board },
      },
    },
    async (request) => board(app.db, requireAuth(request).user.id, request.query as BoardQueryInput),
  );

  app.get(
    '/connect/board/:postingId',
    {
      config: { policy: boardPolicy },
      schema: {
        tags,
        summary: 'One open posting of the board, as it is published',
        params: Type.Object({ postingId: Uuid }),
        response: { 200: BoardPosting },
      },
    },
    async (request) => boardPosting(app.db, requireAuth(request).user.id, request.params.postingId),
  );
}
