import type { TieType } from '@agglomera/methods';
import type { RosterActor } from './ActorTiesField';

/** The shapes of a survey as the API gives them to the answer form and the team's screens. */

/** A text in the platform's languages, and for an imported form in its own (by code or name). */
export type Text3 = { en: string; fr?: string; es?: string; [language: string]: string | undefined };
export interface Question {
  name: string;
  type:
    | 'single_choice'
    | 'multiple_choice'
    | 'likert'
    | 'number'
    | 'text'
    | 'ranking'
    | 'actor_ties'
    | 'open_list'
    | 'note'
    | 'date'
    | 'time'
    | 'datetime'
    | 'calculate'
    | 'acknowledge';
  label: Text3;
  required: boolean;
  choices?: { name: string; label: Text3; filter?: Record<string, string> }[];
  numberKind?: 'integer' | 'decimal';
  /** For an actor_ties question: the kind of tie the respondent names actors for. */
  tieType?: TieType;
  /** For a Likert question: how its points merge into the categories of its results ("1,2,3-4"). */
  collapse?: string;
  // The columns of an imported XLSForm row.
  hint?: Text3;
  group?: string;
  relevant?: string;
  constraint?: string;
  constraintMessage?: Text3;
  requiredIf?: string;
  requiredMessage?: Text3;
  choiceFilter?: string;
  default?: string;
  readOnly?: boolean;
  appearance?: string;
  calculation?: string;
  orOther?: boolean;
  otherOf?: string;
}
export interface FormGroup {
  name: string;
  label?: Text3;
  parent?: string;
  repeat: boolean;
  relevant?: string;
  appearance?: string;
}
export interface ImportWarning {
  kind: 'column' | 'media' | 'metadata' | 'repeat_count' | 'empty_group';
  sheet: string;
  row?: number;
  column?: string;
  name?: string;
  type?: string;
}
export interface SurveyFormInfo {
  groups?: FormGroup[];
  version?: string;
  defaultLanguage?: string;
  languages?: { key: string; name: string }[];
  warnings?: ImportWarning[];
}
export interface SurveyForm {
  id: string;
  title: Text3;
  anonymous: boolean;
  deadline: string;
  closed: boolean;
  responded: boolean;
  questions: Question[];
  form?: SurveyFormInfo;
  /** The actors the respondent may name (their own organisation left out). */
  roster?: RosterActor[];
}
