import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { TaskList } from '../home/HomeParts';
import type { TasksAnswer } from '../home/homeTypes';

const SOURCES = [
  'project_task',
  'stakeholder_measure',
  'benchmark_recommendation',
  'evaluation_recommendation',
  'pdca_step',
  'indicator_value',
  'action_plan_task',
  'governance_term',
];

/** My tasks across the modules, or everyone's for the management team (issue 12, item 6). */
export function MyTasksPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const [source, setSource] = useState('');
  const [lateOnly, setLateOnly] = useState(false);
  const { data, error } = useApi<TasksAnswer>(`/workspaces/${workspaceId}/tasks?scope=${scope}`);
  const shown = (data?.tasks ?? []).filter((x) => (!source || x.source === source) && (!lateOnly || x.late));
  return (
    <section aria-labelledby="tasks-title">
      <h1 id="tasks-title">{t('tasks.title')}</h1>
      <p className="muted">{t('tasks.intro')}</p>
      <div className="actions" role="group" aria-label={t('tasks.filters')}>
        {data?.canSeeAll && (
          <span className="inline-field">
            <label htmlFor="tasks-scope">{t('tasks.scope')}</label>
            <select
              id="tasks-scope"
              value={scope}
              onChange={(e) => setScope(e.target.value as 'mine' | 'all')}
            >
              <option value="mine">{t('tasks.mine')}</option>
              <option value="all">{t('tasks.everyone')}</option>
            </select>
          </span>
        )}
        <span className="inline-field">
          <label htmlFor="tasks-source">{t('tasks.kind')}</label>
          <select id="tasks-source" value={source} onChange={(e) => setSource(e.target.value)}>
            <option value="">{t('tasks.allKinds')}</option>
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`tasks.source.${s}`)}
              </option>
            ))}
          </select>
        </span>
        <label className="inline-field">
          <input type="checkbox" checked={lateOnly} onChange={(e) => setLateOnly(e.target.checked)} />
          {t('tasks.lateOnly')}
        </label>
      </div>
      {error && <ErrorMessage error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <p role="status">
            {t('tasks.summary', {
              count: data.counts.open,
              late: data.counts.late,
              dueSoon: data.counts.dueSoon,
              days: data.counts.dueSoonDays,
            })}
          </p>
          <TaskList tasks={shown} showAssignee={scope === 'all'} />
        </>
      )}
      <p className="small">
        {t('tasks.calendarHint')} <Link to="/account#calendar-feed">{t('tasks.calendarLink')}</Link>
      </p>
    </section>
  );
}
