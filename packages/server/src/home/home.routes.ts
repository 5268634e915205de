import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { forbidden } from '../http/errors.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { WorkspaceParams } from '../http/schemas.js';
import { funderHome, managerHome, memberHome, scoringHome } from './home.service.js';
import { listTasks, taskCounts } from './tasks.service.js';
import { FunderHome, ManagerHome, MemberHome, ScoringHome, TaskList } from './home.schemas.js';

const tags = ['home'];
/** Who runs a cluster initiative: its dashboard and everyone's tasks. */
const MANAGERS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];
/** Who may see everyone's tasks: the team of an initiative, the owner and officers of a programme. */
const SEES_ALL_TASKS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'officer'];

/** Role homes and My tasks (issue 12, items 1 and 6): thin routes over home.service and tasks.service. */
export async function homeRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/home/manager',
    {
      config: { policy: { access: 'workspace', roles: MANAGERS, kinds: ['cluster_initiative'] } },
      schema: {
        response: { 200: ManagerHome },
        tags,
        summary:
          "The manager's dashboard: late and due tasks across modules, open surveys with response rates, next events with fill, pipeline counts, indicator lights, recent activity",
        params: WorkspaceParams,
      },
    },
    async (request) => managerHome(app.db, requireWorkspace(request).id, app.settings.dueSoonDays),
  );

  app.get(
    '/workspaces/:workspaceId/home/member',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds: ['cluster_initiative'] } },
      schema: {
        response: { 200: MemberHome },
        tags,
        summary:
          "A member's home: surveys to answer, needs votes open, my events and working groups, matches for my organisation's needs, my organisation",
        params: WorkspaceParams,
      },
    },
    async (request) => memberHome(app.db, requireWorkspace(request).id, requireAuth(request).user.id),
  );

  app.get(
    '/workspaces/:workspaceId/home/funder',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds: ['programme'] } },
      schema: {
        response: { 200: FunderHome },
        tags,
        summary:
          "A funder's home: a card per followed initiative with its stage, indicator lights and last report, each where the initiative shares it",
        params: WorkspaceParams,
      },
    },
    async (request) => funderHome(app.db, requireWorkspace(request).id),
  );

  app.get(
    '/workspaces/:workspaceId/home/scoring',
    {
      config: { policy: { access: 'workspace', roles: 'any' } },
      schema: {
        response: { 200: ScoringHome },
        tags,
        summary:
          "What awaits my scoring: open selections I score (scores given of those expected) and, for an evaluator, evaluations under way with recommendations awaiting the evaluators' agreement",
        params: WorkspaceParams,
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      return scoringHome(app.db, ws.id, requireAuth(request).user.id, ws.role);
    },
  );

  app.get(
    '/workspaces/:workspaceId/tasks',
    {
      config: { policy: { access: 'workspace', roles: 'any' } },
      schema: {
        response: { 200: TaskList },
        tags,
        summary:
          "Open tasks across modules (project tasks, stakeholder measures, benchmarking and evaluation recommendations, PDCA cycles, indicator values due) with a late flag: mine, or everyone's for the management team",
        params: WorkspaceParams,
        querystring: Type.Object(
          { scope: Type.Optional(Type.Union([Type.Literal('mine'), Type.Literal('all')])) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const scope = request.query.scope ?? 'mine';
      if (scope === 'all' && !SEES_ALL_TASKS.includes(ws.role))
        throw forbidden("Only the management team sees everyone's tasks");
      const tasks = await listTasks(
        app.db,
        ws.id,
        scope === 'all' ? {} : { userId: user.id, userName: user.name },
      );
      return {
        scope,
        canSeeAll: SEES_ALL_TASKS.includes(ws.role),
        counts: taskCounts(tasks, app.settings.dueSoonDays),
        tasks,
      };
    },
  );
}
