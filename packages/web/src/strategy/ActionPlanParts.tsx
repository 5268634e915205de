import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { del, post, put } from '../api';
import { useApi } from '../useApi';
import { Form, FormField, useForm } from '../layout/forms';
import { NewButton } from '../layout/Dialog';
import type { Choices, PlanDetail, PlanTask } from './strategyTypes';

/** What the screen of the action plan (issue 13, item 4) reads from the API (strategyTypes.ts). */
export type { Choices, PlanDetail, PlanTask };

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export const KINDS = ['task', 'milestone', 'deliverable'] as const;

interface TaskValues {
  task: string;
  parentId: string;
  kind: string;
  priority: string;
  status: string;
  startsOn: string;
  deadline: string;
  responsible: string;
  support: string;
  remarks: string;
  quickWin: boolean;
  goalId: string;
  elementId: string;
}

const valuesOf = (t: PlanTask | null, parentId: string | null): TaskValues => ({
  task: t?.task ?? '',
  parentId: t?.parentId ?? parentId ?? '',
  kind: t?.kind ?? 'task',
  priority: t?.priority ?? 'medium',
  status: t?.status ?? 'open',
  startsOn: t?.startsOn ?? '',
  deadline: t?.deadline ?? '',
  responsible: t?.responsible ? `${t.responsible.kind}:${t.responsible.id}` : '',
  support: t?.support ?? '',
  remarks: t?.remarks ?? '',
  quickWin: t?.quickWin ?? false,
  goalId: t?.goalId ?? '',
  elementId: t?.elementId ?? '',
});

/**
 * Adding or changing a task in a dialog: the server's refusals (a deadline after the plan's end
 * or the parent's, a circular parent link) show beside the field they concern.
 */
