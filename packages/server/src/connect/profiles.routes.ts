import { Type } from 'typebox';
import { PROFILE_LINE_MAX, PROFILE_LIST_MAX } from '@agglomera/methods';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { Email } from '../http/schemas.js';
import { Params, Text, Theme, Themes, Uuid, boardPolicy, tags, team } from './shared.js';
import {
  directory,
  ownProfile,
  profileMatches,
  publishedProfile,
  saveProfile,
  type DirectoryQuery as DirectoryQueryInput,
} from './profiles.service.js';
import { OwnProfile, ProfileDetail, ProfileDirectory, ProfileMatches } from './connect.schemas.js';

/**
 * Public profiles of cluster initiatives (docs/connect.md): the team writes its own under its
 * workspace; the directory and a published profile are read across workspaces, like the board,
 * and their service refuses (403) whoever is not in the team of a cluster initiative.
 */
// Blank lines are dropped and a line written twice is refused by the service, naming it.
const Lines = Type.Array(Type.String({ maxLength: PROFILE_LINE_MAX }), { maxItems: PROFILE_LIST_MAX });
const ProfileBody = Type.Object(
  {
    published: Type.Boolean(),
    summary: Text(2000),
    sector: Text(200),
    region: Text(200),
    competences: Lines,
    offers: Lines,
    needs: Lines,
    themes: Themes,
    contactEmail: Type.Union([Email, Type.Null()]),
    website: Type.Union([Text(300), Type.Null()]),
  },
  { additionalProperties: false },
);
const DirectoryQuery = Type.Object(
  {
    q: Type.Optional(Text(200)),
    theme: Type.Optional(Theme),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000, default: 0 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);

export function profileRoutes(app: App): void {
  const own = '/workspaces/:workspaceId/connect/profile';

  app.get(
    own,
    {
      config: { policy: team },
      schema: {
        tags,
        summary: 'The initiative’s own profile (empty until first saved)',
        params: Params,
        response: { 200: OwnProfile },
      },
    },
    async (request) => ownProfile(app.db, requireWorkspace(request).id),
  );

  app.put(
    own,
    {
      config: { policy: team },
      schema: {
        tags,
        summary:
          'Save the profile; published: true shows it in the directory (needs a summary, a competence or offer and a theme)',
        params: Params,
        body: ProfileBody,
        response: { 200: OwnProfile },
      },
    },
    async (request) =>
      saveProfile(
        app.db,
        { workspaceId: requireWorkspace(request).id, userId: requireAuth(request).user.id },
        request.body as Parameters<typeof saveProfile>[2],
      ),
  );

  app.get(
    `${own}/matches`,
    {
      config: { policy: team },
      schema: {
        tags,
        summary:
          'Possible partners (the platform’s rule): published profiles whose offers answer our needs or whose needs our offers answer',
        params: Params,
        response: { 200: ProfileMatches },
      },
    },
    async (request) => profileMatches(app.db, requireWorkspace(request).id),
  );

  app.get(
    '/connect/profiles',
    {
      config: { policy: boardPolicy },
      schema: {
        tags,
        summary:
          'The directory: published profiles of every cluster initiative (team members of an initiative only), searchable, paged',
        querystring: DirectoryQuery,
        response: { 200: ProfileDirectory },
      },
    },
    async (request) => directory(app.db, requireAuth(request).user.id, request.query as DirectoryQueryInput),
  );

  app.get(
    '/connect/profiles/:profileId',
    {
      config: { policy: boardPolicy },
      schema: {
        tags,
        summary: 'One published profile, with its initiative’s open postings',
        params: Type.Object({ profileId: Uuid }),
        response: { 200: ProfileDetail },
      },
    },
    async (request) => publishedProfile(app.db, requireAuth(request).user.id, request.params.profileId),
  );
}
