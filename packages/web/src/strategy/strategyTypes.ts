import type { ApiAnswer, ApiGet } from '../api/types';

/**
 * The strategy screens' shapes of the API's answers (issue 13), read from the types generated
 * from the server's response schemas (strategy/strategy.schemas.ts on the server; npm run
 * api-types), and the roles that edit.
 */
type W = '/workspaces/{workspaceId}/strategy';

// Goals.
export type GoalList = ApiGet<`${W}/goals`>;
export type Goal = GoalList['goals'][number];
export type SourceKind = Goal['sources'][number]['kind'];
export type Candidates = ApiGet<`${W}/goals/candidates`>;
export type Guide = ApiGet<`${W}/goals/guide`>;

// Strategy versions.
export type Strategy = ApiGet<`${W}/strategies/{strategyId}`>;
export type Element = Strategy['elements'][number];
export type Kind = Element['kind'];
export type Versions = ApiGet<`${W}/strategies`>;
export type Summary = Versions['strategies'][number];
export type Change = ApiGet<`${W}/strategies/compare`>['changes'][number];
export type Comparison = ApiGet<`${W}/strategies/compare`>;
export type RealignmentContext = ApiGet<`${W}/realignment`>;

// The action plan.
export type PlanList = ApiGet<`${W}/action-plan`>;
export type PlanDetail = ApiGet<`${W}/action-plan/{planId}`>;
export type PlanTask = PlanDetail['tasks'][number];
export type Choices = ApiGet<`${W}/action-plan/choices`>;
export type TaskSaved = ApiAnswer<`${W}/action-plan/{planId}/tasks`, 'post', 201>;
export type PlanImported = ApiAnswer<`${W}/action-plan/import`, 'post', 201>;

// The cluster business canvas.
export type CanvasVersions = ApiGet<`${W}/canvas`>;
export type CanvasVersion = ApiGet<`${W}/canvas/{canvasId}`>;
export type CanvasVersionRow = CanvasVersions['versions'][number];

// Roadmaps.
export type RoadmapList = ApiGet<`${W}/roadmaps`>;
export type Roadmap = RoadmapList['roadmaps'][number];
export type RoadmapItem = Roadmap['items'][number];
/** An element of the current strategy a roadmap item may link to. */
export type RoadmapElement = RoadmapList['elements'][number];

// The internationalisation strategy.
export type Internationalisation = ApiGet<`${W}/internationalisation`>;
export type InternationalisationStrategy = NonNullable<Internationalisation['strategy']>;
export type InternationalisationReview = Internationalisation['reviews'][number];

export const TEAM = ['owner', 'manager', 'staff'];
export const MANAGERS = ['owner', 'manager'];
