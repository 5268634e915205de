import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { TaskList } from '../home/HomeParts';
import type { TasksAnswer } from '../home/homeTypes';
import { MonitoringNav } from './MonitoringNav';

/**
 * What is due from me, and what is late, across the modules (issue 12, item 6): the same list as
 * My tasks and the manager's dashboard (project tasks, stakeholder measures, recommendations, PDCA
 * cycles and indicator values), not only indicator values.
 */
export function DuePage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const mine = useApi<TasksAnswer>(`/workspaces/${workspaceId}/tasks?scope=mine`);
  const everyone = useApi<TasksAnswer>(
    mine.data?.canSeeAll ? `/workspaces/${workspaceId}/tasks?scope=all` : null,
  );
  if (mine.error) return <ErrorMessage error={mine.error} />;
  if (!mine.data || (mine.data.canSeeAll && !everyone.data && !everyone.error)) return <Loading />;
  const due = mine.data.tasks.filter((x) => x.dueOn !== null);
  const late = (mine.data.canSeeAll ? (everyone.data?.tasks ?? []) : mine.data.tasks).filter((x) => x.late);
  return (
    <section aria-labelledby="due-title">
      <h1 id="due-title">{t('monitoring.due.title')}</h1>
      <MonitoringNav />
      <ErrorMessage error={everyone.error} />
      <h2 id="due-mine">{t('monitoring.due.mine')}</h2>
      {due.length === 0 ? (
        <p className="muted">{t('monitoring.due.nothing')}</p>
      ) : (
        <TaskList tasks={due} showAssignee={false} />
      )}
      <h2 id="due-late">{t('monitoring.due.late')}</h2>
      {late.length === 0 ? (
        <p className="muted">{t('monitoring.due.noneLate')}</p>
      ) : (
        <TaskList tasks={late} showAssignee={mine.data.canSeeAll} />
      )}
      <p>
        <Link to={`/w/${workspaceId}/tasks`}>{t('home.allTasks')}</Link>
      </p>
    </section>
  );
}
