import {
  PDCA_DECISIONS,
  PROCESS_KINDS,
  PROCESS_STAGES,
  nextPdcaPhase,
  type PdcaDecision,
  type PdcaPhase,
} from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import type { WorkspaceRole } from '../http/policy.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { TEAM, initiative, tags } from './shared.js';
import {
  CYCLE_COLUMNS,
  PROCESS_COLUMNS,
  type CycleRow,
  listProcesses,
  getProcess,
  getOpenCycle,
  asCycle,
  checkProcess,
} from './processes.service.js';
import { msg, word, oneOf } from '../i18n/index.js';
import { iso } from '../http/schemas.js';
import { PdcaCycle, PdcaCycleClosed, Process, ProcessDetail, ProcessList } from './projects.schemas.js';

/**
 * Process management (GIZ 001:3232–3305): the cluster process model of management, core, support
 * and learning processes, primary processes and their sub-processes, where each stands among the
 * five steps of introducing process management, and PDCA cycles that improve them.
 */

const DELETERS: readonly WorkspaceRole[] = ['owner', 'manager'];
const Params = Type.Object({ workspaceId: Type.String() });
const ProcessParams = Type.Object({ workspaceId: Type.String(), processId: Type.String({ format: 'uuid' }) });
const CycleParams = Type.Object({
  workspaceId: Type.String(),
  processId: Type.String({ format: 'uuid' }),
  cycleId: Type.String({ format: 'uuid' }),
});
const Text = (max: number) => Type.String({ maxLength: max });
const ProcessBody = Type.Object(
  {
    kind: Type.Union(PROCESS_KINDS.map((k) => Type.Literal(k))),
    name: Type.String({ maxLength: 200 }),
    parentId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
    owner: Type.Optional(Text(200)),
    purpose: Type.Optional(Text(5000)),
    steps: Type.Optional(Type.Array(Text(500), { maxItems: 100 })),
    stage: Type.Optional(Type.Union(PROCESS_STAGES.map((s) => Type.Literal(s)))),
  },
  { additionalProperties: false },
);
const CycleFields = {
  problem: Type.Optional(Text(5000)),
  goal: Type.Optional(Text(5000)),
  measures: Type.Optional(Text(10000)),
  doNotes: Type.Optional(Text(10000)),
  checkResult: Type.Optional(Text(10000)),
  actNotes: Type.Optional(Text(10000)),
};

const presentCycle = (c: CycleRow) => ({
  id: c.id,
  phase: c.phase as PdcaPhase,
  problem: c.problem,
  goal: c.goal,
  measures: c.measures,
  doNotes: c.do_notes,
  checkResult: c.check_result,
  actNotes: c.act_notes,
  decision: c.decision as PdcaDecision | null,
  startedAt: iso(c.started_at),
  closedAt: iso(c.closed_at),
});

