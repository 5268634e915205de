import type { ApiAnswer, ApiGet } from '../api/types';

/**
 * The shapes of the API's answers that the role homes, My tasks and the account page read, from
 * the types generated from the server's response schemas (home/home.schemas.ts on the server; npm
 * run api-types).
 */
type W = '/workspaces/{workspaceId}';

export type ManagerData = ApiGet<`${W}/home/manager`>;
export type MemberData = ApiGet<`${W}/home/member`>;
export type FunderData = ApiGet<`${W}/home/funder`>;
export type ScoringData = ApiGet<`${W}/home/scoring`>;
export type TasksAnswer = ApiGet<`${W}/tasks`>;
export type Task = TasksAnswer['tasks'][number];
export type Light = ManagerData['indicators']['indicators'][number]['light'];
export type FeedStatus = ApiGet<'/me/calendar-feed'>;
export type FeedCreated = ApiAnswer<'/me/calendar-feed', 'post', 201>;
export type Reminders = ApiGet<'/me/reminders'>;
export type Frequency = Reminders['frequency'];
