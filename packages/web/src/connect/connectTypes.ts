import type { ApiGet } from '../api/types';

/**
 * The connect screens' shapes of the API's answers (docs/connect.md), read from the types
 * generated from the server's response schemas (connect/connect.schemas.ts on the server; npm run
 * api-types).
 */
type W = '/workspaces/{workspaceId}/connect';

export type Board = ApiGet<'/connect/board'>;
export type BoardPosting = Board['postings'][number];
export type OwnPostings = ApiGet<`${W}/postings`>;
export type OwnPosting = OwnPostings['postings'][number];
export type Matches = ApiGet<`${W}/postings/{postingId}/matches`>;
export type InterestsReceived = ApiGet<`${W}/interests/received`>;
export type ReceivedInterest = InterestsReceived['interests'][number];
export type InterestsSent = ApiGet<`${W}/interests/sent`>;
export type OwnProfile = ApiGet<`${W}/profile`>;
export type ProfileMatches = ApiGet<`${W}/profile/matches`>;
export type ProfileDirectory = ApiGet<'/connect/profiles'>;
export type DirectoryProfile = ProfileDirectory['profiles'][number];
export type ProfileDetail = ApiGet<'/connect/profiles/{profileId}'>;
