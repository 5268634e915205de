/**
 * Process management: the processes with their counts, an open PDCA cycle, and the checks of a process, beside the routes of processes.routes.ts.
 */
import {
  PROCESS_KINDS,
  type PdcaCycle,
  type PdcaPhase,
  type ProcessKind,
  type ProcessStage,
} from '@agglomera/methods';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { msg, word } from '../i18n/index.js';
import { iso } from '../http/schemas.js';

export type ProcessRow = {
  id: string;
  kind: string;
  parent_id: string | null;
  name: string;
  owner: string;
  purpose: string;
  steps: unknown;
  stage: string;
  updated_at: Date;
};
export type CycleRow = {
  id: string;
  phase: string;
  problem: string;
  goal: string;
  measures: string;
  do_notes: string;
  check_result: string;
  act_notes: string;
  decision: string | null;
  started_at: Date;
  closed_at: Date | null;
};

export const PROCESS_COLUMNS = [
  'id',
  'kind',
  'parent_id',
  'name',
  'owner',
  'purpose',
  'steps',
  'stage',
  'updated_at',
] as const;
export const CYCLE_COLUMNS = [
  'id',
  'phase',
  'problem',
  'goal',
  'measures',
  'do_notes',
  'check_result',
  'act_notes',
  'decision',
  'started_at',
  'closed_at',
] as const;

export async function listProcesses(db: Database, workspaceId: string, only?: string) {
  let q = db
    .selectFrom('processes as p')
    .select(PROCESS_COLUMNS.map((c) => `p.${c}` as const))
    .select((eb) => [
      eb
        .selectFrom('pdca_cycles as c')
        .select(sql<string>`count(*)::int`.as('n'))
        .whereRef('c.process_id', '=', 'p.id')
        .as('cycles'),
      eb
        .selectFrom('pdca_cycles as c')
        .select(sql<unknown>`json_build_object('id', c.id, 'phase', c.phase)`.as('o'))
        .whereRef('c.process_id', '=', 'p.id')
        .where('c.closed_at', 'is', null)
        .as('open_cycle'),
    ])
    .where('p.workspace_id', '=', workspaceId);
  if (only) q = q.where('p.id', '=', only);
  const rows = await q
    .orderBy('p.kind')
    .orderBy(sql`lower(p.name)`)
    .execute();
  const present = (r: (typeof rows)[number]) => ({
    id: r.id,
    kind: r.kind as ProcessKind,
    parentId: r.parent_id,
    name: r.name,
    owner: r.owner,
    purpose: r.purpose,
    steps: r.steps as string[],
    stage: r.stage as ProcessStage,
    openCycle: (r.open_cycle as { id: string; phase: PdcaPhase } | null) ?? null,
    cycles: Number(r.cycles ?? 0),
    updatedAt: iso(r.updated_at),
  });
  // The model in reading order: by kind, each primary process followed by its sub-processes.
  const out: ReturnType<typeof present>[] = [];
  const ordered = PROCESS_KINDS.flatMap((k) => rows.filter((r) => r.kind === k));
  for (const r of ordered.filter((x) => !x.parent_id || only)) {
    out.push(present(r));
    if (!only) for (const s of ordered.filter((x) => x.parent_id === r.id)) out.push(present(s));
  }
  return out;
}

export async function getProcess(db: Database, workspaceId: string, processId: string) {
  const [p] = await listProcesses(db, workspaceId, processId);
  if (!p) throw notFound('Process');
  return p;
}

/**
 * An open cycle of a process of this workspace: 404 when the process or the cycle is not there,
 * 409 when the cycle is closed (nothing in it changes any more).
 */
export async function getOpenCycle(
  db: Database,
  workspaceId: string,
  processId: string,
  cycleId: string,
): Promise<CycleRow> {
  const c = await db
    .selectFrom('pdca_cycles')
    .select([...CYCLE_COLUMNS])
    .where('id', '=', cycleId)
    .where('process_id', '=', processId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!c) throw notFound('PDCA cycle');
  if (c.closed_at) throw conflict('This PDCA cycle is closed');
  return c;
}

export const asCycle = (c: CycleRow): PdcaCycle => ({
  phase: c.phase as PdcaPhase,
  problem: c.problem,
  goal: c.goal,
  measures: c.measures,
  doNotes: c.do_notes,
  checkResult: c.check_result,
});

/** Checks a process against the model: a name, and at most two levels of the same kind. */
export async function checkProcess(
  db: Database,
  workspaceId: string,
  b: { kind: string; name: string; parentId?: string | null },
  self?: ProcessRow,
) {
  if (!b.name.trim())
    throw badRequest('validation_failed', 'A process needs a name', [
      { field: 'body.name', message: 'is empty' },
    ]);
  const taken = await db
    .selectFrom('processes')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where(sql`lower(name)`, '=', b.name.trim().toLowerCase())
    .executeTakeFirst();
  if (taken && taken.id !== self?.id)
    throw conflict(msg`A process named "${b.name.trim()}" exists already`, [
      { field: 'body.name', message: 'is taken' },
    ]);
  if (b.parentId) {
    const parent = await db
      .selectFrom('processes')
      .select(['id', 'kind', 'parent_id'])
      .where('id', '=', b.parentId)
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    if (!parent || parent.id === self?.id)
      throw badRequest('validation_failed', 'The parent is not a process of this cluster initiative', [
        { field: 'body.parentId', message: 'is not a process here' },
      ]);
    if (parent.parent_id)
      throw badRequest(
        'validation_failed',
        'A sub-process belongs to a primary process, not to another sub-process',
        [{ field: 'body.parentId', message: 'is a sub-process' }],
      );
    if (parent.kind !== b.kind)
      throw badRequest(
        'validation_failed',
        msg`A sub-process has the kind of its primary process (${word(parent.kind)})`,
        [{ field: 'body.kind', message: msg`must be ${word(parent.kind)}` }],
      );
    if (self) {
      const children = await db
        .selectFrom('processes')
        .select('id')
        .where('parent_id', '=', self.id)
        .executeTakeFirst();
      if (children)
        throw badRequest('validation_failed', 'A process with sub-processes cannot become a sub-process', [
          { field: 'body.parentId', message: 'the process has sub-processes' },
        ]);
    }
  }
  if (self && !b.parentId && self.kind !== b.kind) {
    const child = await db
      .selectFrom('processes')
      .select('id')
      .where('parent_id', '=', self.id)
      .executeTakeFirst();
    if (child)
      throw badRequest(
        'validation_failed',
        'Change the kind of the sub-processes with their primary process',
        [{ field: 'body.kind', message: 'the process has sub-processes of its kind' }],
      );
  }
}
