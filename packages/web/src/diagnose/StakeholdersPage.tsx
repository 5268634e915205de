import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, put } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { useSession } from '../session';
import { ErrorMessage, ExportLinks, Loading } from '../layout/common';
import { DiagnoseNav } from './DiagnoseNav';
import { EDITORS, type Actor } from './constants';
import type { Stakeholder } from './diagnoseTypes';

const ATTITUDES = ['critical', 'neutral', 'positive'] as const;
const INFLUENCES = ['high', 'medium', 'low'] as const;
const COLOURS = { critical: '#fde2e1', neutral: '#eef1f4', positive: '#e3f1e6' };

export function StakeholdersPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const canEdit = EDITORS.includes(me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '');
  const list = useApi<{ stakeholders: Stakeholder[] }>(`/workspaces/${workspaceId}/stakeholders`);
  const actors = useApi<{ actors: Actor[] }>(canEdit ? `/workspaces/${workspaceId}/actors?limit=500` : null);
  const empty = {
    actorId: '',
    assessment: 'neutral',
    influence: 'medium',
    description: '',
    measure: '',
    measureDue: '',
    measureOwner: '',
  };
  const [draft, setDraft] = useState(empty);
  const { message, act } = useAction(() => list.reload());
  const save = (actorId: string, body: Record<string, unknown>, ok: string) =>
    act(() => put(`/workspaces/${workspaceId}/stakeholders/${actorId}`, body), ok);
  const bodyOf = (s: Stakeholder, change: Partial<Record<string, unknown>> = {}) => ({
    assessment: s.assessment,
    influence: s.influence,
    description: s.description,
    measure: s.measure,
    measureStatus: s.measure_status,
    measureDue: s.measure_due,
    measureOwner: s.measure_owner,
    ...change,
  });

  if (list.error) return <ErrorMessage error={list.error} />;
  if (!list.data) return <Loading />;
  const rows = list.data.stakeholders;
  return (
    <section aria-labelledby="stakeholders-title">
      <h1 id="stakeholders-title">{t('stakeholders.title')}</h1>
      <DiagnoseNav />
      <p className="lead">{t('stakeholders.intro')}</p>
      <ExportLinks path={`/workspaces/${workspaceId}/stakeholders`} />
      <ActionNotice message={message} />

      <figure className="chart">
        <figcaption>{t('stakeholders.gridCaption')}</figcaption>
        <table className="grid" aria-label={t('stakeholders.gridCaption')}>
          <thead>
            <tr>
              <th scope="col">
                {t('stakeholders.influence')} ↓ / {t('stakeholders.assessment')} →
              </th>
              {ATTITUDES.map((a) => (
                <th key={a} scope="col">
                  {t(`stakeholders.assessments.${a}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {INFLUENCES.map((i) => (
              <tr key={i}>
                <th scope="row">{t(`stakeholders.influences.${i}`)}</th>
                {ATTITUDES.map((a) => (
                  <td key={a} style={{ background: COLOURS[a] }} data-testid={`cell-${i}-${a}`}>
                    {rows
                      .filter((s) => s.influence === i && s.assessment === a)
                      .map((s) => (
                        <div key={s.actor_id}>{s.name}</div>
                      ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </figure>

      <h2>{t('stakeholders.table')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('stakeholders.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('common.name')}</th>
              <th scope="col">{t('stakeholders.assessment')}</th>
              <th scope="col">{t('stakeholders.influence')}</th>
              <th scope="col">{t('stakeholders.description')}</th>
              <th scope="col">{t('stakeholders.measure')}</th>
              <th scope="col">{t('stakeholders.followUp')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.actor_id}>
                <td>{s.name}</td>
                <td>{t(`stakeholders.assessments.${s.assessment}`)}</td>
                <td>{t(`stakeholders.influences.${s.influence}`)}</td>
                <td>{s.description}</td>
                <td>{s.measure}</td>
                <td>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      disabled={!canEdit}
                      checked={s.measure_status === 'done'}
                      onChange={(e) =>
                        save(
                          s.actor_id,
                          bodyOf(s, { measureStatus: e.target.checked ? 'done' : 'open' }),
                          t('common.saved'),
                        )
                      }
                    />
                    {t('stakeholders.done')}
                  </label>
                  <span className="small muted">
                    {s.measure_due ?? ''} {s.measure_owner}
                  </span>
                  {canEdit && (
                    <button
                      type="button"
                      className="link"
                      onClick={async () => {
                        await del(`/workspaces/${workspaceId}/stakeholders/${s.actor_id}`);
                        await list.reload();
                      }}
                    >
                      {t('users.remove')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {canEdit && actors.data && (
        <form
          className="panel"
          onSubmit={(e) => {
            e.preventDefault();
            void save(
              draft.actorId,
              {
                assessment: draft.assessment,
                influence: draft.influence,
                description: draft.description,
                measure: draft.measure,
                measureDue: draft.measureDue || null,
                measureOwner: draft.measureOwner,
              },
              t('stakeholders.saved'),
            ).then(() => setDraft(empty));
          }}
        >
          <h2 className="h-small">{t('stakeholders.assess')}</h2>
          <label>
            {t('stakeholders.actor')}
            <select
              value={draft.actorId}
              onChange={(e) => setDraft({ ...draft, actorId: e.target.value })}
              required
            >
              <option value="">—</option>
              {actors.data.actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <div className="form-row">
            <label>
              {t('stakeholders.assessment')}
              <select
                value={draft.assessment}
                onChange={(e) => setDraft({ ...draft, assessment: e.target.value })}
              >
                {ATTITUDES.map((a) => (
                  <option key={a} value={a}>
                    {t(`stakeholders.assessments.${a}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('stakeholders.influence')}
              <select
                value={draft.influence}
                onChange={(e) => setDraft({ ...draft, influence: e.target.value })}
              >
                {INFLUENCES.map((i) => (
                  <option key={i} value={i}>
                    {t(`stakeholders.influences.${i}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label>
            {t('stakeholders.description')}
            <input
              value={draft.description}
              onChange={(e) => setDraft({ ...draft, description: e.target.value })}
            />
          </label>
          <label>
            {t('stakeholders.measure')}
            <input value={draft.measure} onChange={(e) => setDraft({ ...draft, measure: e.target.value })} />
          </label>
          <div className="form-row">
            <label>
              {t('stakeholders.due')}
              <input
                type="date"
                value={draft.measureDue}
                onChange={(e) => setDraft({ ...draft, measureDue: e.target.value })}
              />
            </label>
            <label>
              {t('stakeholders.owner')}
              <input
                value={draft.measureOwner}
                onChange={(e) => setDraft({ ...draft, measureOwner: e.target.value })}
              />
            </label>
          </div>
          <button type="submit">{t('common.save')}</button>
        </form>
      )}
    </section>
  );
}
