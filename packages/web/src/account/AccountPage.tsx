import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del, post } from '../api';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { formatDateTime } from '../i18n';

interface Token {
  id: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export function AccountPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const tokens = useApi<{ tokens: Token[] }>('/me/tokens');
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
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
          const res = await post<{ token: string }>('/me/tokens', { name });
          setSecret(res.token);
          setName('');
          await tokens.reload();
        }}
      >
        <label>
          {t('account.tokenName')}
          <input required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">{t('account.createToken')}</button>
      </form>
      {secret && (
        <p role="status" className="panel">
          {t('account.copyNow')} <code>{secret}</code>
        </p>
      )}
      <ul>
        {tokens.data?.tokens.map((tok) => (
          <li key={tok.id}>
            {tok.name} · {formatDateTime(tok.created_at, i18n.language)}{' '}
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
    </section>
  );
}
