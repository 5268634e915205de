import { useState } from 'react';
import { CalendarFeed } from '../tasks/CalendarFeed';
import { TaskReminders } from '../tasks/TaskReminders';
import { useTranslation } from 'react-i18next';
import { del, post } from '../api';
import type { ApiAnswer, ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { formatDateTime } from '../i18n';

export function AccountPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const tokens = useApi<ApiGet<'/me/tokens'>>('/me/tokens');
  const [name, setName] = useState('');
  const [scope, setScope] = useState<'read' | 'write'>('read');
  const [workspaceId, setWorkspaceId] = useState('');
  const [days, setDays] = useState(90);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="account-title">
      <h1 id="account-title">{t('account.title')}</h1>
      <p>
        {me?.user.name} · {me?.user.email}
      </p>
      <h2>{t('account.tokens')}</h2>
      <p className="small">{t('account.tokensHelp')}</p>
      <form
        className="panel form-row"
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          try {
            const res = await post<ApiAnswer<'/me/tokens', 'post', 201>>('/me/tokens', {
              name,
              scope,
              workspaceId: workspaceId || null,
              expiresInDays: days,
            });
            setSecret(res.token);
            setName('');
            await tokens.reload();
          } catch (err) {
            setError((err as Error).message);
          }
        }}
      >
        <label>
          {t('account.tokenName')}
          <input required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('account.scope')}
          <select value={scope} onChange={(e) => setScope(e.target.value as 'read' | 'write')}>
            <option value="read">{t('account.scopes.read')}</option>
            <option value="write">{t('account.scopes.write')}</option>
          </select>
        </label>
        <label>
          {t('account.tokenWorkspace')}
          <select value={workspaceId} onChange={(e) => setWorkspaceId(e.target.value)}>
            <option value="">{t('account.allWorkspaces')}</option>
            {me?.workspaces.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('account.expiresInDays')}
          <input
            type="number"
            min={1}
            max={365}
            required
            value={days}
            onChange={(e) => setDays(Number(e.target.value))}
          />
        </label>
        <button type="submit">{t('account.createToken')}</button>
      </form>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      {secret && (
        <p role="status" className="panel">
          {t('account.copyNow')} <code>{secret}</code>
        </p>
      )}
      <ul>
        {tokens.data?.tokens.map((tok) => (
          <li key={tok.id}>
            {tok.name} · {t(`account.scopes.${tok.scope}`)} ·{' '}
            {tok.workspace_name ?? t('account.allWorkspaces')} ·{' '}
            {formatDateTime(tok.created_at, i18n.language)} ·{' '}
            {t('account.expires', { date: formatDateTime(tok.expires_at, i18n.language) })}{' '}
            {tok.revoked_at ? (
              <span className="badge muted">{t('account.revoked')}</span>
            ) : (
              <button
                type="button"
                className="link"
                onClick={async () => (await del(`/me/tokens/${tok.id}`), tokens.reload())}
              >
                {t('users.revoke')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <CalendarFeed />
      <TaskReminders />
    </section>
  );
}
