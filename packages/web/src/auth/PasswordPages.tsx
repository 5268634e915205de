import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, minutesToWait, post, get, setCsrf } from '../api';
import type { ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ErrorMessage } from '../layout/common';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <main id="main" className="auth-page">
      <h1>{t('auth.forgot')}</h1>
      {sent ? (
        <p role="status">{t('auth.resetSent')}</p>
      ) : (
        <form
          className="panel"
          onSubmit={async (e) => {
            e.preventDefault();
            setError(null);
            try {
              await post('/auth/password-reset', { email });
              setSent(true);
            } catch (err) {
              setError(
                err instanceof ApiError && err.status === 429
                  ? t('auth.tooManyResets', { count: minutesToWait(err) })
                  : (err as Error).message,
              );
            }
          }}
        >
          <label>
            {t('common.email')}
            <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </label>
          {error && (
            <p role="alert" className="alert">
              {error}
            </p>
          )}
          <button type="submit">{t('auth.sendLink')}</button>
        </form>
      )}
      <Link to="/login">{t('auth.backToSignIn')}</Link>
    </main>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <main id="main" className="auth-page">
      <h1>{t('auth.choosePassword')}</h1>
      {done ? (
        <p role="status">
          {t('auth.passwordChanged')} <Link to="/login">{t('auth.signIn')}</Link>
        </p>
      ) : (
        <form
          className="panel"
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              await post('/auth/password-reset/confirm', { token, password });
              setDone(true);
            } catch (err) {
              setError((err as Error).message);
            }
          }}
        >
          <label>
            {t('auth.newPassword')}
            <input
              type="password"
              autoComplete="new-password"
              minLength={10}
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          {error && (
            <p role="alert" className="alert">
              {error}
            </p>
          )}
          <button type="submit">{t('common.save')}</button>
        </form>
      )}
    </main>
  );
}

type InvitationInfo = ApiGet<'/invitations/{token}'>;

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const info = useApi<InvitationInfo>(`/invitations/${token}`);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <main id="main" className="auth-page">
      <h1>{t('invitation.title')}</h1>
      <ErrorMessage error={info.error} />
      {info.data && (
        <form
          className="panel"
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              const res = await post<{ csrf: string }>(
                `/invitations/${token}/accept`,
                info.data!.accountExists ? { password } : { name, password },
              );
              setCsrf(res.csrf);
              await get('/me');
              await refresh();
              navigate('/');
            } catch (err) {
              setError(
                err instanceof ApiError && err.status === 429
                  ? t('auth.tooMany', { count: minutesToWait(err) })
                  : (err as Error).message,
              );
            }
          }}
        >
          <p>
            {t('invitation.offer', {
              workspace: info.data.workspace.name,
              role: t(`role.${info.data.role}`),
              email: info.data.email,
            })}
          </p>
          {!info.data.accountExists && (
            <label>
              {t('common.name')}
              <input required value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
            </label>
          )}
          <label>
            {info.data.accountExists ? t('auth.password') : t('auth.newPassword')}
            <input
              type="password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete={info.data.accountExists ? 'current-password' : 'new-password'}
            />
          </label>
          {error && (
            <p role="alert" className="alert">
              {error}
            </p>
          )}
          <button type="submit">{t('invitation.accept')}</button>
        </form>
      )}
    </main>
  );
}
