import { useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, patch } from '../api';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { DataList, EmptyState } from '../layout/DataList';
import { Dialog, NewButton, useConfirm } from '../layout/Dialog';
import { ImportButton } from '../operations/ImportForm';
import { DiagnoseNav } from './DiagnoseNav';
import { ACTOR_TYPES, EDITORS, ROLES, STATUSES, type Actor } from './constants';
import { ActorForm } from './ActorForm';
import type { ActorPage } from './diagnoseTypes';

const PAGE = 25;

/** The actor register: one list (search, filters, sort, pages, exports), each actor editable in a dialog. */
export function ActorsPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '';
  const canEdit = EDITORS.includes(role);
  const canDelete = ['owner', 'manager'].includes(role);
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
  const list = useApi<ActorPage>(`/workspaces/${workspaceId}/actors?${query}`);
  const { message, setMessage, act } = useAction(list.reload);
  const [editing, setEditing] = useState<Actor | null>(null);
  const [confirm, confirmDialog] = useConfirm();

  if (role === 'member') return <Navigate to={`/w/${workspaceId}/diagnose/needs`} replace />;
  if (list.error)
    return (
      <section>
        <h1>{t('module.diagnose')}</h1>
        <ErrorMessage error={list.error} />
      </section>
    );
  const base = `/api/v1/workspaces/${workspaceId}/actors`;
  const remove = async (rows: Actor[]) => {
    const ok = await confirm({
      message:
        rows.length === 1
          ? t('diagnose.confirmDelete', { name: rows[0]!.name })
          : t('list.confirmDeleteActors', { count: rows.length }),
      action: t('users.remove'),
    });
    if (!ok) return;
    await act(async () => {
      for (const a of rows) await del(`/workspaces/${workspaceId}/actors/${a.id}`);
    }, t('users.removed'));
  };
  const data = list.data;
  return (
    <section aria-labelledby="actors-title">
      <h1 id="actors-title">{t('diagnose.actorsTitle')}</h1>
      <DiagnoseNav />
      <p className="lead">{t('diagnose.actorsIntro')}</p>
      <ActionNotice message={message} />
      {!data ? (
        <Loading />
      ) : (
        <DataList
          label={t('diagnose.actorsTitle')}
          testId="actor-list"
          caption={
            data.total > 0 &&
            t('diagnose.actorsCaption', {
              from: offset + 1,
              to: Math.min(offset + PAGE, data.total),
              total: data.total,
            })
          }
          rows={data.actors}
          rowKey={(a) => a.id}
          server={{
            total: data.total,
            offset,
            limit: PAGE,
            onPage: setOffset,
            sort: sort.by,
            order: sort.order,
            onSort: (by, order) => setSort({ by, order }),
            onSearch: (text) => (setSearch(text), setOffset(0)),
            filtered: !!(search || type || status),
          }}
          filters={
            <>
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
            </>
          }
          exportLinks={[
            { label: t('common.exportCsv'), href: `${base}?format=csv` },
            { label: t('common.exportXlsx'), href: `${base}?format=xlsx` },
          ]}
          toolbar={
            canEdit && (
              <>
                <ImportButton
                  label={t('list.importActors')}
                  url={`/workspaces/${workspaceId}/actors/import`}
                  title={t('diagnose.import')}
                  columns=""
                  help={t('diagnose.importHelp', { roles: ROLES.join(', ') })}
                  doneText={(count) => t('diagnose.imported', { count })}
                  onDone={list.reload}
                />
                <NewButton label={t('list.newActor')} title={t('diagnose.addActor')}>
                  {(close) => (
                    <ActorForm
                      workspaceId={workspaceId}
                      onSaved={async (notice) => {
                        await list.reload();
                        close(notice);
                      }}
                    />
                  )}
                </NewButton>
              </>
            )
          }
          bulk={canDelete ? [{ label: t('list.removeSelected'), danger: true, run: remove }] : undefined}
          empty={<EmptyState text={t('diagnose.noActors')} />}
          columns={[
            {
              key: 'name',
              header: t('common.name'),
              rowHeader: true,
              value: (a) => a.name,
              render: (a) =>
                canEdit ? (
                  <button type="button" className="link" onClick={() => setEditing(a)}>
                    {a.name}
                  </button>
                ) : (
                  a.name
                ),
            },
            { key: 'actor_type', header: t('diagnose.type'), value: (a) => t(`actorType.${a.actor_type}`) },
            {
              key: 'size_class',
              header: t('diagnose.size'),
              sortable: false,
              value: (a) => (a.size_class ? t(`sizeClass.${a.size_class}`) : '—'),
            },
            {
              key: 'role',
              header: t('diagnose.roles'),
              sortable: false,
              value: (a) => (a.roles.length ? a.roles.map((r) => t(`actorRole.${r}`)).join(', ') : '—'),
            },
            {
              key: 'status',
              header: t('diagnose.status'),
              value: (a) => t(`actorStatus.${a.status}`),
              render: (a) =>
                canEdit ? (
                  <select
                    aria-label={t('diagnose.statusOf', { name: a.name })}
                    value={a.status}
                    onChange={(e) =>
                      act(
                        () => patch(`/workspaces/${workspaceId}/actors/${a.id}`, { status: e.target.value }),
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
                ),
            },
            ...(canDelete
              ? [
                  {
                    key: 'actions',
                    header: t('common.actions'),
                    sortable: false,
                    value: () => '',
                    render: (a: Actor) => (
                      <button
                        type="button"
                        className="link"
                        aria-label={t('list.removeActor', { name: a.name })}
                        onClick={() => void remove([a])}
                      >
                        {t('users.remove')}
                      </button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <Dialog
        open={!!editing}
        title={editing ? t('list.editActor', { name: editing.name }) : ''}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <ActorForm
            workspaceId={workspaceId}
            actor={editing}
            onSaved={async (notice) => {
              await list.reload();
              setEditing(null);
              setMessage({ ok: true, text: notice });
            }}
          />
        )}
      </Dialog>
      {confirmDialog}
    </section>
  );
}
