import type { ApiGet } from '../api/types';

/**
 * The diagnosis screens' shapes of the API's answers, from the types generated from the server's
 * response schemas (diagnose/*.schemas.ts on the server; npm run api-types).
 */
type W = '/workspaces/{workspaceId}';

export type ActorPage = ApiGet<`${W}/actors`>;
export type MemberCard = ApiGet<`${W}/member-cards`>['memberCards'][number];
export type ValueChainList = ApiGet<`${W}/value-chains`>;
export type Chain = ApiGet<`${W}/value-chains/{chainId}`>;
export type Stage = Chain['stages'][number];
export type Stakeholder = ApiGet<`${W}/stakeholders`>['stakeholders'][number];
export type Analysis = ApiGet<`${W}/analyses`>;
export type Framework = Analysis['framework'];
export type NetworkData = ApiGet<`${W}/network`>;
export type AssessmentList = ApiGet<`${W}/association-assessments`>;
export type Assessment = ApiGet<`${W}/association-assessments/{assessmentId}`>;
export type NeedsSurveyList = ApiGet<`${W}/needs-surveys`>;
export type Survey = ApiGet<`${W}/needs-surveys/{surveyId}`>;
export type Need = Survey['needs'][number];
export type ConstraintDiagnosis = ApiGet<`${W}/constraints`>;
export type Constraint = ConstraintDiagnosis['constraints'][number];
export type Baselines = ApiGet<`${W}/baselines`>;
