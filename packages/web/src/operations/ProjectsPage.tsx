import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { formatNumber } from '../i18n';
import { OperationsNav, useWorkspaceRole } from './OperationsNav';
import type { ProjectList } from './project-types';

export const PROJECT_TYPES = ['internal', 'cluster_development', 'project_as_a_service', 'joint'];
export const PHASES = ['initiating', 'planning', 'implementing', 'monitoring_closing'];
/** Projects of the cluster organisation (GIZ 001:3136–3214) with their phase and budget. */
export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const board = ['owner', 'manager'].includes(useWorkspaceRole());
  const [phase, setPhase] = useState('');
  const list = useApi<ProjectList>(`/workspaces/${workspaceId}/projects${phase ? `?phase=${phase}` : ''}`);
  const { message, act } = useAction(() => list.reload());
  const [draft, setDraft] = useState({
    title: '',
    type: 'joint',
    purpose: 'cluster_actors',
    goal: '',
    startsOn: '',
    endsOn: '',
  });
  const base = `/w/${workspaceId}/operations`;
  return (
    <section aria-labelledby="projects-title">
      <h1 id="projects-title">{t('projects.title')}</h1>
      <OperationsNav />
      <ActionNotice message={message} />
      <p className="muted">{t('projects.intro')}</p>
      <div className="filters">
        <label>
          {t('projects.phase')}
          <select value={phase} onChange={(e) => setPhase(e.target.value)}>
            <option value="">{t('projects.allPhases')}</option>
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {t(`projects.phases.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <a href={`/api/v1/workspaces/${workspaceId}/projects?format=csv`} download>
          {t('common.exportCsv')}
        </a>
        <a href={`/api/v1/workspaces/${workspaceId}/projects?format=xlsx`} download>
          {t('common.exportXlsx')}
        </a>
      </div>
      {list.error ? (
        <ErrorMessage error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.projects.length === 0 ? (
        <p className="muted">{t('projects.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('projects.project')}</th>
              <th scope="col">{t('projects.type')}</th>
              <th scope="col">{t('projects.phase')}</th>
              <th scope="col">{t('projects.dates')}</th>
              <th scope="col">{t('projects.budget')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.projects.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link to={`${base}/projects/${p.id}`}>{p.title}</Link>
                </th>
                <td>{t(`projects.types.${p.project_type}`)}</td>
                <td>{p.closed_on ? t('projects.closed') : t(`projects.phases.${p.phase}`)}</td>
                <td>
                  {p.starts_on} – {p.ends_on}
                </td>
                <td>
                  {formatNumber(p.actual, i18n.language, 2)} / {formatNumber(p.planned, i18n.language, 2)}{' '}
                  {p.currency}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {board && (
        <form
          className="panel"
          aria-labelledby="projects-new"
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              await post(`/workspaces/${workspaceId}/projects`, draft);
              setDraft({ ...draft, title: '', goal: '' });
            }, t('projects.created'));
          }}
        >
          <h2 id="projects-new">{t('projects.new')}</h2>
          <div className="grid2">
            <label>
              {t('projects.project')}
              <input
                required
                value={draft.title}
                onChange={(e) => setDraft({ ...draft, title: e.target.value })}
              />
            </label>
            <label>
              {t('projects.type')}
              <select value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value })}>
                {PROJECT_TYPES.map((p) => (
                  <option key={p} value={p}>
                    {t(`projects.types.${p}`)} — {t(`projects.financing.${p}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('projects.purpose')}
              <select value={draft.purpose} onChange={(e) => setDraft({ ...draft, purpose: e.target.value })}>
                <option value="cluster_development">{t('projects.purposes.cluster_development')}</option>
                <option value="cluster_actors">{t('projects.purposes.cluster_actors')}</option>
              </select>
            </label>
            <label>
              {t('projects.goal')}
              <input value={draft.goal} onChange={(e) => setDraft({ ...draft, goal: e.target.value })} />
            </label>
            <label>
              {t('projects.startsOn')}
              <input
                required
                type="date"
                value={draft.startsOn}
                onChange={(e) => setDraft({ ...draft, startsOn: e.target.value })}
              />
            </label>
            <label>
              {t('projects.endsOn')}
              <input
                required
                type="date"
                value={draft.endsOn}
                onChange={(e) => setDraft({ ...draft, endsOn: e.target.value })}
              />
            </label>
          </div>
          <p className="small muted">{t('projects.noPrefinancing')}</p>
          <button type="submit">{t('projects.start')}</button>
        </form>
      )}
    </section>
  );
}
