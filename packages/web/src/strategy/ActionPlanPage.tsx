import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, post } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { Dialog, NewButton, useConfirm } from '../layout/Dialog';
import { useWorkspaceRole } from '../operations/OperationsNav';
import { Gantt, type GanttRow } from '../operations/Gantt';
import { ImportButton } from '../operations/ImportForm';
import { useDates } from '../home/HomeParts';
import { StrategyNav } from './StrategyNav';
import { EditPlanForm, KpiSection, NewPlanForm, ReviewForm, TaskForm } from './ActionPlanParts';
import type { Choices, PlanDetail, PlanList, PlanTask } from './strategyTypes';

const COLUMNS = [
  'no',
  'task',
  'priority',
  'deadline',
  'responsible',
  'support',
  'remarks',
  'status',
] as const;
/** Short columns stay on one line; the table is wider than a phone and scrolls in its own box. */
const NOWRAP = { whiteSpace: 'nowrap' } as const;
const SHORT = new Set<string>(['no', 'priority', 'deadline', 'status']);

/**
 * The action plan (issue 13, item 4; GIZ 001:2036–2061) and the green action plan (ECCP 004:267):
 * the guide's eight columns with hierarchical numbers, quick wins, milestones and late tasks marked,
 * tasks edited in a dialog, a Gantt view, XLSX/CSV export and import, versions and review dates.
 */
