import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post } from '../api';
import { useApi } from '../useApi';
import { ErrorMessage } from '../layout/common';
import { LanguageSwitcher } from '../layout/LanguageSwitcher';
import type { ApiGet } from '../api/types';

/** The public membership application form reached through a link (no account needed). */
export function ApplyPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const info = useApi<ApiGet<'/apply/{token}'>>(`/apply/${token}`);
  const [form, setForm] = useState({
    organisation: '',
    contactName: '',
    email: '',
    actorType: 'firm',
    message: '',
  });
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <main id="main" className="auth-page">
      <h1>{t('apply.title')}</h1>
      <ErrorMessage error={info.error} />
      {info.data &&
        (sent ? (
          <p role="status">{t('apply.thanks', { cluster: info.data.cluster })}</p>
        ) : (
          <form
            className="panel"
            onSubmit={async (e) => {
              e.preventDefault();
              setError(null);
              try {
                await post(`/apply/${token}`, form);
                setSent(true);
              } catch (err) {
                setError((err as Error).message);
              }
            }}
          >
            <p>{t('apply.intro', { cluster: info.data.cluster })}</p>
            <label>
              {t('apply.organisation')}
              <input
                value={form.organisation}
                onChange={(e) => setForm({ ...form, organisation: e.target.value })}
                required
              />
            </label>
            <label>
              {t('apply.contactName')}
              <input
                value={form.contactName}
                onChange={(e) => setForm({ ...form, contactName: e.target.value })}
                required
                autoComplete="name"
              />
            </label>
            <label>
              {t('common.email')}
              <input
                type="email"
                value={form.email}
                onChange={(e) => setForm({ ...form, email: e.target.value })}
                required
                autoComplete="email"
              />
            </label>
            <label>
              {t('apply.type')}
              <select
                value={form.actorType}
                onChange={(e) => setForm({ ...form, actorType: e.target.value })}
              >
                {info.data.actorTypes.map((a) => (
                  <option key={a} value={a}>
                    {t(`actorType.${a}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('apply.message')}
              <textarea
                rows={3}
                value={form.message}
                onChange={(e) => setForm({ ...form, message: e.target.value })}
              />
            </label>
            {error && (
              <p role="alert" className="alert">
                {error}
              </p>
            )}
            <button type="submit">{t('apply.send')}</button>
          </form>
        ))}
      <LanguageSwitcher />
    </main>
  );
}
