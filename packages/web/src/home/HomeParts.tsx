import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Light, Task } from './homeTypes';

/** Small building blocks of the role homes and My tasks (issue 12, items 1 and 6). */

export function Card({
  id,
  title,
  children,
  more,
}: {
  id: string;
  title: string;
  children: ReactNode;
  more?: ReactNode;
}) {
  return (
    <section className="home-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
      {more && <p className="home-more">{more}</p>}
    </section>
  );
}

/** A horizontal bar for a share (0–1): drawn for the eye, said in words beside it. */
export function Bar({ value, label, tone = 'ok' }: { value: number; label: string; tone?: 'ok' | 'full' }) {
  const pct = Math.max(0, Math.min(1, value)) * 100;
  return (
    <span className="home-bar-row">
      <span className="home-bar" aria-hidden="true">
        <span
          className={`home-bar-fill ${tone === 'full' ? 'home-bar-full' : ''}`}
          style={{ width: `${pct}%` }}
        />
      </span>
      <span className="small">{label}</span>
    </span>
  );
}

export function LightDot({ light }: { light: Light }) {
  const { t } = useTranslation();
  return (
    <span>
      <span className={`light light-${light}`} aria-hidden="true" />
      {t(`reports.light.${light}`)}
    </span>
  );
}

/** Counts of indicators by light, as coloured dots with their numbers. */
export function LightCounts({ lights }: { lights: Record<Light, number> }) {
  const { t } = useTranslation();
  return (
    <ul className="home-lights">
      {(['green', 'amber', 'red', 'none'] as const).map((l) => (
        <li key={l}>
          <span className={`light light-${l}`} aria-hidden="true" />
          {t('home.lightCount', { count: lights[l], light: t(`reports.light.${l}`) })}
        </li>
      ))}
    </ul>
  );
}

export function useDates() {
  const { i18n } = useTranslation();
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'medium',
      timeZone: iso.length === 10 ? 'UTC' : undefined,
    }).format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
  const pct = (x: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(x);
  return { date, pct };
}

/** One list of tasks: what, where, due, late, who; the title opens the screen where it is done. */
export function TaskList({ tasks, showAssignee }: { tasks: Task[]; showAssignee: boolean }) {
  const { t } = useTranslation();
  const { date } = useDates();
  if (!tasks.length) return <p className="muted">{t('tasks.none')}</p>;
  return (
    <ul className="task-list">
      {tasks.map((task) => (
        <li key={task.key} className={task.late ? 'task-late' : undefined}>
          <Link to={task.link}>
            {task.source === 'pdca_step'
              ? t(`tasks.pdcaPhase.${task.title}`, { defaultValue: task.title })
              : task.title}
          </Link>
          {task.context && <span className="small"> · {task.context}</span>}
          <div className="task-meta small">
            <span className="badge">{t(`tasks.source.${task.source}`)}</span>{' '}
            <span>{t(`module.${task.module}`)}</span>
            {' · '}
            {task.dueOn ? t('tasks.dueOn', { date: date(task.dueOn) }) : t('tasks.noDue')}
            {task.late && (
              <>
                {' '}
                <span className="badge badge-late">{t('tasks.late')}</span>
              </>
            )}
            {showAssignee && (
              <>
                {' · '}
                {task.assignee ?? t('tasks.unassigned')}
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
