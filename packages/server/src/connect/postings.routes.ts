import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { DateString, Kind, Params, PostingParams, Text, Themes, tags, team } from './shared.js';
import {
  createPosting,
  deletePosting,
  getPosting,
  listPostings,
  postingMatches,
  updatePosting,
  type PostingInput,
} from './postings.service.js';
import { Posting, PostingList, PostingMatches } from './connect.schemas.js';

type CreateInput = Parameters<typeof createPosting>[2];

/**
 * An initiative's own partner-search postings (docs/connect.md): problem (cross-clustering's problem
 * owner, GIZ 001:4401), offer, or partner sought (ECCP 004:468–485, 659–677).
 */
const Fields = {
  kind: Kind,
  title: Text(200),
  description: Type.Optional(Text(5000)),
  themes: Themes,
  sector: Type.Optional(Text(200)),
  closesOn: Type.Optional(Type.Union([DateString, Type.Null()])),
};
const CreateBody = Type.Object(Fields, { additionalProperties: false });
const UpdateBody = Type.Object(
  {
    kind: Type.Optional(Fields.kind),
    title: Type.Optional(Fields.title),
    description: Fields.description,
    themes: Type.Optional(Fields.themes),
    sector: Fields.sector,
    closesOn: Fields.closesOn,
    status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
  },
  { additionalProperties: false },
);

export function postingRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/connect/postings';
  const actor = (request: Parameters<typeof requireAuth>[0]) => ({
    workspaceId: requireWorkspace(request).id,
    userId: requireAuth(request).user.id,
  });

  app.get(
    base,
    {
      config: { policy: team },
      schema: {
        tags,
        summary: 'The initiative’s own postings, open and closed, with interest counts',
        params: Params,
        response: { 200: PostingList },
      },
    },
    async (request) => listPostings(app.db, requireWorkspace(request).id),
  );

  app.post(
    base,
    {
      config: { policy: team },
      schema: {
        tags,
        summary: 'Publish a partner-search posting on the board',
        params: Params,
        body: CreateBody,
        response: { 201: Posting },
      },
    },
    async (request, reply) => {
      const posting = await createPosting(app.db, actor(request), request.body as CreateInput);
      reply.status(201);
      return posting;
    },
  );

  app.get(
    `${base}/:postingId`,
    {
      config: { policy: team },
      schema: {
        tags,
        summary: 'One of the initiative’s own postings',
        params: PostingParams,
        response: { 200: Posting },
      },
    },
    async (request) => getPosting(app.db, requireWorkspace(request).id, request.params.postingId),
  );

  app.patch(
    `${base}/:postingId`,
    {
      config: { policy: team },
      schema: {
        tags,
        summary: 'Edit a posting; status "closed" closes it (it leaves the board)',
        params: PostingParams,
        body: UpdateBody,
        response: { 200: Posting },
      },
    },
    async (request) =>
      updatePosting(app.db, actor(request), request.params.postingId, request.body as PostingInput),
  );

  app.delete(
    `${base}/:postingId`,
    {
      config: { policy: team },
      schema: { tags, summary: 'Delete a posting with the interests expressed in it', params: PostingParams },
    },
    async (request, reply) => {
      await deletePosting(app.db, actor(request), request.params.postingId);
      reply.status(204);
    },
  );

  app.get(
    `${base}/:postingId/matches`,
    {
      config: { policy: team },
      schema: {
        tags,
        summary:
          'Suggested matches (the platform’s rule): other initiatives’ open postings of the complementary kind sharing a theme or a title word',
        params: PostingParams,
        response: { 200: PostingMatches },
      },
    },
    async (request) => postingMatches(app.db, requireWorkspace(request).id, request.params.postingId),
  );
}
