import { useState } from 'react';
import { DeleteWorkspace } from './DeleteWorkspace';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, patch, post } from '../api';
import type { ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ErrorMessage, Loading } from '../layout/common';
import { formatDateTime } from '../i18n';

const INITIATIVE_ROLES = ['owner', 'manager', 'staff', 'member', 'viewer'];
const PROGRAMME_ROLES = [
  ...INITIATIVE_ROLES,
  'officer',
  'panel_member',
  'evaluator',
  'assessor',
  'agent',
  'coordinator',
];

type Member = ApiGet<'/workspaces/{workspaceId}/members'>['members'][number];

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const ws = me?.workspaces.find((w) => w.id === workspaceId);
  const isOwner = ws?.role === 'owner';
  // Invitations are the owner's and the manager's (POST/GET /invitations); staff and officers read the list.
  const canInvite = isOwner || ws?.role === 'manager';
  const roles = ws?.kind === 'programme' ? PROGRAMME_ROLES : INITIATIVE_ROLES;
  const members = useApi<ApiGet<'/workspaces/{workspaceId}/members'>>(`/workspaces/${workspaceId}/members`);
  const invitations = useApi<ApiGet<'/workspaces/{workspaceId}/invitations'>>(
    canInvite ? `/workspaces/${workspaceId}/invitations` : null,
  );
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('member');
  const [organisationId, setOrganisationId] = useState('');
  // A member login speaks for one organisation of the pipeline (trial partners and members).
  const pipeline = useApi<{ stages: { stage: string; actors: { id: string; name: string }[] }[] }>(
    canInvite && ws?.kind === 'cluster_initiative' ? `/workspaces/${workspaceId}/membership/pipeline` : null,
  );
  const organisations = (pipeline.data?.stages ?? [])
    .filter((s) => s.stage === 'trial' || s.stage === 'member')
    .flatMap((s) => s.actors)
    .sort((a, b) => a.name.localeCompare(b.name));
  const [invitationLink, setInvitationLink] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState<Member | null>(null);

  if (members.error)
    return (
      <section>
        <h1>{t('module.users')}</h1>
        <ErrorMessage error={members.error} />
      </section>
    );
  if (members.loading && !members.data) return <Loading />;

  const act = async <T,>(fn: () => Promise<T>, ok: string | ((result: T) => string)) => {
    setError(null);
    setMessage(null);
    try {
      const result = await fn();
      await Promise.all([members.reload(), canInvite ? invitations.reload() : undefined]);
      setMessage(typeof ok === 'string' ? ok : ok(result));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">{t('module.users')}</h1>
      {message && (
        <p role="status" className="ok">
          {message}
        </p>
      )}
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      <table>
        <caption>{t('users.caption', { count: members.data?.members.length ?? 0 })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.name')}</th>
            <th scope="col">{t('common.email')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.since')}</th>
            {isOwner && <th scope="col">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {members.data?.members.map((m) => (
            <tr key={m.id}>
              <td>{m.name}</td>
              <td>{m.email}</td>
              <td>
                {isOwner ? (
                  <select
                    aria-label={t('users.roleOf', { name: m.name })}
                    value={m.role}
                    onChange={(e) =>
                      act(
                        () => patch(`/workspaces/${workspaceId}/members/${m.id}`, { role: e.target.value }),
                        t('users.roleChanged'),
                      )
                    }
                  >
                    {roles.map((r) => (
                      <option key={r} value={r}>
                        {t(`role.${r}`)}
                      </option>
                    ))}
                  </select>
                ) : (
                  t(`role.${m.role}`)
                )}
              </td>
              <td>{formatDateTime(m.created_at, i18n.language)}</td>
              {isOwner && (
                <td>
                  <button type="button" className="danger" onClick={() => setConfirmRemove(m)}>
                    {t('users.remove')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {confirmRemove && (
        <div className="panel confirm" role="alertdialog" aria-labelledby="confirm-remove">
          <p id="confirm-remove">{t('users.confirmRemove', { name: confirmRemove.name })}</p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              onClick={() => {
                const m = confirmRemove;
                setConfirmRemove(null);
                void act(() => del(`/workspaces/${workspaceId}/members/${m.id}`), t('users.removed'));
              }}
            >
              {t('users.remove')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirmRemove(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}

      {canInvite && (
        <>
          <h2>{t('users.invite')}</h2>
          <form
            className="panel form-row"
            onSubmit={(e) => {
              e.preventDefault();
              void act(
                async () => {
                  const inv = await post<{ link: string; mailed: boolean }>(
                    `/workspaces/${workspaceId}/invitations`,
                    {
                      email,
                      role,
                      ...(role === 'member' && organisationId ? { organisationId } : {}),
                    },
                  );
                  setEmail('');
                  setOrganisationId('');
                  setInvitationLink(inv.link);
                  return inv;
                },
                (inv: { mailed: boolean }) =>
                  t(inv.mailed ? 'users.invited' : 'users.invitedNotMailed', { email }),
              );
            }}
          >
            <label>
              {t('common.email')}
              <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
            </label>
            <label>
              {t('users.role')}
              <select value={role} onChange={(e) => setRole(e.target.value)}>
                {roles
                  .filter((r) => isOwner || r !== 'owner')
                  .map((r) => (
                    <option key={r} value={r}>
                      {t(`role.${r}`)}
                    </option>
                  ))}
              </select>
            </label>
            {role === 'member' && organisations.length > 0 && (
              <label>
                {t('users.organisation')}
                <select value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
                  <option value="">{t('users.noOrganisation')}</option>
                  {organisations.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <button type="submit">{t('users.sendInvitation')}</button>
          </form>

          {invitationLink && (
            <p className="small">
              {t('users.linkToPass')} <code data-testid="invitation-link">{invitationLink}</code>
            </p>
          )}

          <h2>{t('users.openInvitations')}</h2>
          {invitations.data?.invitations.length ? (
            <ul>
              {invitations.data.invitations.map((inv) => (
                <li key={inv.id}>
                  {inv.email} · {t(`role.${inv.role}`)} ·{' '}
                  {t('users.expires', { date: formatDateTime(inv.expires_at, i18n.language) })}{' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      act(() => del(`/workspaces/${workspaceId}/invitations/${inv.id}`), t('users.revoked'))
                    }
                  >
                    {t('users.revoke')}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('users.noInvitations')}</p>
          )}
        </>
      )}
      {isOwner && ws && <DeleteWorkspace workspaceId={workspaceId} name={ws.name} />}
    </section>
  );
}
