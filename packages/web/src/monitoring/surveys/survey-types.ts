import type { ApiAnswer, ApiGet, Flat } from '../../api/types';

/**
 * The shapes of a survey as the API gives them to the answer form and the team's screens: read
 * from the types generated from the server's response schemas (monitoring/surveys/surveys.schemas.ts
 * on the server; npm run api-types), not written again here.
 */

/** A survey with its definition, invitations and responses. */
export type SurveyDetail = ApiGet<'/workspaces/{workspaceId}/surveys/{surveyId}'>;
/** A survey as it was just built, imported or changed. */
export type SurveyDefinition = ApiAnswer<'/workspaces/{workspaceId}/surveys', 'post', 201>;
export type Question = SurveyDetail['questions'][number];
/** A text in the platform's languages, and for an imported form in its own (by code or name). */
export type Text3 = Question['label'];
/** What an imported XLSForm holds beyond its questions ({} for a survey built here). */
export type SurveyFormInfo = SurveyDetail['form'];
export type FormGroup = NonNullable<SurveyFormInfo['groups']>[number];
export type ImportWarning = NonNullable<SurveyFormInfo['warnings']>[number];

/** A page of the workspace's surveys, and one of them. */
export type SurveyList = ApiGet<'/workspaces/{workspaceId}/surveys'>;
export type SurveySummary = SurveyList['surveys'][number];
/** The surveys I am invited to answer. */
export type MySurveys = ApiGet<'/workspaces/{workspaceId}/surveys/mine'>;

/** The form a respondent fills in, as a member or through a personal link (the same shape). */
export type SurveyForm = ApiGet<'/workspaces/{workspaceId}/surveys/{surveyId}/form'>;
/** An actor of the register a respondent may name in an actor_ties question. */
export type RosterActor = SurveyForm['roster'][number];

/** Results: one shape per kind of question, read as one (fields of other kinds optional). */
type ResultsAnswer = ApiGet<'/workspaces/{workspaceId}/surveys/{surveyId}/results'>;
export type QuestionResult = Flat<ResultsAnswer['questions'][number]>;
export type SurveyResults = Omit<ResultsAnswer, 'questions'> & { questions: QuestionResult[] };
/** The actors named most often in an actor_ties question. */
export type MostNamed = NonNullable<QuestionResult['mostNamed']>[number];

/** The coding of an open list question's answers into themes. */
export type Coding = ApiGet<'/workspaces/{workspaceId}/surveys/{surveyId}/coding/{question}'>;
export type ThemeRank = Coding['themes'][number];

/** The job started by sending links, importing respondents or reminding (202). */
export type SendStarted = ApiAnswer<'/workspaces/{workspaceId}/surveys/{surveyId}/send', 'post', 202>;
export type RespondentsImported = ApiAnswer<
  '/workspaces/{workspaceId}/surveys/{surveyId}/respondents/import',
  'post',
  202
>;
export type RemindStarted = ApiAnswer<'/workspaces/{workspaceId}/surveys/{surveyId}/remind', 'post', 202>;
export type TiesImported = ApiAnswer<'/workspaces/{workspaceId}/surveys/{surveyId}/ties', 'post'>;
