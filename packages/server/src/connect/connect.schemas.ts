import { PARTNER_THEMES, POSTING_KINDS } from '@agglomera/methods';
import { Type } from 'typebox';
import { DateTime, Day, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';

/**
 * What the connect routes answer (response schemas): documentation of the API, from which the
 * web app's types are generated (npm run api-types), checked against every answer in the tests
 * (http/response-check.ts).
 */

const INTEREST_STATUSES = ['pending', 'accepted', 'declined'] as const;
const Kind = OneOf(POSTING_KINDS);
const Themes = Type.Array(OneOf(PARTNER_THEMES));

// An initiative's own postings (postings.routes.ts).
export const Posting = Row({
  id: Uuid,
  kind: Kind,
  title: Type.String(),
  description: Type.String(),
  themes: Themes,
  sector: Type.String(),
  closesOn: Nullable(Day),
  status: OneOf(['open', 'closed']),
  /** Open: the status is open and the closing date, if any, is not past. */
  open: Type.Boolean(),
  closedAt: Nullable(DateTime),
  createdAt: DateTime,
  updatedAt: DateTime,
  interests: Type.Integer(),
  pendingInterests: Type.Integer(),
});
export const PostingList = Row({ postings: Type.Array(Posting) });
export const PostingMatches = Row({
  /** Whose rule suggested them: the platform's (no guide gives one). */
  rule: Type.Literal('platform'),
  matches: Type.Array(
    Row({
      id: Uuid,
      kind: Kind,
      title: Type.String(),
      themes: Themes,
      sector: Type.String(),
      closesOn: Nullable(Day),
      initiativeName: Type.String(),
      sharedThemes: Themes,
      sharedWords: Type.Array(Type.String()),
    }),
  ),
});

// Interests (interests.routes.ts).
const interestFields = {
  id: Uuid,
  postingId: Uuid,
  postingTitle: Type.String(),
  postingKind: Kind,
  initiativeName: Type.String(),
  message: Type.String(),
  status: OneOf(INTEREST_STATUSES),
  decidedAt: Nullable(DateTime),
  createdAt: DateTime,
};
export const InterestCreated = Row({
  id: Uuid,
  postingId: Uuid,
  status: OneOf(INTEREST_STATUSES),
  createdAt: DateTime,
});
/** An interest in one of this initiative's postings, with whom to contact ('' when unknown). */
export const InterestReceived = Row({
  ...interestFields,
  contactName: Type.String(),
  contactEmail: Type.String(),
});
export const InterestsReceived = Row({ interests: Type.Array(InterestReceived) });
export const InterestsSent = Row({
  interests: Type.Array(Row({ ...interestFields, sentBy: Type.String() })),
});

// The board (board.routes.ts): what a posting publishes, never its initiative's id.
export const BoardPosting = Row({
  id: Uuid,
  kind: Kind,
  title: Type.String(),
  description: Type.String(),
  themes: Themes,
  sector: Type.String(),
  closesOn: Nullable(Day),
  publishedAt: DateTime,
  initiativeName: Type.String(),
  /** A posting of an initiative whose team the reader is in. */
  own: Type.Boolean(),
});
export const Board = Row({
  postings: Type.Array(BoardPosting),
  total: Type.Integer(),
  offset: Type.Integer(),
  limit: Type.Integer(),
});

// Public profiles of initiatives (profiles.routes.ts).
const profileFields = {
  initiativeName: Type.String(),
  summary: Type.String(),
  sector: Type.String(),
  region: Type.String(),
  competences: Type.Array(Type.String()),
  offers: Type.Array(Type.String()),
  needs: Type.Array(Type.String()),
  themes: Themes,
  contactEmail: Nullable(Type.String()),
  website: Nullable(Type.String()),
};
/** The initiative's own profile; before its first save, empty, with null id and dates. */
export const OwnProfile = Row({
  id: Nullable(Uuid),
  ...profileFields,
  updatedAt: Nullable(DateTime),
  published: Type.Boolean(),
  publishedAt: Nullable(DateTime),
  /** Whether the profile was ever saved. */
  saved: Type.Boolean(),
});
const PublishedProfile = { id: Uuid, ...profileFields, updatedAt: DateTime, own: Type.Boolean() };
export const ProfileDirectory = Row({
  profiles: Type.Array(Row(PublishedProfile)),
  total: Type.Integer(),
  offset: Type.Integer(),
  limit: Type.Integer(),
});
export const ProfileDetail = Row({
  ...PublishedProfile,
  /** The initiative's open postings on the board. */
  postings: Type.Array(Row({ id: Uuid, kind: Kind, title: Type.String() })),
});
const ProfileLink = Row({ need: Type.String(), answer: Type.String(), words: Type.Array(Type.String()) });
export const ProfileMatches = Row({
  matches: Type.Array(
    Row({
      profile: Row({ id: Uuid, initiativeName: Type.String(), summary: Type.String() }),
      /** Their offers and competences that answer our needs. */
      theyOffer: Type.Array(ProfileLink),
      /** Our offers and competences that answer their needs. */
      weOffer: Type.Array(ProfileLink),
      sharedThemes: Themes,
    }),
  ),
});
