import {
  BLUEPRINT_STEPS,
  GIZ_STAGES,
  STAGE_ALIGNMENT,
  UNIDO_PHASES,
  isStage,
  keyQuestionIndex,
  stageDefinition,
  type Stage,
} from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg, oneOf } from '../i18n/index.js';

/**
 * The screen of each tool that has one, as a path under the workspace (the web app's routes). A tool
 * missing here is shown as "not available yet". Which screen serves a tool is the platform's
 * reading of the GIZ guide's tool descriptions: "involve key actors" is the register where key
 * actors get their role (instigator, multiplier, objector…), "raise awareness" the first dialogue
 * event (001_2b00e659d173dc60.txt:1488–1515), fields of action the objectives × fields-of-action
 * matrix of the service catalogue.
 */
export const TOOL_SCREENS: Readonly<Record<string, string>> = {
  'cluster-mapping': 'map',
  'value-chain-mapping': 'diagnose/value-chain',
  swot: 'diagnose/analysis',
  'stakeholder-analysis': 'diagnose/stakeholders',
  'involve-key-actors': 'diagnose',
  'raise-awareness': 'operations/events',
  'needs-ranking': 'diagnose/needs',
  'fields-of-action': 'operations/services',
  'develop-services': 'operations/services',
  'marketing-pr': 'operations/communication',
  'monitoring-system': 'monitoring',
  'process-management': 'operations/processes',
  'project-management': 'operations/projects',
  'attract-members': 'operations',
  'membership-relations': 'operations',
  'evaluation-benchmarking': 'monitoring/evaluations',
  'service-portfolio': 'operations/service-portfolio',
  'develop-goals': 'strategy/goals',
  'business-canvas': 'strategy/canvas',
  'cluster-strategy': 'strategy',
  'action-plan': 'strategy/action-plan',
  'strategy-realignment': 'strategy/realignment',
  internationalisation: 'strategy/internationalisation',
  'strategic-foresight': 'strategy/roadmaps',
  'change-innovation': 'strategy/roadmaps',
  'prepare-organisation': 'organisation',
  'financial-plan': 'organisation/financial-plan',
  'legal-form': 'organisation/legal-form',
  governance: 'organisation/governance',
  staffing: 'organisation/staff',
  agreements: 'organisation/agreements',
  'staff-development': 'organisation/staff',
};

/**
 * Screens that serve a UNIDO phase or a MarketMakers blueprint step, for the phases whose work the
 * platform holds: UNIDO's phase 4, vision building and action planning in feedback loops
 * (002:247–249), is the cluster strategy and its action plan; MarketMakers' step 4, the consultation
 * that gathers mission, vision, priorities and a long list of services (000:133–135), is the
 * strategy and the service catalogue; its step 5 validates the business plan (000:137). Which
 * screen serves which phase is the platform's reading of those passages.
 */
export const PHASE_SCREENS: {
  unido: Readonly<Record<number, readonly string[]>>;
  blueprint: Readonly<Record<number, readonly string[]>>;
} = {
  unido: { 4: ['strategy', 'strategy/goals', 'strategy/action-plan'] },
  blueprint: {
    4: ['strategy', 'operations/services'],
    5: ['organisation/business-plan'],
  },
};

/** Tools with a working screen. */
export const AVAILABLE_TOOLS: ReadonlySet<string> = new Set(Object.keys(TOOL_SCREENS));

export async function getLifecycle(db: Database, workspaceId: string) {
  const state = await db
    .selectFrom('lifecycle_states')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!state) throw notFound('Lifecycle of this cluster initiative');
  const answers = await db
    .selectFrom('key_question_answers')
    .leftJoin('users', 'users.id', 'key_question_answers.updated_by')
    .select([
      'key_question_answers.question_id',
      'key_question_answers.checked',
      'key_question_answers.answer',
      'key_question_answers.evidence',
      'key_question_answers.updated_at',
      'users.name as updated_by_name',
    ])
    .where('key_question_answers.workspace_id', '=', workspaceId)
    .execute();
  const byQuestion = new Map(answers.map((a) => [a.question_id, a]));
  const changes = await db
    .selectFrom('lifecycle_changes')
    .leftJoin('users', 'users.id', 'lifecycle_changes.changed_by')
    .select([
      'lifecycle_changes.id',
      'lifecycle_changes.field',
      'lifecycle_changes.from_value',
      'lifecycle_changes.to_value',
      'lifecycle_changes.reason',
      'lifecycle_changes.changed_at',
      'users.name as changed_by_name',
    ])
    .where('lifecycle_changes.workspace_id', '=', workspaceId)
    .orderBy('lifecycle_changes.id', 'desc')
    .limit(100)
    .execute();
  return {
    stage: state.stage as Stage,
    unidoPhase: state.unido_phase,
    blueprintStep: state.blueprint_step,
    updatedAt: new Date(state.updated_at).toISOString(),
    alignment: STAGE_ALIGNMENT,
    stages: GIZ_STAGES.map((s) => ({
      id: s.id,
      name: s.name,
      source: s.source,
      keyQuestions: s.keyQuestions.map((q) => {
        const a = byQuestion.get(q.id);
        return {
          ...q,
          checked: a?.checked ?? false,
          answer: a?.answer ?? '',
          evidence: a?.evidence ?? '',
          updatedAt: a ? new Date(a.updated_at).toISOString() : null,
          updatedBy: a?.updated_by_name ?? null,
        };
      }),
      steps: s.steps.map((st) => ({
        ...st,
        tools: st.tools.map((t) => ({
          ...t,
          available: AVAILABLE_TOOLS.has(t.id),
          screen: TOOL_SCREENS[t.id] ?? null,
        })),
      })),
    })),
    unidoPhases: UNIDO_PHASES.map((p) => ({ ...p, screens: [...(PHASE_SCREENS.unido[p.number] ?? [])] })),
    blueprintSteps: BLUEPRINT_STEPS.map((p) => ({
      ...p,
      screens: [...(PHASE_SCREENS.blueprint[p.number] ?? [])],
    })),
    changes: changes.map((c) => ({
      ...c,
      id: String(c.id),
      changed_at: new Date(c.changed_at).toISOString(),
    })),
  };
}

