import { useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, del, patch, post, upload } from '../api';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ErrorMessage, Loading } from '../layout/common';
import { DiagnoseNav } from './DiagnoseNav';
import { ACTOR_TYPES, EDITORS, ROLES, SIZE_CLASSES, STATUSES, type Actor } from './constants';

const PAGE = 25;

export function ActorsPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '';
  const canEdit = EDITORS.includes(role);
  const [search, setSearch] = useState('');
  const [type, setType] = useState('');
  const [status, setStatus] = useState('');
  const [sort, setSort] = useState<{ by: string; order: 'asc' | 'desc' }>({ by: 'name', order: 'asc' });
  const [offset, setOffset] = useState(0);
  const query = new URLSearchParams({
    limit: String(PAGE),
    offset: String(offset),
    sort: sort.by,
    order: sort.order,
    ...(search ? { search } : {}),
    ...(type ? { type } : {}),
    ...(status ? { status } : {}),
  });
  const list = useApi<{ total: number; actors: Actor[] }>(`/workspaces/${workspaceId}/actors?${query}`);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [draft, setDraft] = useState({
    name: '',
    actor_type: 'firm',
    size_class: '',
    status: 'stakeholder',
    sector: '',
    location: '',
    email: '',
  });
  const [confirmDelete, setConfirmDelete] = useState<Actor | null>(null);

  const act = async <T,>(fn: () => Promise<T>, ok: string | ((result: T) => string)) => {
    setMessage(null);
    try {
      const result = await fn();
      await list.reload();
      setMessage({ ok: true, text: typeof ok === 'string' ? ok : ok(result) });
    } catch (e) {
      const d = e instanceof ApiError ? (e.details as { line?: number; column?: string } | null) : null;
      setMessage({
        ok: false,
        text: `${(e as Error).message}${d && 'line' in d && d.line ? ` — ${t('map.fixLine', { line: d.line, column: d.column ?? '' })}` : ''}`,
      });
    }
  };
  const header = (by: string, label: string) => (
    <th
      scope="col"
      aria-sort={sort.by === by ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button
        type="button"
        className="link"
        onClick={() => setSort({ by, order: sort.by === by && sort.order === 'asc' ? 'desc' : 'asc' })}
      >
        {label} {sort.by === by ? (sort.order === 'asc' ? '▲' : '▼') : ''}
      </button>
    </th>
  );

  if (role === 'member') return <Navigate to={`/w/${workspaceId}/diagnose/needs`} replace />;
  if (list.error)
    return (
      <section>
        <h1>{t('module.diagnose')}</h1>
        <ErrorMessage error={list.error} />
      </section>
    );
  const base = `/api/v1/workspaces/${workspaceId}/actors`;
  return (
    <section aria-labelledby="actors-title">
      <h1 id="actors-title">{t('diagnose.actorsTitle')}</h1>
      <DiagnoseNav />
      <p className="lead">{t('diagnose.actorsIntro')}</p>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'alert'}>
          {message.text}
        </p>
      )}
      <div className="toolbar">
        <label>
          {t('diagnose.search')}
          <input type="search" value={search} onChange={(e) => (setSearch(e.target.value), setOffset(0))} />
        </label>
        <label>
          {t('diagnose.type')}
          <select value={type} onChange={(e) => (setType(e.target.value), setOffset(0))}>
            <option value="">{t('diagnose.all')}</option>
            {ACTOR_TYPES.map((x) => (
              <option key={x} value={x}>
                {t(`actorType.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('diagnose.status')}
          <select value={status} onChange={(e) => (setStatus(e.target.value), setOffset(0))}>
            <option value="">{t('diagnose.all')}</option>
            {STATUSES.map((x) => (
              <option key={x} value={x}>
                {t(`actorStatus.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <a href={`${base}?format=csv`} download>
          {t('common.exportCsv')}
        </a>
        <a href={`${base}?format=xlsx`} download>
          {t('common.exportXlsx')}
        </a>
      </div>
      {!list.data ? (
        <Loading />
      ) : list.data.total === 0 ? (
        <p className="muted">{t('diagnose.noActors')}</p>
      ) : (
        <>
          <table>
            <caption>
              {t('diagnose.actorsCaption', {
                from: offset + 1,
                to: Math.min(offset + PAGE, list.data.total),
                total: list.data.total,
              })}
            </caption>
            <thead>
              <tr>
                {header('name', t('common.name'))}
                {header('actor_type', t('diagnose.type'))}
                <th scope="col">{t('diagnose.size')}</th>
                <th scope="col">{t('diagnose.role')}</th>
                {header('status', t('diagnose.status'))}
                {canEdit && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {list.data.actors.map((a) => (
                <tr key={a.id}>
                  <td>{a.name}</td>
                  <td>{t(`actorType.${a.actor_type}`)}</td>
                  <td>{a.size_class ? t(`sizeClass.${a.size_class}`) : '—'}</td>
                  <td>{a.role ? t(`actorRole.${a.role}`) : '—'}</td>
                  <td>
                    {canEdit ? (
                      <select
                        aria-label={t('diagnose.statusOf', { name: a.name })}
                        value={a.status}
                        onChange={(e) =>
                          act(
                            () =>
                              patch(`/workspaces/${workspaceId}/actors/${a.id}`, { status: e.target.value }),
                            t('common.saved'),
                          )
                        }
                      >
                        {STATUSES.map((x) => (
                          <option key={x} value={x}>
                            {t(`actorStatus.${x}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`actorStatus.${a.status}`)
                    )}
                  </td>
                  {canEdit && (
                    <td>
                      {['owner', 'manager'].includes(role) && (
                        <button type="button" className="link" onClick={() => setConfirmDelete(a)}>
                          {t('users.remove')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button
              type="button"
              className="secondary"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              {t('common.previous')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={offset + PAGE >= list.data.total}
              onClick={() => setOffset(offset + PAGE)}
            >
              {t('common.next')}
            </button>
          </div>
        </>
      )}
      {confirmDelete && (
        <div className="panel confirm" role="alertdialog" aria-labelledby="confirm-actor">
          <p id="confirm-actor">{t('diagnose.confirmDelete', { name: confirmDelete.name })}</p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              onClick={() => {
                const a = confirmDelete;
                setConfirmDelete(null);
                void act(() => del(`/workspaces/${workspaceId}/actors/${a.id}`), t('users.removed'));
              }}
            >
              {t('users.remove')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirmDelete(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {canEdit && (
        <div className="grid-2">
          <form
            className="panel"
            onSubmit={(e) => {
              e.preventDefault();
              void act(
                () =>
                  post(`/workspaces/${workspaceId}/actors`, {
                    ...draft,
                    size_class: draft.size_class || null,
                  }).then(() => setDraft({ ...draft, name: '', email: '' })),
                t('diagnose.actorAdded'),
              );
            }}
          >
            <h2 className="h-small">{t('diagnose.addActor')}</h2>
            <label>
              {t('common.name')}
              <input
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
                required
              />
            </label>
            <label>
              {t('diagnose.type')}
              <select
                value={draft.actor_type}
                onChange={(e) => setDraft({ ...draft, actor_type: e.target.value })}
              >
                {ACTOR_TYPES.map((x) => (
                  <option key={x} value={x}>
                    {t(`actorType.${x}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('diagnose.size')}
              <select
                value={draft.size_class}
                onChange={(e) => setDraft({ ...draft, size_class: e.target.value })}
              >
                <option value="">—</option>
                {SIZE_CLASSES.map((x) => (
                  <option key={x} value={x}>
                    {t(`sizeClass.${x}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('diagnose.sector')}
              <input value={draft.sector} onChange={(e) => setDraft({ ...draft, sector: e.target.value })} />
            </label>
            <label>
              {t('common.email')}
              <input
                type="email"
                value={draft.email}
                onChange={(e) => setDraft({ ...draft, email: e.target.value })}
              />
            </label>
            <button type="submit">{t('diagnose.add')}</button>
          </form>
          <form
            className="panel"
            onSubmit={(e) => {
              e.preventDefault();
              const form = e.currentTarget;
              void act(
                async () => {
                  const res = await upload<{ imported: number }>(
                    `/workspaces/${workspaceId}/actors/import`,
                    new FormData(form),
                  );
                  form.reset();
                  return res;
                },
                (res) => t('diagnose.imported', { count: res.imported }),
              );
            }}
          >
            <h2 className="h-small">{t('diagnose.import')}</h2>
            <p className="small">{t('diagnose.importHelp', { roles: ROLES.join(', ') })}</p>
            <label>
              {t('diagnose.importFile')}
              <input name="file" type="file" accept=".csv,.xlsx" required />
            </label>
            <button type="submit">{t('map.import')}</button>
          </form>
        </div>
      )}
    </section>
  );
}
