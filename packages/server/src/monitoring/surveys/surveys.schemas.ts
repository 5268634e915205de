import { TIE_TYPES } from '@agglomera/methods';
import { Type } from 'typebox';
import { DateTime, Nullable, OneOf, Ok, Row, Uuid } from '../../http/schemas.js';
import { QUESTION_TYPES } from './model.js';

/**
 * What the survey routes answer (response schemas): documentation of the API, from which the web
 * app's types are generated (npm run api-types), checked against every answer in the tests
 * (http/response-check.ts). The shapes of model.ts and surveys.service.ts, as JSON sends them.
 */

/**
 * A text in the platform's languages; an imported form may hold other languages under their code
 * or name, so the object is open to more languages (and only to texts).
 */
export const Text3 = Type.Object(
  { en: Type.String(), fr: Type.Optional(Type.String()), es: Type.Optional(Type.String()) },
  { additionalProperties: Type.String() },
);

export const Choice = Row({
  name: Type.String(),
  label: Text3,
  /** The other columns of the choices sheet, which a choice filter reads (open: any column). */
  filter: Type.Optional(Type.Record(Type.String(), Type.String())),
});

/** A question as stored after checkDefinition (model.ts, Question). */
export const Question = Row({
  name: Type.String(),
  type: OneOf(QUESTION_TYPES),
  label: Text3,
  required: Type.Boolean(),
  choices: Type.Optional(Type.Array(Choice)),
  numberKind: Type.Optional(OneOf(['integer', 'decimal'])),
  tieType: Type.Optional(OneOf(TIE_TYPES)),
  collapse: Type.Optional(Type.String()),
  hint: Type.Optional(Text3),
  group: Type.Optional(Type.String()),
  relevant: Type.Optional(Type.String()),
  constraint: Type.Optional(Type.String()),
  constraintMessage: Type.Optional(Text3),
  requiredIf: Type.Optional(Type.String()),
  requiredMessage: Type.Optional(Text3),
  choiceFilter: Type.Optional(Type.String()),
  default: Type.Optional(Type.String()),
  readOnly: Type.Optional(Type.Boolean()),
  appearance: Type.Optional(Type.String()),
  calculation: Type.Optional(Type.String()),
  list: Type.Optional(Type.String()),
  orOther: Type.Optional(Type.Boolean()),
  otherOf: Type.Optional(Type.String()),
});

export const FormGroup = Row({
  name: Type.String(),
  label: Type.Optional(Text3),
  parent: Type.Optional(Type.String()),
  repeat: Type.Boolean(),
  relevant: Type.Optional(Type.String()),
  appearance: Type.Optional(Type.String()),
});

export const ImportWarning = Row({
  kind: OneOf(['column', 'media', 'metadata', 'repeat_count', 'empty_group']),
  sheet: Type.String(),
  row: Type.Optional(Type.Integer()),
  column: Type.Optional(Type.String()),
  name: Type.Optional(Type.String()),
  type: Type.Optional(Type.String()),
});

/** What an imported XLSForm holds beyond its questions ({} for a survey built here). */
export const SurveyFormInfo = Row({
  groups: Type.Optional(Type.Array(FormGroup)),
  version: Type.Optional(Type.String()),
  defaultLanguage: Type.Optional(Type.String()),
  languages: Type.Optional(Type.Array(Row({ key: Type.String(), name: Type.String() }))),
  warnings: Type.Optional(Type.Array(ImportWarning)),
});

/** The fields of `present(survey)` (surveys.service.ts). */
const surveyFields = {
  id: Uuid,
  title: Text3,
  formId: Type.String(),
  anonymous: Type.Boolean(),
  deadline: DateTime,
  sentAt: Nullable(DateTime),
  closed: Type.Boolean(),
};
/** Invitations and responses of a survey (`stats`): the rate is null while nobody is invited. */
const statsFields = {
  invited: Type.Integer(),
  responses: Type.Integer(),
  responseRate: Nullable(Type.Number()),
};

/** A survey with its definition (create, import, change). */
export const SurveyDefinition = Row({
  ...surveyFields,
  questions: Type.Array(Question),
  form: SurveyFormInfo,
});

/** A survey with its definition, invitations and responses (GET one). */
export const SurveyDetail = Row({ ...SurveyDefinition.properties, ...statsFields });

