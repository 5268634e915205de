import { MEMBERSHIP_STAGES } from '@agglomera/methods';
import { Type } from 'typebox';
import { DateTime, Day, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';
import { Text3 } from '../monitoring/surveys/surveys.schemas.js';
import { REMINDER_FREQUENCIES } from './reminders.service.js';
import { TASK_SOURCES } from './tasks.service.js';

/**
 * What the home routes answer (response schemas): documentation of the API, from which the web
 * app's types are generated (npm run api-types), checked against every answer in the tests
 * (http/response-check.ts). Columns of other modules (an evaluation's status, a follow's scope)
 * are plain text here.
 */

const LIGHTS = ['green', 'amber', 'red', 'none'] as const;
const TASK_MODULES = ['operations', 'diagnose', 'monitoring', 'strategy', 'organisation'] as const;
const Lights = Row(Object.fromEntries(LIGHTS.map((l) => [l, Type.Integer()])));

// Tasks (tasks.service.ts).
export const Task = Row({
  /** Stable across calls: source and row (and period for indicator values). */
  key: Type.String(),
  source: OneOf(TASK_SOURCES),
  module: OneOf(TASK_MODULES),
  title: Type.String(),
  context: Type.String(),
  dueOn: Nullable(Day),
  late: Type.Boolean(),
  assigneeId: Nullable(Uuid),
  assignee: Nullable(Type.String()),
  /** The web app's path where the task is done. */
  link: Type.String(),
});
const taskCountFields = {
  late: Type.Integer(),
  dueSoon: Type.Integer(),
  dueSoonDays: Type.Integer(),
  open: Type.Integer(),
  bySource: Row(
    Object.fromEntries(TASK_SOURCES.map((s) => [s, Row({ late: Type.Integer(), dueSoon: Type.Integer() })])),
  ),
  /** The last day counted as due soon. */
  horizon: Day,
};
export const TaskList = Row({
  scope: OneOf(['mine', 'all']),
  canSeeAll: Type.Boolean(),
  counts: Row(taskCountFields),
  tasks: Type.Array(Task),
});

// Role homes (home.service.ts).
const Named = Row({ id: Uuid, name: Type.String() });
export const IndicatorLights = Row({
  tolerance: Type.Number(),
  lights: Lights,
  indicators: Type.Array(
    Row({
      id: Uuid,
      name: Type.String(),
      unit: Type.String(),
      period: Nullable(Type.String()),
      actual: Nullable(Type.Number()),
      target: Nullable(Type.Number()),
      light: OneOf(LIGHTS),
      progress: Nullable(Type.Number()),
    }),
  ),
});
export const ManagerHome = Row({
  tasks: Row({ ...taskCountFields, items: Type.Array(Task) }),
  surveys: Type.Array(
    Row({
      id: Uuid,
      title: Text3,
      deadline: DateTime,
      invited: Type.Integer(),
      responses: Type.Integer(),
      responseRate: Nullable(Type.Number()),
    }),
  ),
  events: Type.Array(
    Row({
      id: Uuid,
      title: Type.String(),
      startsAt: DateTime,
      capacity: Nullable(Type.Integer()),
      registered: Type.Integer(),
      waitlisted: Type.Integer(),
    }),
  ),
  pipeline: Type.Array(Row({ stage: OneOf(MEMBERSHIP_STAGES), total: Type.Integer() })),
  indicators: IndicatorLights,
  activity: Type.Array(
    Row({
      id: Type.String(),
      at: DateTime,
      action: Type.String(),
      entity: Type.String(),
      user: Nullable(Type.String()),
    }),
  ),
});
export const MemberHome = Row({
  surveys: Type.Array(Row({ id: Uuid, title: Text3, deadline: DateTime })),
  votes: Type.Array(Row({ id: Uuid, title: Type.String() })),
  events: Type.Array(
    Row({
      id: Uuid,
      title: Type.String(),
      startsAt: DateTime,
      status: OneOf(['registered', 'waitlisted', 'cancelled']),
    }),
  ),
  workingGroups: Type.Array(Row({ id: Uuid, name: Type.String(), topic: Type.String() })),
  /** Null without an organisation linked to the login. */
  matches: Nullable(
    Type.Array(
      Row({
        need: Row({ id: Uuid, title: Type.String() }),
        offers: Type.Array(
          Row({
            id: Uuid,
            title: Type.String(),
            kind: OneOf(['competence', 'offer', 'need']),
            organisation: Type.String(),
            actor_id: Uuid,
          }),
        ),
      }),
    ),
  ),
  organisation: Nullable(Row({ id: Uuid, name: Type.String(), stage: Nullable(Type.String()) })),
});
export const FunderHome = Row({
  cards: Type.Array(
    Row({
      followId: Uuid,
      initiative: Named,
      shares: Type.Array(Type.String()),
      /** Each part is null where the initiative does not share it. */
      lifecycle: Nullable(
        Row({
          stage: Nullable(Type.String()),
          unidoPhase: Nullable(Type.Integer()),
          blueprintStep: Nullable(Type.Integer()),
        }),
      ),
      lights: Nullable(Lights),
      /** Absent where reports are not shared; null while there is none. */
      lastReport: Type.Optional(Nullable(Row({ id: Uuid, title: Type.String(), endsOn: Day }))),
    }),
  ),
  pendingRequests: Type.Integer(),
});
export const ScoringHome = Row({
  selections: Type.Array(
    Row({ id: Uuid, name: Type.String(), expected: Type.Integer(), scored: Type.Integer() }),
  ),
  evaluations: Type.Array(
    Row({ id: Uuid, title: Type.String(), status: Type.String(), awaitingAgreement: Type.Integer() }),
  ),
});

// The calendar feed and reminders (calendar.routes.ts, reminders.routes.ts).
const feedFields = {
  active: Type.Boolean(),
  createdAt: Nullable(DateTime),
  lastUsedAt: Nullable(DateTime),
};
export const FeedStatus = Row(feedFields);
/** The secret address, shown only this once. */
export const FeedCreated = Row({ url: Type.String(), ...feedFields });
export const FeedRevoked = Row({ revoked: Type.Boolean() });
const Frequency = OneOf(REMINDER_FREQUENCIES);
export const Reminders = Row({
  frequency: Frequency,
  lastSentOn: Nullable(Day),
  /** What a digest would hold today. */
  today: Row({ late: Type.Integer(), dueSoon: Type.Integer(), until: Day }),
});
export const RemindersChosen = Row({ frequency: Frequency });