export async function processRoutes(app: App) {
  const base = '/workspaces/:workspaceId/operations/processes';
  const team = { access: 'workspace' as const, roles: TEAM, kinds: initiative };

  app.get(
    base,
    {
      config: { policy: team },
      schema: {
        tags,
        summary:
          'The cluster process model: management, core, support and learning processes, primary and sub-processes, their step of the five (GIZ 001:3232–3262) and open PDCA cycle',
        params: Params,
        response: { 200: ProcessList },
      },
    },
    async (request) => ({ processes: await listProcesses(app.db, requireWorkspace(request).id) }),
  );

  app.post(
    base,
    {
      config: { policy: team },
      schema: {
        tags,
        summary: 'Add a process to the cluster process model',
        params: Params,
        body: ProcessBody,
        response: { 201: Process },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      await checkProcess(app.db, ws.id, b);
      const id = await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('processes')
          .values({
            workspace_id: ws.id,
            kind: b.kind,
            parent_id: b.parentId ?? null,
            name: b.name.trim(),
            owner: (b.owner ?? '').trim(),
            purpose: (b.purpose ?? '').trim(),
            steps: JSON.stringify((b.steps ?? []).map((s) => s.trim()).filter(Boolean)),
            stage: b.stage ?? 'modelled',
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'process.create',
          entity: 'process',
          entityId: row.id,
          newValue: b,
        });
        return row.id;
      });
      reply.status(201);
      return getProcess(app.db, ws.id, id);
    },
  );

  app.get(
    `${base}/:processId`,
    {
      config: { policy: team },
      schema: {
        tags,
        summary: 'A process with its PDCA cycles, newest first',
        params: ProcessParams,
        response: { 200: ProcessDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const p = await getProcess(app.db, ws.id, request.params.processId);
      const cycles = await app.db
        .selectFrom('pdca_cycles')
        .select([...CYCLE_COLUMNS])
        .where('process_id', '=', p.id)
        .orderBy('started_at', 'desc')
        .execute();
      return { ...p, cycles: cycles.map(presentCycle) };
    },
  );

  app.put(
    `${base}/:processId`,
    {
      config: { policy: team },
      schema: {
        tags,
        summary: 'Change a process',
        params: ProcessParams,
        body: ProcessBody,
        response: { 200: Process },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      const self = await app.db
        .selectFrom('processes')
        .select([...PROCESS_COLUMNS])
        .where('id', '=', request.params.processId)
        .where('workspace_id', '=', ws.id)
        .executeTakeFirst();
      if (!self) throw notFound('Process');
      await checkProcess(app.db, ws.id, b, self);
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('processes')
          .set({
            kind: b.kind,
            parent_id: b.parentId ?? null,
            name: b.name.trim(),
            owner: (b.owner ?? '').trim(),
            purpose: (b.purpose ?? '').trim(),
            steps: JSON.stringify((b.steps ?? []).map((s) => s.trim()).filter(Boolean)),
            stage: b.stage ?? self.stage,
            updated_at: new Date(),
          })
          .where('id', '=', self.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'process.update',
          entity: 'process',
          entityId: self.id,
          oldValue: self,
          newValue: b,
        });
      });
      return getProcess(app.db, ws.id, self.id);
    },
  );

  app.delete(
    `${base}/:processId`,
    {
      config: { policy: { ...team, roles: DELETERS } },
      schema: {
        tags,
        summary: 'Remove a process and its PDCA cycles (refused while it has sub-processes)',
        params: ProcessParams,
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const p = await getProcess(app.db, ws.id, request.params.processId);
      await app.db.transaction().execute(async (trx) => {
        const child = await trx
          .selectFrom('processes')
          .select('name')
          .where('parent_id', '=', p.id)
          .executeTakeFirst();
        if (child)
          throw conflict(
            msg`"${p.name}" still has sub-processes (such as "${child.name}"): remove or move them first`,
          );
        await trx.deleteFrom('processes').where('id', '=', p.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'process.delete',
          entity: 'process',
          entityId: p.id,
          oldValue: p,
        });
      });
      return reply.status(204).send();
    },
  );

  app.post(
    `${base}/:processId/cycles`,
    {
      config: { policy: team },
      schema: {
        tags,
        summary: 'Start a PDCA cycle with its PLAN: the problem, the goal and the measures (001:3279–3305)',
        params: ProcessParams,
        body: Type.Object(
          { problem: Text(5000), goal: Text(5000), measures: Text(10000) },
          { additionalProperties: false },
        ),
        response: { 201: PdcaCycle },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const p = await getProcess(app.db, ws.id, request.params.processId);
      if (p.openCycle)
        throw conflict('This process has an open PDCA cycle: close it before starting another');
      const b = request.body;
      const cycle = await app.db.transaction().execute(async (trx) => {
        const c = await trx
          .insertInto('pdca_cycles')
          .values({
            workspace_id: ws.id,
            process_id: p.id,
            problem: b.problem.trim(),
            goal: b.goal.trim(),
            measures: b.measures.trim(),
            created_by: userId,
          })
          .returning([...CYCLE_COLUMNS])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'pdca.start',
          entity: 'pdca_cycle',
          entityId: c.id,
          newValue: { process: p.id, ...b },
        });
        return c;
      });
      reply.status(201);
      return presentCycle(cycle);
    },
  );

  app.put(
    `${base}/:processId/cycles/:cycleId`,
    {
      config: { policy: team },
      schema: {
        tags,
        summary: 'Write down what a phase of an open cycle found',
        params: CycleParams,
        body: Type.Object(CycleFields, { additionalProperties: false }),
        response: { 200: PdcaCycle },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const c = await getOpenCycle(app.db, ws.id, request.params.processId, request.params.cycleId);
      const b = request.body;
      const set: Record<string, string> = {};
      const columns = {
        problem: 'problem',
        goal: 'goal',
        measures: 'measures',
        doNotes: 'do_notes',
        checkResult: 'check_result',
        actNotes: 'act_notes',
      } as const;
      for (const [k, col] of Object.entries(columns))
        if (b[k as keyof typeof b] !== undefined) set[col] = b[k as keyof typeof b]!.trim();
      const updated = await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('pdca_cycles')
          .set(set)
          .where('id', '=', c.id)
          .returning([...CYCLE_COLUMNS])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'pdca.update',
          entity: 'pdca_cycle',
          entityId: c.id,
          oldValue: presentCycle(c),
          newValue: b,
        });
        return row;
      });
      return presentCycle(updated);
    },
  );

  app.post(
    `${base}/:processId/cycles/:cycleId/advance`,
    {
      config: { policy: team },
      schema: {
        tags,
        summary:
          'Move an open cycle to its next phase once the current phase is written down (PLAN → DO → CHECK → ACT)',
        params: CycleParams,
        response: { 200: PdcaCycle },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const c = await getOpenCycle(app.db, ws.id, request.params.processId, request.params.cycleId);
      if (c.phase === 'act')
        throw conflict('ACT ends the cycle with a decision: standardise, or reflect and restart', [
          { field: 'phase', message: 'is act' },
        ]);
      const step = nextPdcaPhase(asCycle(c));
      if (!step.next)
        throw conflict(
          msg`The ${word(c.phase)} phase is not written down yet: ${oneOf(step.missing, 'and')}`,
          step.missing.map((field) => ({ field, message: 'is empty' })),
        );
      const updated = await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('pdca_cycles')
          .set({ phase: step.next })
          .where('id', '=', c.id)
          .where('phase', '=', c.phase)
          .returning([...CYCLE_COLUMNS])
          .executeTakeFirst();
        if (!row) throw conflict('The cycle changed meanwhile: reload it');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'pdca.advance',
          entity: 'pdca_cycle',
          entityId: c.id,
          oldValue: { phase: c.phase },
          newValue: { phase: step.next },
        });
        return row;
      });
      return presentCycle(updated);
    },
  );

  app.post(
    `${base}/:processId/cycles/:cycleId/close`,
    {
      config: { policy: team },
      schema: {
        tags,
        summary:
          'End a cycle: in ACT standardise (an implemented process reaches its fifth step, optimised) or restart; in DO or CHECK restart when the measures proved invalid (a new cycle on the same problem)',
        params: CycleParams,
        body: Type.Object(
          {
            decision: Type.Union(PDCA_DECISIONS.map((d) => Type.Literal(d))),
            actNotes: Type.Optional(Text(10000)),
          },
          { additionalProperties: false },
        ),
        response: { 200: PdcaCycleClosed },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const c = await getOpenCycle(app.db, ws.id, request.params.processId, request.params.cycleId);
      const b = request.body;
      // DO and CHECK test the validity of the measures: "If invalid, go back to the first step and
      // restart the cycle" (001:3304–3305, 001:3289); standardising is ACT's alone (001:3284).
      const mayClose = b.decision === 'restart' ? c.phase !== 'plan' : c.phase === 'act';
      if (!mayClose)
        throw conflict(
          b.decision === 'restart'
            ? msg`A cycle restarts once its measures were tried (DO, CHECK or ACT); this one is in ${word(c.phase)}`
            : msg`A cycle ends in ACT; this one is in ${word(c.phase)}`,
          [{ field: 'phase', message: msg`is ${word(c.phase)}` }],
        );
      return app.db.transaction().execute(async (trx) => {
        const closed = await trx
          .updateTable('pdca_cycles')
          .set({
            decision: b.decision,
            act_notes: (b.actNotes ?? c.act_notes).trim(),
            closed_at: new Date(),
          })
          .where('id', '=', c.id)
          .where('closed_at', 'is', null)
          .returning([...CYCLE_COLUMNS])
          .executeTakeFirst();
        if (!closed) throw conflict('The cycle was closed meanwhile: reload it');
        let next: CycleRow | null = null;
        let optimised = false;
        if (b.decision === 'standardise')
          // "Implement the new standard on a wider scale" (001:3284). The five steps of introducing
          // process management stay in order (001:3258–3262): a standardised cycle optimises an
          // implemented process (step 4 → 5) and leaves an earlier step where it is.
          optimised =
            (
              await trx
                .updateTable('processes')
                .set({ stage: 'optimised', updated_at: new Date() })
                .where('id', '=', request.params.processId)
                .where('stage', '=', 'implemented')
                .executeTakeFirst()
            ).numUpdatedRows > 0n;
        else
          // "Reflect and restart the cycle if it did not work" (001:3285).
          next = await trx
            .insertInto('pdca_cycles')
            .values({
              workspace_id: ws.id,
              process_id: request.params.processId,
              problem: c.problem,
              created_by: userId,
            })
            .returning([...CYCLE_COLUMNS])
            .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'pdca.close',
          entity: 'pdca_cycle',
          entityId: c.id,
          newValue: { decision: b.decision, next: next?.id ?? null, optimised },
        });
        return { cycle: presentCycle(closed), next: next ? presentCycle(next) : null, optimised };
      });
    },
  );
}
