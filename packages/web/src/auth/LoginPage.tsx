import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, minutesToWait } from '../api';
import { useSession } from '../session';
import { LanguageSwitcher } from '../layout/LanguageSwitcher';

/** The sign-in page that returns to `back` (a path of this app) once signed in. */
export const loginPath = (back: string) =>
  back && back !== '/' ? `/login?next=${encodeURIComponent(back)}` : '/login';

/** Only a path of this app: no other origin (`//host`, `https:`) and not the sign-in page itself. */
export const safeNext = (next: string | null) =>
  next &&
  next.startsWith('/') &&
  !next.startsWith('//') &&
  !next.startsWith('/\\') &&
  !next.startsWith('/login')
    ? next
    : '/';

export function LoginPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <main id="main" className="auth-page">
      <h1>{t('auth.title')}</h1>
      <p className="lead">{t('auth.tagline')}</p>
      <form
        className="panel"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          try {
            await signIn(email, password);
            navigate(safeNext(params.get('next')), { replace: true });
          } catch (err) {
            setError(
              err instanceof ApiError && err.status === 401
                ? t('auth.wrongCredentials')
                : err instanceof ApiError && err.status === 429
                  ? t('auth.tooMany', { count: minutesToWait(err) })
                  : (err as Error).message,
            );
          } finally {
            setBusy(false);
          }
        }}
      >
        <label>
          {t('common.email')}
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          {t('auth.password')}
          <input
            type="password"
            autoComplete="current-password"
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
        <button type="submit" disabled={busy}>
          {t('auth.signIn')}
        </button>
        <p>
          <Link to="/forgot-password">{t('auth.forgot')}</Link>
        </p>
      </form>
      <LanguageSwitcher />
    </main>
  );
}
