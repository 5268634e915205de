import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post, put } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { formatNumber } from '../i18n';
import { OperationsNav, useWorkspaceRole } from './OperationsNav';
import { Gantt, type GanttRow } from './Gantt';
import type { ApiGet } from '../api/types';
import type { ProjectDetail } from './project-types';

/** One project: plan, timeline, budget vs actual, progress reports and closing with lessons learned. */
export function ProjectPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '', projectId = '' } = useParams();
  const board = ['owner', 'manager'].includes(useWorkspaceRole());
  const d = useApi<ProjectDetail>(`/workspaces/${workspaceId}/projects/${projectId}`);
  const users = useApi<ApiGet<'/workspaces/{workspaceId}/members'>>(`/workspaces/${workspaceId}/members`);
  const { message, act } = useAction(() => d.reload());
  const [wp, setWp] = useState('');
  const [task, setTask] = useState({
    title: '',
    workPackageId: '',
    ownerUserId: '',
    startsOn: '',
    dueOn: '',
  });
  const [milestone, setMilestone] = useState({ title: '', dueOn: '' });
  const [line, setLine] = useState({ category: '', planned: '', actual: '' });
  const [report, setReport] = useState({ reportedOn: new Date().toISOString().slice(0, 10), progress: '' });
  const [lessons, setLessons] = useState('');
  if (d.error) return <ErrorMessage error={d.error} />;
  if (!d.data) return <Loading />;
  const { project: p } = d.data;
  const url = `/workspaces/${workspaceId}/projects/${projectId}`;
  const open = !p.closed_on;
  const money = (v: number) => `${formatNumber(v, i18n.language, 2)} ${p.currency}`;
  const wpTitle = (id: string | null) => d.data!.workPackages.find((w) => w.id === id)?.title;
  const rows: GanttRow[] = [
    ...d.data.tasks.map((x) => ({
      label: wpTitle(x.work_package_id) ? `${wpTitle(x.work_package_id)}: ${x.title}` : x.title,
      start: x.starts_on,
      end: x.due_on,
      kind: (x.done_on ? 'done' : x.late ? 'late' : 'task') as GanttRow['kind'],
    })),
    ...d.data.milestones.map((m) => ({
      label: `◆ ${m.title}`,
      start: m.due_on,
      end: m.due_on,
      kind: 'milestone' as const,
    })),
  ];

  return (
    <section aria-labelledby="project-title">
      <h1 id="project-title">{p.title}</h1>
      <OperationsNav />
      <ActionNotice message={message} />
      <p>
        <Link to={`/w/${workspaceId}/operations/projects`}>{t('projects.back')}</Link>
      </p>
      <dl className="baseline">
        <div>
          <dt>{t('projects.type')}</dt>
          <dd>{t(`projects.types.${p.project_type}`)}</dd>
        </div>
        <div>
          <dt>{t('projects.financingLabel')}</dt>
          <dd>{t(`projects.financing.${p.project_type}`, { defaultValue: p.financing })}</dd>
        </div>
        <div>
          <dt>{t('projects.phase')}</dt>
          <dd data-testid="project-phase">
            {p.closed_on ? t('projects.closedOn', { date: p.closed_on }) : t(`projects.phases.${p.phase}`)}
          </dd>
        </div>
        <div>
          <dt>{t('projects.dates')}</dt>
          <dd>
            {p.starts_on} – {p.ends_on}
          </dd>
        </div>
      </dl>
      {p.goal && <p>{p.goal}</p>}
      {board && open && d.data.nextPhase && (
        <button
          type="button"
          onClick={() =>
            void act(
              () => put(`${url}/phase`, { phase: d.data!.nextPhase }),
              t('projects.phaseMoved', { phase: t(`projects.phases.${d.data!.nextPhase}`) }),
            )
          }
        >
          {t('projects.moveTo', { phase: t(`projects.phases.${d.data.nextPhase}`) })}
        </button>
      )}

      <h2>{t('projects.timeline')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('projects.noPlan')}</p>
      ) : (
        <Gantt
          rows={rows}
          from={p.starts_on}
          to={p.ends_on}
          title={t('projects.timelineOf', { title: p.title })}
        />
      )}
      {d.data.tasks.length > 0 && (
        <table>
          <caption>{t('projects.tasks')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('projects.task')}</th>
              <th scope="col">{t('projects.owner')}</th>
              <th scope="col">{t('projects.deadline')}</th>
              <th scope="col">{t('projects.done')}</th>
            </tr>
          </thead>
          <tbody>
            {d.data.tasks.map((x) => (
              <tr key={x.id} className={x.late ? 'late' : ''}>
                <td>
                  {x.title}
                  {wpTitle(x.work_package_id) && (
                    <div className="small muted">{wpTitle(x.work_package_id)}</div>
                  )}
                </td>
                <td>{x.owner ?? '—'}</td>
                <td>
                  {x.due_on} {x.late && <span className="badge warn">{t('projects.late')}</span>}
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('projects.doneOf', { title: x.title })}
                    checked={!!x.done_on}
                    onChange={(e) =>
                      void act(
                        () =>
                          put(`${url}/tasks/${x.id}/done`, {
                            doneOn: e.target.checked ? new Date().toISOString().slice(0, 10) : null,
                          }),
                        t('projects.taskSaved'),
                      )
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {open && (
        <div className="grid2">
          <form
            className="panel"
            aria-labelledby="p-wp"
            onSubmit={(e) => {
              e.preventDefault();
              void act(async () => {
                await post(`${url}/work-packages`, { title: wp });
                setWp('');
              }, t('projects.wpAdded'));
            }}
          >
            <h3 id="p-wp">{t('projects.addWp')}</h3>
            <label>
              {t('projects.wpTitle')}
              <input required value={wp} onChange={(e) => setWp(e.target.value)} />
            </label>
            <button type="submit">{t('projects.add')}</button>
          </form>
          <form
            className="panel"
            aria-labelledby="p-task"
            onSubmit={(e) => {
              e.preventDefault();
              void act(async () => {
                await post(`${url}/tasks`, {
                  title: task.title,
                  startsOn: task.startsOn,
                  dueOn: task.dueOn,
                  ...(task.workPackageId ? { workPackageId: task.workPackageId } : {}),
                  ...(task.ownerUserId ? { ownerUserId: task.ownerUserId } : {}),
                });
                setTask({ ...task, title: '' });
              }, t('projects.taskAdded'));
            }}
          >
            <h3 id="p-task">{t('projects.addTask')}</h3>
            <label>
              {t('projects.task')}
              <input
                required
                value={task.title}
                onChange={(e) => setTask({ ...task, title: e.target.value })}
              />
            </label>
            <label>
              {t('projects.workPackage')}
              <select
                value={task.workPackageId}
                onChange={(e) => setTask({ ...task, workPackageId: e.target.value })}
              >
                <option value="">—</option>
                {d.data.workPackages.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.title}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('projects.owner')}
              <select
                value={task.ownerUserId}
                onChange={(e) => setTask({ ...task, ownerUserId: e.target.value })}
              >
                <option value="">—</option>
                {(users.data?.members ?? [])
                  .filter((u) => u.role !== 'member')
                  .map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
              </select>
            </label>
            <label>
              {t('projects.startsOn')}
              <input
                required
                type="date"
                value={task.startsOn}
                onChange={(e) => setTask({ ...task, startsOn: e.target.value })}
              />
            </label>
            <label>
              {t('projects.deadline')}
              <input
                required
                type="date"
                value={task.dueOn}
                onChange={(e) => setTask({ ...task, dueOn: e.target.value })}
              />
            </label>
            <button type="submit">{t('projects.add')}</button>
          </form>
          <form
            className="panel"
            aria-labelledby="p-ms"
            onSubmit={(e) => {
              e.preventDefault();
              void act(async () => {
                await post(`${url}/milestones`, milestone);
                setMilestone({ title: '', dueOn: '' });
              }, t('projects.milestoneAdded'));
            }}
          >
            <h3 id="p-ms">{t('projects.addMilestone')}</h3>
            <label>
              {t('projects.milestone')}
              <input
                required
                value={milestone.title}
                onChange={(e) => setMilestone({ ...milestone, title: e.target.value })}
              />
            </label>
            <label>
              {t('projects.dueOn')}
              <input
                required
                type="date"
                value={milestone.dueOn}
                onChange={(e) => setMilestone({ ...milestone, dueOn: e.target.value })}
              />
            </label>
            <button type="submit">{t('projects.add')}</button>
          </form>
          <form
            className="panel"
            aria-labelledby="p-budget"
            onSubmit={(e) => {
              e.preventDefault();
              void act(async () => {
                await post(`${url}/budget-lines`, {
                  category: line.category,
                  planned: Number(line.planned),
                  ...(line.actual !== '' ? { actual: Number(line.actual) } : {}),
                });
                setLine({ category: '', planned: '', actual: '' });
              }, t('projects.budgetSaved'));
            }}
          >
            <h3 id="p-budget">{t('projects.addBudget')}</h3>
            <label>
              {t('projects.category')}
              <input
                required
                value={line.category}
                onChange={(e) => setLine({ ...line, category: e.target.value })}
              />
            </label>
            <label>
              {t('projects.planned')}
              <input
                required
                type="number"
                step="0.01"
                value={line.planned}
                onChange={(e) => setLine({ ...line, planned: e.target.value })}
              />
            </label>
            <label>
              {t('projects.actual')}
              <input
                type="number"
                step="0.01"
                value={line.actual}
                onChange={(e) => setLine({ ...line, actual: e.target.value })}
              />
            </label>
            <button type="submit">{t('common.save')}</button>
          </form>
        </div>
      )}

      <h2>{t('projects.budgetVsActual')}</h2>
      {d.data.budget.rows.length === 0 ? (
        <p className="muted">{t('projects.noBudget')}</p>
      ) : (
        <table data-testid="budget">
          <thead>
            <tr>
              <th scope="col">{t('projects.category')}</th>
              <th scope="col">{t('projects.planned')}</th>
              <th scope="col">{t('projects.actual')}</th>
              <th scope="col">{t('projects.variance')}</th>
              <th scope="col">{t('projects.spent')}</th>
            </tr>
          </thead>
          <tbody>
            {[...d.data.budget.rows, { category: t('projects.total'), ...d.data.budget.total }].map((r) => (
              <tr key={r.category} className={r.variance < 0 ? 'late' : ''}>
                <th scope="row">{r.category}</th>
                <td>{money(r.planned)}</td>
                <td>{money(r.actual)}</td>
                <td>{money(r.variance)}</td>
                <td>
                  {r.spentShare === null ? '—' : `${formatNumber(r.spentShare * 100, i18n.language, 0)} %`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('projects.reports')}</h2>
      {d.data.reports.length === 0 ? (
        <p className="muted">{t('projects.noReports')}</p>
      ) : (
        <ul>
          {d.data.reports.map((r) => (
            <li key={r.id}>
              <strong>{r.reported_on}</strong>: {r.progress}{' '}
              {r.by && <span className="small muted">— {r.by}</span>}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <form
          className="panel"
          aria-labelledby="p-report"
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              await post(`${url}/reports`, report);
              setReport({ ...report, progress: '' });
            }, t('projects.reportSaved'));
          }}
        >
          <h3 id="p-report">{t('projects.addReport')}</h3>
          <label>
            {t('projects.reportedOn')}
            <input
              required
              type="date"
              value={report.reportedOn}
              onChange={(e) => setReport({ ...report, reportedOn: e.target.value })}
            />
          </label>
          <label>
            {t('projects.progress')}
            <textarea
              required
              rows={3}
              value={report.progress}
              onChange={(e) => setReport({ ...report, progress: e.target.value })}
            />
          </label>
          <button type="submit">{t('projects.file')}</button>
        </form>
      )}

      <h2>{t('projects.lessons')}</h2>
      {p.closed_on ? (
        <p>{p.lessons_learned}</p>
      ) : board && p.phase === 'monitoring_closing' ? (
        <form
          className="panel"
          aria-label={t('projects.close')}
          onSubmit={(e) => {
            e.preventDefault();
            void act(
              () =>
                post(`${url}/close`, {
                  closedOn: new Date().toISOString().slice(0, 10),
                  lessonsLearned: lessons,
                }),
              t('projects.closedNotice'),
            );
          }}
        >
          <label>
            {t('projects.lessonsPrompt')}
            <textarea required rows={4} value={lessons} onChange={(e) => setLessons(e.target.value)} />
          </label>
          <button type="submit">{t('projects.close')}</button>
        </form>
      ) : (
        <p className="muted">{t('projects.lessonsLater')}</p>
      )}
    </section>
  );
}