export function TaskForm({
  url,
  plan,
  tasks,
  choices,
  task,
  parentId,
  onDone,
}: {
  url: string;
  plan: PlanDetail['plan'];
  tasks: PlanTask[];
  choices: Choices | null;
  task: PlanTask | null;
  parentId: string | null;
  onDone(text: string): unknown;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState<TaskValues>(() => valuesOf(task, parentId));
  const set = (patch: Partial<TaskValues>) => setV((old) => ({ ...old, ...patch }));
  // A task cannot go under itself or its own sub-tasks: those are not offered (the server checks too).
  const below = new Set<string>();
  if (task) {
    below.add(task.id);
    for (const x of tasks) if (x.parentId && below.has(x.parentId)) below.add(x.id);
  }
  const [kind, id] = v.responsible.split(':');
  const body = {
    task: v.task,
    parentId: v.parentId || null,
    kind: v.kind,
    priority: v.priority,
    status: v.status,
    startsOn: v.startsOn || null,
    deadline: v.deadline || null,
    responsibleUserId: kind === 'user' ? id : null,
    responsibleActorId: kind === 'actor' ? id : null,
    support: v.support,
    remarks: v.remarks,
    quickWin: v.quickWin,
    goalId: v.goalId || null,
    elementId: v.elementId || null,
  };
  return (
    <Form
      form={form}
      aria-label={task ? t('actionPlan.editTask') : t('actionPlan.addTask')}
      onSubmit={() =>
        form.submit(
          () =>
            task
              ? put(`${url}/tasks/${task.id}`, { ...body, revision: task.revision })
              : post(`${url}/tasks`, body),
          null,
          () => onDone(task ? t('actionPlan.taskSaved') : t('actionPlan.taskAdded', { task: v.task })),
        )
      }
    >
      <FormField name="task" label={t('actionPlan.col.task')}>
        <textarea required rows={2} value={v.task} onChange={(e) => set({ task: e.target.value })} />
      </FormField>
      <FormField name="parentId" label={t('actionPlan.parent')} hint={t('actionPlan.parentHint')}>
        <select value={v.parentId} onChange={(e) => set({ parentId: e.target.value })}>
          <option value="">{t('actionPlan.topLevel')}</option>
          {tasks
            .filter((x) => !below.has(x.id))
            .map((x) => (
              <option key={x.id} value={x.id}>
                {x.number} {x.task}
              </option>
            ))}
        </select>
      </FormField>
      <div className="grid2">
        <FormField name="kind" label={t('actionPlan.kind')}>
          <select value={v.kind} onChange={(e) => set({ kind: e.target.value })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`actionPlan.kinds.${k}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField name="priority" label={t('actionPlan.col.priority')}>
          <select value={v.priority} onChange={(e) => set({ priority: e.target.value })}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`actionPlan.priorities.${p}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField name="startsOn" label={t('actionPlan.startsOn')}>
          <input type="date" value={v.startsOn} onChange={(e) => set({ startsOn: e.target.value })} />
        </FormField>
        <FormField
          name="deadline"
          label={t('actionPlan.col.deadline')}
          hint={t('actionPlan.deadlineHint', { date: plan.endsOn })}
        >
          <input type="date" value={v.deadline} onChange={(e) => set({ deadline: e.target.value })} />
        </FormField>
        <FormField name="responsibleUserId" label={t('actionPlan.col.responsible')}>
          <select value={v.responsible} onChange={(e) => set({ responsible: e.target.value })}>
            <option value="">{t('actionPlan.nobody')}</option>
            <optgroup label={t('actionPlan.logins')}>
              {(choices?.users ?? []).map((u) => (
                <option key={u.id} value={`user:${u.id}`}>
                  {u.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('actionPlan.registerActors')}>
              {(choices?.actors ?? []).map((a) => (
                <option key={a.id} value={`actor:${a.id}`}>
                  {a.name}
                </option>
              ))}
            </optgroup>
          </select>
        </FormField>
        <FormField name="status" label={t('actionPlan.col.status')}>
          <select value={v.status} onChange={(e) => set({ status: e.target.value })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`actionPlan.statuses.${s}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField name="goalId" label={t('actionPlan.goal')}>
          <select value={v.goalId} onChange={(e) => set({ goalId: e.target.value })}>
            <option value="">—</option>
            {(choices?.goals ?? []).map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </FormField>
        <FormField name="elementId" label={t('actionPlan.measure')}>
          <select value={v.elementId} onChange={(e) => set({ elementId: e.target.value })}>
            <option value="">—</option>
            {(choices?.elements ?? []).map((el) => (
              <option key={el.id} value={el.id}>
                {t(`actionPlan.elementKinds.${el.kind}`, { defaultValue: el.kind })}: {el.title}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <FormField name="support" label={t('actionPlan.col.support')}>
        <input value={v.support} onChange={(e) => set({ support: e.target.value })} />
      </FormField>
      <FormField name="remarks" label={t('actionPlan.col.remarks')}>
        <textarea rows={2} value={v.remarks} onChange={(e) => set({ remarks: e.target.value })} />
      </FormField>
      <label className="inline-field">
        <input type="checkbox" checked={v.quickWin} onChange={(e) => set({ quickWin: e.target.checked })} />
        {t('actionPlan.quickWinLabel')}
      </label>
      <p className="small muted">{t('actionPlan.quickWinHint')}</p>
      <button type="submit" disabled={form.busy}>
        {task ? t('actionPlan.save') : t('actionPlan.addTask')}
      </button>
    </Form>
  );
}

/** The green action plan's KPIs (ECCP 004:267): indicators of the results chain, linked or created. */
export function KpiSection({
  workspaceId,
  detail,
  canEdit,
  reload,
}: {
  workspaceId: string;
  detail: PlanDetail;
  canEdit: boolean;
  reload(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const url = `/workspaces/${workspaceId}/strategy/action-plan/${detail.plan.id}`;
  const indicators = useApi<{ indicators: { id: string; name: string }[] }>(
    canEdit ? `/workspaces/${workspaceId}/monitoring/indicators?limit=200` : null,
  );
  const linkForm = useForm();
  const newForm = useForm();
  const [indicatorId, setIndicatorId] = useState('');
  const [kpi, setKpi] = useState({ name: '', definition: '' });
  const linked = new Set(detail.kpis.map((k) => k.id));
  return (
    <section aria-labelledby="kpi-title">
      <h2 id="kpi-title">{t('actionPlan.kpis')}</h2>
      <p className="small muted">{t('actionPlan.kpisIntro')}</p>
      {detail.kpis.length === 0 ? (
        <p className="muted">{t('actionPlan.noKpis')}</p>
      ) : (
        <ul data-testid="kpis">
          {detail.kpis.map((k) => (
            <li key={k.id}>
              <Link to={`/w/${workspaceId}/monitoring/indicators/${k.id}`}>{k.name}</Link>
              {k.definition && <span className="small muted"> · {k.definition}</span>}{' '}
              {canEdit && (
                <button
                  type="button"
                  className="link"
                  aria-label={t('actionPlan.unlinkKpi', { name: k.name })}
                  onClick={() => void del(`${url}/kpis/${k.id}`).then(reload)}
                >
                  {t('actionPlan.unlink')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && detail.plan.status !== 'superseded' && (
        <div className="actions">
          <NewButton label={t('actionPlan.linkKpi')} className="secondary">
            {(close) => (
              <Form
                form={linkForm}
                aria-label={t('actionPlan.linkKpi')}
                onSubmit={() =>
                  linkForm.submit(
                    () => post(`${url}/kpis`, { indicatorId }),
                    null,
                    async () => (await reload(), close(t('actionPlan.kpiLinked'))),
                  )
                }
              >
                <FormField name="indicatorId" label={t('actionPlan.indicator')}>
                  <select required value={indicatorId} onChange={(e) => setIndicatorId(e.target.value)}>
                    <option value="">—</option>
                    {(indicators.data?.indicators ?? [])
                      .filter((i) => !linked.has(i.id))
                      .map((i) => (
                        <option key={i.id} value={i.id}>
                          {i.name}
                        </option>
                      ))}
                  </select>
                </FormField>
                <button type="submit">{t('actionPlan.linkKpi')}</button>
              </Form>
            )}
          </NewButton>
          <NewButton label={t('actionPlan.newKpi')}>
            {(close) => (
              <Form
                form={newForm}
                aria-label={t('actionPlan.newKpi')}
                onSubmit={() =>
                  newForm.submit(
                    () => post(`${url}/kpis`, kpi),
                    null,
                    async () => (
                      await reload(),
                      setKpi({ name: '', definition: '' }),
                      close(t('actionPlan.kpiLinked'))
                    ),
                  )
                }
              >
                <FormField name="name" label={t('actionPlan.kpiName')} hint={t('actionPlan.kpiNameHint')}>
                  <input
                    required
                    value={kpi.name}
                    onChange={(e) => setKpi({ ...kpi, name: e.target.value })}
                  />
                </FormField>
                <FormField name="definition" label={t('actionPlan.kpiDefinition')}>
                  <textarea
                    rows={2}
                    value={kpi.definition}
                    onChange={(e) => setKpi({ ...kpi, definition: e.target.value })}
                  />
                </FormField>
                <button type="submit">{t('actionPlan.newKpi')}</button>
              </Form>
            )}
          </NewButton>
        </div>
      )}
    </section>
  );
}

/** Starting a plan of a kind (a draft, version 1) when there is none yet. */
export function NewPlanForm({
  workspaceId,
  kind,
  onDone,
}: {
  workspaceId: string;
  kind: 'general' | 'green';
  onDone(id: string): unknown;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const year = new Date().getUTCFullYear();
  const [v, setV] = useState({
    title: kind === 'green' ? t('actionPlan.defaultGreenTitle') : t('actionPlan.defaultTitle'),
    startsOn: new Date().toISOString().slice(0, 10),
    endsOn: `${year + 1}-12-31`,
    reviewOn: '',
  });
  return (
    <Form
      form={form}
      className="panel"
      aria-labelledby="new-plan"
      onSubmit={() =>
        form.submit(
          () =>
            post<PlanDetail>(`/workspaces/${workspaceId}/strategy/action-plan`, {
              kind,
              title: v.title,
              startsOn: v.startsOn,
              endsOn: v.endsOn,
              reviewOn: v.reviewOn || null,
            }),
          null,
          (r) => onDone(r.plan.id),
        )
      }
    >
      <h2 id="new-plan" className="h-small">
        {kind === 'green' ? t('actionPlan.startGreen') : t('actionPlan.start')}
      </h2>
      <FormField name="title" label={t('actionPlan.title')}>
        <input required value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} />
      </FormField>
      <div className="grid2">
        <FormField name="startsOn" label={t('actionPlan.planStarts')}>
          <input
            type="date"
            required
            value={v.startsOn}
            onChange={(e) => setV({ ...v, startsOn: e.target.value })}
          />
        </FormField>
        <FormField name="endsOn" label={t('actionPlan.planEnds')}>
          <input
            type="date"
            required
            value={v.endsOn}
            onChange={(e) => setV({ ...v, endsOn: e.target.value })}
          />
        </FormField>
        <FormField name="reviewOn" label={t('actionPlan.reviewOn')} hint={t('actionPlan.reviewHint')}>
          <input type="date" value={v.reviewOn} onChange={(e) => setV({ ...v, reviewOn: e.target.value })} />
        </FormField>
      </div>
      <button type="submit" disabled={form.busy}>
        {t('actionPlan.startButton')}
      </button>
    </Form>
  );
}

/** Recording a periodic review (GIZ 001:2049) and the next review date. */
export function ReviewForm({ url, onDone }: { url: string; onDone(text: string): unknown }) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState({ notes: '', nextReviewOn: '' });
  return (
    <Form
      form={form}
      aria-label={t('actionPlan.recordReview')}
      onSubmit={() =>
        form.submit(
          () => post(`${url}/review`, { notes: v.notes, nextReviewOn: v.nextReviewOn || null }),
          null,
          () => onDone(t('actionPlan.reviewRecorded')),
        )
      }
    >
      <FormField name="notes" label={t('actionPlan.reviewNotes')}>
        <textarea rows={3} value={v.notes} onChange={(e) => setV({ ...v, notes: e.target.value })} />
      </FormField>
      <FormField name="nextReviewOn" label={t('actionPlan.nextReviewOn')} hint={t('actionPlan.reviewHint')}>
        <input
          type="date"
          value={v.nextReviewOn}
          onChange={(e) => setV({ ...v, nextReviewOn: e.target.value })}
        />
      </FormField>
      <button type="submit" disabled={form.busy}>
        {t('actionPlan.recordReview')}
      </button>
    </Form>
  );
}

/** Changing a plan's title, period and next review date; a plan changed meanwhile is refused. */
export function EditPlanForm({
  url,
  plan,
  onDone,
}: {
  url: string;
  plan: PlanDetail['plan'];
  onDone(text: string): unknown;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState({
    title: plan.title,
    startsOn: plan.startsOn,
    endsOn: plan.endsOn,
    reviewOn: plan.reviewOn ?? '',
  });
  return (
    <Form
      form={form}
      aria-label={t('actionPlan.editPlan')}
      onSubmit={() =>
        form.submit(
          () => put(url, { ...v, reviewOn: v.reviewOn || null, updatedAt: plan.updatedAt }),
          null,
          () => onDone(t('actionPlan.planSaved')),
        )
      }
    >
      <FormField name="title" label={t('actionPlan.title')}>
        <input required value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} />
      </FormField>
      <FormField name="startsOn" label={t('actionPlan.planStarts')}>
        <input
          type="date"
          required
          value={v.startsOn}
          onChange={(e) => setV({ ...v, startsOn: e.target.value })}
        />
      </FormField>
      <FormField name="endsOn" label={t('actionPlan.planEnds')} hint={t('actionPlan.endsHint')}>
        <input
          type="date"
          required
          value={v.endsOn}
          onChange={(e) => setV({ ...v, endsOn: e.target.value })}
        />
      </FormField>
      <FormField name="reviewOn" label={t('actionPlan.reviewOn')}>
        <input type="date" value={v.reviewOn} onChange={(e) => setV({ ...v, reviewOn: e.target.value })} />
      </FormField>
      <button type="submit" disabled={form.busy}>
        {t('actionPlan.savePlan')}
      </button>
    </Form>
  );
}