export const SurveyList = Row({
  surveys: Type.Array(Row({ ...surveyFields, questionCount: Type.Integer(), ...statsFields })),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

export const MySurveys = Row({
  surveys: Type.Array(
    Row({
      id: Uuid,
      title: Text3,
      deadline: DateTime,
      anonymous: Type.Boolean(),
      responded: Type.Boolean(),
      closed: Type.Boolean(),
    }),
  ),
});

/** An actor a respondent may name in an actor_ties question. */
export const RosterActor = Row({ id: Uuid, name: Type.String(), type: Type.String() });

/** The form a respondent fills in (as a member, or through a personal link). */
export const AnswerForm = Row({
  id: Uuid,
  title: Text3,
  anonymous: Type.Boolean(),
  deadline: DateTime,
  closed: Type.Boolean(),
  questions: Type.Array(Question),
  form: SurveyFormInfo,
  /** The actors the respondent may name (their own organisation left out); empty once answered or closed. */
  roster: Type.Array(RosterActor),
  responded: Type.Boolean(),
});

export const AnswerStored = Ok;

/** A job that mails links or reminders (202), with how many it concerns. */
export const SendStarted = Row({ jobId: Uuid, newlyInvited: Type.Integer() });
export const RespondentsImported = Row({
  jobId: Uuid,
  newlyInvited: Type.Integer(),
  skipped: Type.Integer(),
});
export const RemindStarted = Row({ jobId: Uuid, toRemind: Type.Integer() });

/** Themes that open answers were coded into, the most cited first (methods' rankThemes). */
export const ThemeRank = Row({
  theme: Type.String(),
  citations: Type.Integer(),
  respondents: Type.Integer(),
});

export const Coding = Row({
  question: Row({ name: Type.String(), label: Text3 }),
  items: Type.Array(
    Row({ responseId: Uuid, item: Type.Integer(), text: Type.String(), theme: Nullable(Type.String()) }),
  ),
  coded: Type.Integer(),
  themes: Type.Array(ThemeRank),
});

export const TiesImported = Row({
  created: Type.Integer(),
  skipped: Type.Integer(),
  withoutActor: Type.Integer(),
});

// Results: one shape per kind of question (results.service.ts), told apart by `type`.
const resultBase = { name: Type.String(), label: Text3, answered: Type.Integer() };
const ChoiceCount = Row({
  name: Type.String(),
  label: Text3,
  count: Type.Integer(),
  /** Null when nobody answered. */
  percentage: Nullable(Type.Number()),
});
export const QuestionResult = Type.Union([
  Row({
    ...resultBase,
    type: OneOf(['single_choice', 'likert']),
    choices: Type.Array(ChoiceCount),
    /** The categories a Likert question's points merge into, or null when they are not merged. */
    categories: Nullable(
      Type.Array(
        Row({
          label: Text3,
          points: Type.Array(Type.Integer()),
          count: Type.Integer(),
          percentage: Nullable(Type.Number()),
        }),
      ),
    ),
  }),
  Row({ ...resultBase, type: Type.Literal('multiple_choice'), choices: Type.Array(ChoiceCount) }),
  Row({
    ...resultBase,
    type: Type.Literal('ranking'),
    ranking: Type.Array(
      Row({
        option: Type.String(),
        label: Text3,
        firsts: Type.Integer(),
        mentions: Type.Integer(),
        score: Type.Integer(),
      }),
    ),
  }),
  Row({
    ...resultBase,
    type: Type.Literal('actor_ties'),
    tieType: OneOf(TIE_TYPES),
    named: Type.Integer(),
    mostNamed: Type.Array(Row({ actorId: Uuid, name: Type.String(), count: Type.Integer() })),
  }),
  Row({
    ...resultBase,
    type: Type.Literal('open_list'),
    items: Type.Integer(),
    coded: Type.Integer(),
    themes: Type.Array(ThemeRank),
  }),
  Row({
    ...resultBase,
    type: Type.Literal('number'),
    mean: Nullable(Type.Number()),
    median: Nullable(Type.Number()),
    min: Nullable(Type.Number()),
    max: Nullable(Type.Number()),
  }),
  Row({
    ...resultBase,
    type: OneOf(['text', 'date', 'time', 'datetime', 'calculate', 'acknowledge']),
    /** Up to 200 answers as given (a calculation may give a number). */
    texts: Type.Array(Type.Union([Type.String(), Type.Number()])),
  }),
]);

export const SurveyResults = Row({
  ...statsFields,
  decimals: Type.Integer(),
  rounding: OneOf(['half-up', 'half-even', 'truncate']),
  questions: Type.Array(QuestionResult),
});
