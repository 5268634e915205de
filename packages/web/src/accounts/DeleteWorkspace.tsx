import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useSession } from '../session';

/** Owners delete a workspace by typing its exact name; everything in it goes, which cannot be undone. */
export function DeleteWorkspace({ workspaceId, name }: { workspaceId: string; name: string }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="panel danger-zone" aria-labelledby="delete-workspace">
      <h2 id="delete-workspace">{t('deleteWorkspace.title')}</h2>
      <p>{t('deleteWorkspace.warning', { name })}</p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          try {
            await api('DELETE', `/workspaces/${workspaceId}`, { confirmName: typed });
            await refresh();
            navigate('/');
          } catch (err) {
            setError((err as Error).message);
          }
        }}
      >
        <label>
          {t('deleteWorkspace.typeName')}
          <input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
        </label>
        {error && (
          <p role="alert" className="alert">
            {error}
          </p>
        )}
        <button type="submit" className="danger" disabled={typed !== name}>
          {t('deleteWorkspace.button')}
        </button>
      </form>
    </section>
  );
}