export async function answerKeyQuestion(
  db: Database,
  workspaceId: string,
  userId: string,
  questionId: string,
  input: { checked: boolean; answer: string; evidence: string },
) {
  if (!keyQuestionIndex().has(questionId)) throw notFound(msg`Key question "${questionId}"`);
  if (input.checked && !input.answer.trim() && !input.evidence.trim())
    throw badRequest('evidence_required', 'A ticked key question needs an answer or evidence', {
      field: 'body.evidence',
    });
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('key_question_answers')
      .select(['checked', 'answer', 'evidence'])
      .where('workspace_id', '=', workspaceId)
      .where('question_id', '=', questionId)
      .forUpdate()
      .executeTakeFirst();
    await trx
      .insertInto('key_question_answers')
      .values({ workspace_id: workspaceId, question_id: questionId, ...input, updated_by: userId })
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'question_id'])
          .doUpdateSet({ ...input, updated_by: userId, updated_at: new Date() }),
      )
      .execute();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'lifecycle.key_question',
      entity: 'key_question',
      entityId: questionId,
      oldValue: before ?? null,
      newValue: input,
    });
  });
}

export type LifecycleField = 'stage' | 'unido_phase' | 'blueprint_step';

/** Moves the initiative in one of the three sequences; every move keeps date, who and why. */
export async function changeLifecycle(
  db: Database,
  workspaceId: string,
  userId: string,
  input: { field: LifecycleField; to: string | number | null; reason: string },
) {
  const reason = input.reason.trim();
  if (!reason) throw badRequest('reason_required', 'Say why the initiative moves', { field: 'body.reason' });
  let value: string | number | null;
  if (input.field === 'stage') {
    if (typeof input.to !== 'string' || !isStage(input.to))
      throw badRequest('invalid_stage', msg`body.to must be one of ${oneOf(GIZ_STAGES.map((s) => s.id))}`, {
        field: 'body.to',
      });
    value = stageDefinition(input.to).id;
  } else if (input.field === 'unido_phase') {
    if (typeof input.to !== 'number' || !UNIDO_PHASES.some((p) => p.number === input.to))
      throw badRequest('invalid_phase', 'body.to must be a UNIDO phase from 1 to 6', { field: 'body.to' });
    value = input.to;
  } else {
    if (
      input.to !== null &&
      (typeof input.to !== 'number' || !BLUEPRINT_STEPS.some((p) => p.number === input.to))
    )
      throw badRequest(
        'invalid_step',
        'body.to must be a blueprint step from 1 to 9, or null when no funder follows the blueprint',
        { field: 'body.to' },
      );
    value = input.to;
  }
  return db.transaction().execute(async (trx) => {
    const state = await trx
      .selectFrom('lifecycle_states')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .forUpdate()
      .executeTakeFirst();
    if (!state) throw notFound('Lifecycle of this cluster initiative');
    const from = state[input.field];
    if (from === value) throw conflict(msg`The initiative is already at ${input.field} ${String(value)}`);
    await trx
      .updateTable('lifecycle_states')
      .set({ [input.field]: value, updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .execute();
    const change = await trx
      .insertInto('lifecycle_changes')
      .values({
        workspace_id: workspaceId,
        field: input.field,
        from_value: from === null ? null : String(from),
        to_value: value === null ? null : String(value),
        reason,
        changed_by: userId,
      })
      .returning(['id', 'changed_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: `lifecycle.${input.field}`,
      entity: 'lifecycle',
      entityId: workspaceId,
      oldValue: { [input.field]: from },
      newValue: { [input.field]: value, reason },
    });
    return { id: String(change.id), changedAt: new Date(change.changed_at).toISOString() };
  });
}
