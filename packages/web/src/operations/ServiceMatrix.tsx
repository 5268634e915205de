import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post, put } from '../api';
import { useApi } from '../useApi';
import type { Matrix, Service } from './ServiceParts';

interface GoalRow {
  id: string;
  title: string;
}

/**
 * The objectives × fields-of-action matrix (GIZ guide, 001:2596–2616) with its white spots. Its
 * objectives may be the strategy's goals (strategy issue 13, item 5): the guide deduces the fields
 * of action from the identified needs and strategic goals and allocates them to each goal
 * (001:2598–2600), so each row names the goal it serves and the needs that goal answers.
 */
export function ServiceMatrix({
  workspaceId,
  matrix,
  services,
  board,
  act,
}: {
  workspaceId: string;
  matrix: Matrix | null | undefined;
  services: Service[];
  board: boolean;
  act: (run: () => Promise<unknown>, success: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const goals = useApi<{ goals: GoalRow[] }>(`/workspaces/${workspaceId}/strategy/goals`);
  const [objective, setObjective] = useState({ name: '', goalId: '', fields: '' });
  const url = `/workspaces/${workspaceId}/service-matrix`;
  const taken = new Set(matrix?.objectives.map((o) => o.goal?.id).filter(Boolean));
  const freeGoals = (goals.data?.goals ?? []).filter((g) => !taken.has(g.id));
  const allocate = (objectiveId: string, goalId: string | null) =>
    act(() => put(`${url}/objectives/${objectiveId}/goal`, { goalId }), t('services.goalAllocated'));

  return (
    <>
      {matrix && matrix.objectives.length === 0 ? (
        <div className="panel">
          <p className="muted">{t('services.emptyMatrix')}</p>
          {board && (
            <button
              type="button"
              onClick={() => void act(() => post(url, { template: 'giz' }), t('services.templateLoaded'))}
            >
              {t('services.loadTemplate')}
            </button>
          )}
        </div>
      ) : (
        <div className="table-scroll">
          <table className="matrix">
            <caption className="small muted">{t('services.matrixCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('services.objective')}</th>
                <th scope="col">{t('services.fieldsOfAction')}</th>
              </tr>
            </thead>
            <tbody>
              {matrix?.objectives.map((o) => (
                <tr key={o.id} data-testid="matrix-objective">
                  <th scope="row">
                    {o.name}
                    {o.goal ? (
                      <p className="small muted">
                        {t('services.servesGoal')}{' '}
                        <Link to={`/w/${workspaceId}/strategy/goals`}>{o.goal.title}</Link>
                        {o.needs.length > 0 && (
                          <>
                            {' · '}
                            {t('services.answersNeeds', { needs: o.needs.map((n) => n.title).join('; ') })}
                          </>
                        )}
                      </p>
                    ) : (
                      <p className="small muted">{t('services.noGoal')}</p>
                    )}
                    {board && (goals.data?.goals.length ?? 0) > 0 && (
                      <label className="small">
                        {t('services.allocateToGoal')}
                        <select
                          value={o.goal?.id ?? ''}
                          onChange={(e) => void allocate(o.id, e.target.value || null)}
                        >
                          <option value="">{t('services.freeText')}</option>
                          {o.goal && <option value={o.goal.id}>{o.goal.title}</option>}
                          {freeGoals.map((g) => (
                            <option key={g.id} value={g.id}>
                              {g.title}
                            </option>
                          ))}
                        </select>
                      </label>
                    )}
                  </th>
                  <td>
                    {o.fields.map((f) => {
                      const n = services.filter((s) => s.field_id === f.id && s.status !== 'retired').length;
                      return (
                        <span
                          key={f.id}
                          className={n ? 'chip' : 'chip white-spot'}
                          title={n ? '' : t('services.whiteSpot')}
                        >
                          {f.name}
                          {n ? ` (${n})` : ` — ${t('services.whiteSpot')}`}
                        </span>
                      );
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {board && (
        <form
          className="inline-form"
          aria-label={t('services.addObjective')}
          onSubmit={(e) => {
            e.preventDefault();
            const fields = objective.fields
              .split(';')
              .map((f) => f.trim())
              .filter(Boolean);
            void act(async () => {
              await post(
                url,
                objective.goalId
                  ? { goalId: objective.goalId, fields }
                  : { objective: objective.name, fields },
              );
              setObjective({ name: '', goalId: '', fields: '' });
            }, t('services.objectiveAdded'));
          }}
        >
          {freeGoals.length > 0 && (
            <label>
              {t('services.objectiveFromGoal')}
              <select
                value={objective.goalId}
                onChange={(e) => setObjective({ ...objective, goalId: e.target.value })}
              >
                <option value="">{t('services.ownWording')}</option>
                {freeGoals.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.title}
                  </option>
                ))}
              </select>
            </label>
          )}
          {!objective.goalId && (
            <label>
              {t('services.objective')}
              <input
                required
                value={objective.name}
                onChange={(e) => setObjective({ ...objective, name: e.target.value })}
              />
            </label>
          )}
          <label>
            {t('services.fieldsSemicolon')}
            <input
              required
              value={objective.fields}
              onChange={(e) => setObjective({ ...objective, fields: e.target.value })}
            />
          </label>
          <button type="submit">{t('services.addObjective')}</button>
        </form>
      )}
    </>
  );
}