export function ActionPlanPage() {
  const { t } = useTranslation();
  const { date } = useDates();
  const { workspaceId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') === 'green' ? 'green' : 'general';
  const role = useWorkspaceRole();
  const team = ['owner', 'manager', 'staff'].includes(role);
  const managers = ['owner', 'manager'].includes(role);
  const base = `/workspaces/${workspaceId}/strategy/action-plan`;
  const list = useApi<PlanList>(base);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const planId = chosen[kind] || list.data?.current[kind] || null;
  const detail = useApi<PlanDetail>(planId ? `${base}/${planId}` : null);
  const choices = useApi<Choices>(team ? `${base}/choices` : null);
  const reloadAll = async () => {
    await list.reload();
    await detail.reload();
  };
  const { message, setMessage, act } = useAction(reloadAll);
  /** A change that shows another version afterwards: the list reloads, the new version loads itself. */
  const switching = async (fn: () => Promise<string>, ok: string) => {
    setMessage(null);
    try {
      const next = await fn();
      setChosen((old) => ({ ...old, [kind]: next }));
      await list.reload();
      setMessage({ ok: true, text: ok });
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
  };
  const [confirm, confirmDialog] = useConfirm();
  const [editing, setEditing] = useState<{ task: PlanTask | null; parentId: string | null } | null>(null);

  const choose = (id: string) => setChosen({ ...chosen, [kind]: id });
  const tabs = (
    <div className="actions" role="group" aria-label={t('actionPlan.plans')}>
      {(['general', 'green'] as const).map((k) => (
        <button
          key={k}
          type="button"
          className={k === kind ? undefined : 'secondary'}
          aria-pressed={k === kind}
          onClick={() => setParams(k === 'green' ? { kind: 'green' } : {})}
        >
          {t(`actionPlan.kinds2.${k}`)}
        </button>
      ))}
    </div>
  );

  const head = (
    <>
      <StrategyNav />
      <h1 id="action-plan-title">{t('actionPlan.heading')}</h1>
      <p className="muted">{t('actionPlan.intro')}</p>
      {tabs}
    </>
  );
  if (list.error) return <ErrorMessage error={list.error} />;
  if (!list.data) return <Loading />;
  if (!planId)
    return (
      <section aria-labelledby="action-plan-title">
        {head}
        <p className="muted">{kind === 'green' ? t('actionPlan.noGreenPlan') : t('actionPlan.noPlan')}</p>
        {team && (
          <NewPlanForm
            workspaceId={workspaceId}
            kind={kind}
            onDone={async (id) => (choose(id), await list.reload())}
          />
        )}
      </section>
    );
  if (detail.error) return <ErrorMessage error={detail.error} />;
  if (!detail.data || detail.data.plan.id !== planId)
    return (
      <section aria-labelledby="action-plan-title">
        {head}
        <Loading />
      </section>
    );
  const d = detail.data;
  const p = d.plan;
  const url = `${base}/${p.id}`;
  const editable = team && p.status !== 'superseded';
  const gantt: GanttRow[] = d.tasks
    .filter((x) => x.deadline)
    .map((x) => ({
      label: `${x.number} ${x.kind === 'milestone' ? '◆ ' : ''}${x.task}`,
      start: x.kind === 'milestone' ? x.deadline! : (x.startsOn ?? x.deadline!),
      end: x.deadline!,
      kind: x.status === 'done' ? 'done' : x.late ? 'late' : x.kind === 'milestone' ? 'milestone' : 'task',
    }));
  /** Moves a task one place up or down among its siblings (POST …/move keeps its parent). */
  const shift = (x: PlanTask, by: -1 | 1) => {
    const siblings = d.tasks.filter((y) => y.parentId === x.parentId);
    const at = siblings.findIndex((y) => y.id === x.id) + by;
    if (at < 0 || at >= siblings.length) return;
    void act(
      () => post(`${url}/tasks/${x.id}/move`, { parentId: x.parentId, position: at }),
      t('actionPlan.moved', { task: x.task }),
    );
  };
  const subTasks = (id: string) => {
    const gone = new Set([id]);
    for (const x of d.tasks) if (x.parentId && gone.has(x.parentId)) gone.add(x.id);
    return gone.size - 1;
  };

  return (
    <section aria-labelledby="action-plan-title">
      {head}
      <ActionNotice message={message} />
      {confirmDialog}
      <h2 data-testid="plan-title">
        {p.title}{' '}
        <span className="badge">
          {t('actionPlan.versionOf', { version: p.version })} · {t(`actionPlan.planStatus.${p.status}`)}
        </span>
      </h2>
      <dl className="baseline">
        <div>
          <dt>{t('actionPlan.period')}</dt>
          <dd>
            {date(p.startsOn)} – {date(p.endsOn)}
          </dd>
        </div>
        <div>
          <dt>{t('actionPlan.reviewOn')}</dt>
          <dd data-testid="review-on">{p.reviewOn ? date(p.reviewOn) : '—'}</dd>
        </div>
        {p.reviewedAt && (
          <div>
            <dt>{t('actionPlan.lastReview')}</dt>
            <dd>
              {date(p.reviewedAt)}
              {p.reviewNotes && <span className="small muted"> · {p.reviewNotes}</span>}
            </dd>
          </div>
        )}
      </dl>
      {p.reviewDue && (
        <p className="warning" role="status" data-testid="review-due">
          {t('actionPlan.reviewDue', { date: date(p.reviewOn!) })}
        </p>
      )}
      <p className="small muted">{t('actionPlan.reviewRule')}</p>
      <div className="actions">
        {d.versions.length > 1 && (
          <span className="inline-field">
            <label htmlFor="plan-version">{t('actionPlan.version')}</label>
            <select id="plan-version" value={p.id} onChange={(e) => choose(e.target.value)}>
              {d.versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {t('actionPlan.versionOf', { version: v.version })} ·{' '}
                  {t(`actionPlan.planStatus.${v.status}`)}
                </option>
              ))}
            </select>
          </span>
        )}
        {editable && (
          <NewButton label={t('actionPlan.editPlan')} className="secondary">
            {(close) => (
              <EditPlanForm url={url} plan={p} onDone={async (text) => (await reloadAll(), close(text))} />
            )}
          </NewButton>
        )}
        {editable && (
          <NewButton label={t('actionPlan.recordReview')} className="secondary">
            {(close) => <ReviewForm url={url} onDone={async (text) => (await reloadAll(), close(text))} />}
          </NewButton>
        )}
        {team && (
          <button
            type="button"
            className="secondary"
            onClick={() =>
              void switching(
                async () => (await post<PlanDetail>(`${url}/versions`)).plan.id,
                t('actionPlan.versionStarted'),
              )
            }
          >
            {t('actionPlan.newVersion')}
          </button>
        )}
        {managers && p.status === 'draft' && (
          <button
            type="button"
            onClick={() => void act(() => post(`${url}/agree`), t('actionPlan.agreedNotice'))}
          >
            {t('actionPlan.agree')}
          </button>
        )}
        {managers && (
          <button
            type="button"
            className="danger"
            onClick={async () => {
              if (
                await confirm({
                  message: t('actionPlan.deletePlanConfirm', { version: p.version, count: d.tasks.length }),
                  action: t('actionPlan.deletePlan'),
                })
              )
                void switching(async () => (await del(url), ''), t('actionPlan.planDeleted'));
            }}
          >
            {t('actionPlan.deletePlan')}
          </button>
        )}
      </div>

      <h2>{t('actionPlan.tasks')}</h2>
      <p className="small muted">{t('actionPlan.columnsRule')}</p>
      <div className="actions">
        {editable && (
          <button type="button" onClick={() => setEditing({ task: null, parentId: null })}>
            {t('actionPlan.addTaskButton')}
          </button>
        )}
        <a href={`/api/v1${base}/export?format=xlsx&planId=${p.id}`} download>
          {t('actionPlan.exportXlsx')}
        </a>
        <a href={`/api/v1${base}/export?format=csv&planId=${p.id}`} download>
          {t('actionPlan.exportCsv')}
        </a>
        {editable && (
          <ImportButton
            label={t('actionPlan.import')}
            url={`${base}/import?planId=${p.id}`}
            title={t('actionPlan.importTitle')}
            columns="NO, TASK, PRIORITY, DEADLINE, RESPONSIBLE, SUPPORT, REMARKS, STATUS"
            help={t('actionPlan.importHelp')}
            doneText={(count) => t('actionPlan.imported', { count })}
            onDone={reloadAll}
          />
        )}
      </div>
      {d.tasks.length === 0 ? (
        <p className="muted">{t('actionPlan.noTasks')}</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="action-plan-table" style={{ minWidth: '62rem' }}>
            <caption className="visually-hidden">{t('actionPlan.tableCaption', { title: p.title })}</caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col" style={SHORT.has(c) ? NOWRAP : undefined}>
                    {t(`actionPlan.col.${c}`)}
                  </th>
                ))}
                {editable && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {d.tasks.map((x) => (
                <tr key={x.id} className={x.late ? 'late' : undefined} data-testid="plan-task">
                  <th scope="row" style={NOWRAP}>
                    {x.number}
                  </th>
                  <td style={{ paddingInlineStart: `${0.5 + (x.depth - 1) * 1.25}rem` }}>
                    {x.kind === 'milestone' && <span aria-hidden="true">◆ </span>}
                    {x.depth === 1 ? <strong>{x.task}</strong> : x.task}{' '}
                    {x.kind !== 'task' && <span className="badge">{t(`actionPlan.kinds.${x.kind}`)}</span>}{' '}
                    {x.quickWin && <span className="badge spot">{t('actionPlan.quickWin')}</span>}
                    {(x.goal || x.element) && (
                      <div className="small muted">
                        {x.element
                          ? t('actionPlan.servesMeasure', { title: x.element })
                          : t('actionPlan.servesGoal', { title: x.goal })}
                      </div>
                    )}
                  </td>
                  <td style={NOWRAP}>{t(`actionPlan.priorities.${x.priority}`)}</td>
                  <td style={NOWRAP}>
                    {x.deadline ?? '—'}{' '}
                    {x.late && <span className="badge badge-late">{t('actionPlan.late')}</span>}
                  </td>
                  <td>
                    {x.responsible ? (
                      <>
                        {x.responsible.name}
                        {x.responsible.kind === 'actor' && (
                          <div className="small muted">{t('actionPlan.registerActor')}</div>
                        )}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{x.support}</td>
                  <td>{x.remarks}</td>
                  <td style={NOWRAP}>{t(`actionPlan.statuses.${x.status}`)}</td>
                  {editable && (
                    <td style={NOWRAP}>
                      <div className="actions">
                        <button
                          type="button"
                          className="link"
                          aria-label={t('actionPlan.editOf', { number: x.number })}
                          onClick={() => setEditing({ task: x, parentId: x.parentId })}
                        >
                          {t('actionPlan.edit')}
                        </button>
                        <button
                          type="button"
                          className="link"
                          aria-label={t('actionPlan.addSubTaskOf', { number: x.number })}
                          onClick={() => setEditing({ task: null, parentId: x.id })}
                        >
                          {t('actionPlan.addSubTask')}
                        </button>
                        <button
                          type="button"
                          className="link"
                          aria-label={t('actionPlan.moveUpOf', { number: x.number })}
                          onClick={() => shift(x, -1)}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="link"
                          aria-label={t('actionPlan.moveDownOf', { number: x.number })}
                          onClick={() => shift(x, 1)}
                        >
                          ↓
                        </button>
                        <button
                          type="button"
                          className="link danger"
                          aria-label={t('actionPlan.deleteOf', { number: x.number })}
                          onClick={async () => {
                            if (
                              await confirm({
                                message: t('actionPlan.deleteTaskConfirm', {
                                  task: x.task,
                                  count: subTasks(x.id),
                                }),
                                action: t('actionPlan.deleteTask'),
                              })
                            )
                              void act(() => del(`${url}/tasks/${x.id}`), t('actionPlan.taskDeleted'));
                          }}
                        >
                          {t('actionPlan.delete')}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Dialog
        open={!!editing}
        title={editing?.task ? t('actionPlan.editTask') : t('actionPlan.addTask')}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <TaskForm
            url={url}
            plan={p}
            tasks={d.tasks}
            choices={choices.data}
            task={editing.task}
            parentId={editing.parentId}
            onDone={async (text) => {
              setEditing(null);
              await act(async () => undefined, text);
            }}
          />
        )}
      </Dialog>

      <h2>{t('actionPlan.gantt')}</h2>
      {gantt.length === 0 ? (
        <p className="muted">{t('actionPlan.noDates')}</p>
      ) : (
        <Gantt
          rows={gantt}
          from={p.startsOn}
          to={p.endsOn}
          title={t('actionPlan.ganttOf', { title: p.title })}
        />
      )}
      {p.kind === 'green' && (
        <KpiSection workspaceId={workspaceId} detail={d} canEdit={team} reload={detail.reload} />
      )}
    </section>
  );
}
