import {
  ACTION_PLAN_KINDS,
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  ACTION_TASK_KINDS,
  CANVAS_BLOCK_KEYS,
  INTERNATIONALISATION_QUESTION_KEYS,
  ROADMAP_LANES,
  STRATEGY_COMPONENTS,
  STRATEGY_ELEMENT_KINDS,
  TYPICAL_GOALS,
} from '@agglomera/methods';
import { Type, type TSchema } from 'typebox';
import { DateTime, Day, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';
import { SOURCE_KINDS } from './goals.service.js';

/**
 * What the strategy routes answer (response schemas): documentation of the API, from which the
 * web app's types are generated (npm run api-types), checked against every answer in the tests
 * (http/response-check.ts). Columns of other modules (a need's category, an indicator's level, a
 * recommendation's status) are plain text here; the strategy's own words are listed.
 */

/** An object with one property of the same shape for each key of a list. */
const Keyed = <K extends string>(keys: readonly K[], value: () => TSchema, optional = false) =>
  Row(Object.fromEntries(keys.map((k) => [k, optional ? Type.Optional(value()) : value()])));

const VERSION_STATUSES = ['draft', 'agreed', 'superseded'] as const;
const Titled = Row({ id: Uuid, title: Type.String() });
const Named = Row({ id: Uuid, name: Type.String() });
/** A text of the guides: what it says and the seed line it comes from. */
const GuideText = { text: Type.String(), source: Type.String() };

// Goals (goals.routes.ts).
export const Goal = Row({
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  typical: Nullable(OneOf(TYPICAL_GOALS)),
  position: Type.Integer(),
  needIds: Type.Array(Uuid),
  sources: Type.Array(Row({ kind: OneOf(SOURCE_KINDS), id: Uuid, label: Type.String() })),
  indicatorIds: Type.Array(Uuid),
  indicators: Type.Array(Row({ id: Uuid, name: Type.String(), level: Type.String() })),
  /** Strategy objectives (of any version) that serve the goal. */
  objectives: Type.Array(Row({ id: Uuid, title: Type.String(), strategyVersion: Type.Integer() })),
  flags: Type.Array(OneOf(['no_indicator', 'no_source'])),
  updatedAt: DateTime,
});
export const GoalList = Row({ goals: Type.Array(Goal) });
export const GoalGuide = Row({
  points: Type.Array(Row({ id: Type.String(), ...GuideText })),
  typical: Type.Array(Row({ id: OneOf(TYPICAL_GOALS), ...GuideText })),
});
/** The goals a finding of the diagnosis already justifies. */
const goals = { goals: Type.Array(Titled) };
export const GoalCandidates = Row({
  needsSurveys: Type.Array(
    Row({
      id: Uuid,
      title: Type.String(),
      needs: Type.Array(
        Row({
          id: Uuid,
          title: Type.String(),
          category: Type.String(),
          score: Nullable(Type.Number()),
          respondents: Type.Integer(),
          rank: Nullable(Type.Integer()),
          ...goals,
        }),
      ),
    }),
  ),
  swot: Type.Array(
    Row({ id: Uuid, category: Type.String(), text: Type.String(), sign: Type.String(), ...goals }),
  ),
  constraints: Type.Array(Row({ id: Uuid, title: Type.String(), tier: Type.Integer(), ...goals })),
  whiteSpots: Type.Array(Row({ id: Uuid, name: Type.String(), chain: Type.String(), ...goals })),
});

// Strategy versions (strategies.routes.ts).
const summaryFields = {
  id: Uuid,
  version: Type.Integer(),
  title: Type.String(),
  status: OneOf(VERSION_STATUSES),
  basedOnId: Nullable(Uuid),
  agreedOn: Nullable(Day),
  agreedBy: Type.String(),
  createdAt: DateTime,
  updatedAt: DateTime,
};
export const StrategyElement = Row({
  id: Uuid,
  kind: OneOf(STRATEGY_ELEMENT_KINDS),
  parentId: Nullable(Uuid),
  title: Type.String(),
  description: Type.String(),
  goalId: Nullable(Uuid),
  /** The title of the goal it serves. */
  goal: Nullable(Type.String()),
  position: Type.Integer(),
});
export const Strategy = Row({
  ...summaryFields,
  vision: Type.String(),
  /** The five components of a strategy (GIZ 001:1719–1725), those written. */
  components: Keyed(STRATEGY_COMPONENTS, () => Type.String(), true),
  realignmentNotes: Type.String(),
  agreedRecordedBy: Nullable(Type.String()),
  elements: Type.Array(StrategyElement),
});
export const StrategyVersions = Row({
  strategies: Type.Array(Row(summaryFields)),
  components: Type.Array(Row({ id: OneOf(STRATEGY_COMPONENTS), ...GuideText })),
});
export const CurrentStrategy = Row({ strategy: Strategy });
const VersionRef = Row({
  id: Uuid,
  version: Type.Integer(),
  title: Type.String(),
  status: OneOf(VERSION_STATUSES),
});
export const StrategyComparison = Row({
  from: VersionRef,
  to: VersionRef,
  changes: Type.Array(
    Row({
      what: OneOf(['vision', 'component', 'element']),
      key: Type.String(),
      path: Type.Array(Type.String()),
      change: OneOf(['added', 'removed', 'changed']),
      before: Nullable(Type.String()),
      after: Nullable(Type.String()),
    }),
  ),
});
export const ObjectivesFromGoals = Row({ added: Type.Integer(), strategy: Strategy });
export const Realignment = Row({
  phases: Type.Array(
    Row({ id: Type.String(), name: Type.String(), source: Type.String(), points: Type.Array(Type.String()) }),
  ),
  agreed: Nullable(Row({ id: Uuid, version: Type.Integer(), title: Type.String(), agreedOn: Day })),
  benchmarkRecommendations: Type.Array(Row({ id: Uuid, text: Type.String(), status: Type.String() })),
  evaluationRecommendations: Type.Array(
    Row({ id: Uuid, text: Type.String(), status: Type.String(), evaluation: Type.String() }),
  ),
  needsSurvey: Nullable(
    Row({
      id: Uuid,
      title: Type.String(),
      needs: Type.Array(
        Row({
          id: Uuid,
          title: Type.String(),
          score: Nullable(Type.Number()),
          rank: Nullable(Type.Integer()),
        }),
      ),
    }),
  ),
  goalsWithoutIndicator: Type.Array(Titled),
});

// The action plan (actionplan*.routes.ts).
export const ActionPlan = Row({
  id: Uuid,
  kind: OneOf(ACTION_PLAN_KINDS),
  title: Type.String(),
  startsOn: Day,
  endsOn: Day,
  version: Type.Integer(),
  status: OneOf(VERSION_STATUSES),
  basedOnId: Nullable(Uuid),
  strategyId: Nullable(Uuid),
  reviewOn: Nullable(Day),
  reviewDue: Type.Boolean(),
  reviewedAt: Nullable(DateTime),
  reviewNotes: Type.String(),
  updatedAt: DateTime,
});
export const ActionPlanList = Row({
  plans: Type.Array(Row({ ...ActionPlan.properties, tasks: Type.Integer(), late: Type.Integer() })),
  /** The current plan of each kind (the agreed version, else the newest draft). */
  current: Row({ general: Nullable(Uuid), green: Nullable(Uuid) }),
});
export const ActionPlanTask = Row({
  id: Uuid,
  parentId: Nullable(Uuid),
  position: Type.Integer(),
  /** Its number in the plan: 1, 1.1, 1.1.1. */
  number: Type.String(),
  depth: Type.Integer(),
  task: Type.String(),
  priority: OneOf(ACTION_PRIORITIES),
  deadline: Nullable(Day),
  startsOn: Nullable(Day),
  responsibleUserId: Nullable(Uuid),
  responsibleActorId: Nullable(Uuid),
  responsible: Nullable(Row({ kind: OneOf(['user', 'actor']), id: Uuid, name: Type.String() })),
  support: Type.String(),
  remarks: Type.String(),
  status: OneOf(ACTION_STATUSES),
  kind: OneOf(ACTION_TASK_KINDS),
  quickWin: Type.Boolean(),
  goalId: Nullable(Uuid),
  goal: Nullable(Type.String()),
  elementId: Nullable(Uuid),
  element: Nullable(Type.String()),
  late: Type.Boolean(),
  revision: Type.Integer(),
});
export const ActionPlanDetail = Row({
  plan: ActionPlan,
  tasks: Type.Array(ActionPlanTask),
  kpis: Type.Array(
    Row({
      id: Uuid,
      name: Type.String(),
      level: Type.String(),
      unit: Type.String(),
      definition: Type.String(),
      baselineValue: Nullable(Type.Number()),
    }),
  ),
  versions: Type.Array(
    Row({ id: Uuid, version: Type.Integer(), status: OneOf(VERSION_STATUSES), title: Type.String() }),
  ),
});
export const TaskSaved = Row({ task: ActionPlanTask, plan: ActionPlan });
export const TaskChoices = Row({
  users: Type.Array(Named),
  actors: Type.Array(Named),
  goals: Type.Array(Titled),
  elements: Type.Array(
    Row({ id: Uuid, kind: OneOf(STRATEGY_ELEMENT_KINDS), title: Type.String(), parentId: Nullable(Uuid) }),
  ),
});
export const ActionPlanImported = Row({
  imported: Type.Integer(),
  updated: Type.Integer(),
  added: Type.Integer(),
  removed: Type.Integer(),
});

// The cluster business canvas (canvas.routes.ts).
const canvasFields = {
  id: Uuid,
  version: Type.Integer(),
  name: Type.String(),
  date: Day,
  note: Type.String(),
  createdAt: DateTime,
  createdBy: Nullable(Type.String()),
};
export const Canvas = Row({
  ...canvasFields,
  organisation: Type.String(),
  /** The ten blocks, each present ('' when left empty). */
  blocks: Keyed(CANVAS_BLOCK_KEYS, () => Type.String()),
  emptyBlocks: Type.Array(OneOf(CANVAS_BLOCK_KEYS)),
});
export const CanvasVersions = Row({
  versions: Type.Array(Row({ ...canvasFields, filledBlocks: Type.Integer() })),
  latest: Nullable(Canvas),
});

// Roadmaps (roadmaps.routes.ts).
const elementRef = { id: Uuid, kind: OneOf(STRATEGY_ELEMENT_KINDS), title: Type.String() };
export const RoadmapItem = Row({
  id: Uuid,
  lane: OneOf(ROADMAP_LANES),
  startYear: Type.Integer(),
  endYear: Type.Integer(),
  title: Type.String(),
  description: Type.String(),
  element: Nullable(Row(elementRef)),
});
export const Roadmap = Row({
  id: Uuid,
  title: Type.String(),
  topic: Type.String(),
  fromYear: Type.Integer(),
  toYear: Type.Integer(),
  recommendedActions: Type.String(),
  updatedAt: DateTime,
  items: Type.Array(RoadmapItem),
});
export const RoadmapList = Row({
  roadmaps: Type.Array(Roadmap),
  /** The elements of the current strategy an item may link to. */
  elements: Type.Array(Row({ ...elementRef, parentId: Nullable(Uuid) })),
});

// The internationalisation strategy (internationalisation.routes.ts).
export const Internationalisation = Row({
  /** Null until it is written. */
  strategy: Nullable(
    Row({
      id: Uuid,
      diagnostics: Type.String(),
      choice: Type.String(),
      action: Type.String(),
      answers: Keyed(INTERNATIONALISATION_QUESTION_KEYS, () =>
        Row({ answer: Type.String(), evidence: Type.String() }),
      ),
      targetMarkets: Type.Array(Row({ name: Type.String(), rationale: Type.String() })),
      reviewMonths: Type.Integer(),
      writtenOn: Day,
      lastReviewedOn: Nullable(Day),
      nextReviewOn: Day,
      reviewDue: Type.Boolean(),
      updatedAt: DateTime,
    }),
  ),
  reviews: Type.Array(
    Row({ id: Uuid, reviewedOn: Day, notes: Type.String(), reviewer: Nullable(Type.String()) }),
  ),
});
