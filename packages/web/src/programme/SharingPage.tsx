import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { put } from '../api';
import type { ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { FollowInvitations } from './FollowInvitations';

const SCOPES = ['lifecycle', 'indicators', 'reports', 'benchmarking'];

type Follower = ApiGet<'/workspaces/{workspaceId}/followers'>['followers'][number];

function FollowerRow({
  workspaceId,
  follower,
  onSaved,
}: {
  workspaceId: string;
  follower: Follower;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const [shares, setShares] = useState<string[]>(follower.shares);
  const [message, setMessage] = useState<string | null>(null);
  const save = async (status: 'active' | 'ended', chosen: string[]) => {
    try {
      await put(`/workspaces/${workspaceId}/followers/${follower.id}`, { status, shares: chosen });
      setMessage(t('common.saved'));
      onSaved();
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  return (
    <fieldset className="panel">
      <legend>
        {follower.programme.name} — {t(`portfolio.statuses.${follower.status}`)}
      </legend>
      {SCOPES.map((s) => (
        <label key={s} className="checkbox">
          <input
            type="checkbox"
            checked={shares.includes(s)}
            onChange={(e) => setShares(e.target.checked ? [...shares, s] : shares.filter((x) => x !== s))}
          />
          {t(`share.${s}`)}
        </label>
      ))}
      <div className="actions">
        <button type="button" onClick={() => save('active', shares)}>
          {follower.status === 'requested' ? t('sharing.accept') : t('common.save')}
        </button>
        {follower.status !== 'ended' && (
          <button type="button" className="danger" onClick={() => save('ended', [])}>
            {t('sharing.end')}
          </button>
        )}
      </div>
      {message && (
        <p role="status" className="small">
          {message}
        </p>
      )}
    </fieldset>
  );
}

/** What this cluster initiative shares with the programmes that follow it: explicit and revocable. */
export function SharingPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { data, error, loading, reload } = useApi<ApiGet<'/workspaces/{workspaceId}/followers'>>(
    `/workspaces/${workspaceId}/followers`,
  );
  if (error)
    return (
      <section>
        <h1>{t('module.sharing')}</h1>
        <ErrorMessage error={error} />
      </section>
    );
  if (loading && !data) return <Loading />;
  return (
    <section aria-labelledby="sharing-title">
      <h1 id="sharing-title">{t('module.sharing')}</h1>
      <p className="lead">{t('sharing.intro')}</p>
      <p className="small">{t('sharing.yourId', { id: workspaceId })}</p>
      {data?.followers.length ? (
        data.followers.map((f) => (
          <FollowerRow
            key={`${f.id}-${f.status}-${f.shares.join()}`}
            workspaceId={workspaceId}
            follower={f}
            onSaved={reload}
          />
        ))
      ) : (
        <p className="muted">{t('sharing.empty')}</p>
      )}
      <FollowInvitations workspaceId={workspaceId} />
    </section>
  );
}
