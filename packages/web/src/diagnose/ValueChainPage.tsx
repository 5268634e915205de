import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post, put } from '../api';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ErrorMessage, Loading } from '../layout/common';
import { formatNumber } from '../i18n';
import { DiagnoseNav } from './DiagnoseNav';
import { EDITORS, TYPE_COLOURS, type Actor } from './constants';
import type { Chain, Stage, ValueChainList } from './diagnoseTypes';

function StageBox({
  stage,
  canEdit,
  actors,
  onChange,
}: {
  stage: Stage;
  canEdit: boolean;
  actors: Actor[];
  onChange(ids: string[]): void;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState('');
  const ids = stage.actors.map((a) => a.id);
  return (
    <li className={`stage ${stage.whiteSpot ? 'white-spot' : ''}`} data-testid={`stage-${stage.name}`}>
      <strong>{stage.name}</strong>
      {stage.whiteSpot && <span className="badge spot">{t('valueChain.whiteSpot')}</span>}
      <ul>
        {stage.actors.map((a) => (
          <li key={a.id}>
            <span className="swatch" style={{ background: TYPE_COLOURS[a.actor_type] }} />
            {a.name}
            {canEdit && (
              <button
                type="button"
                className="link"
                aria-label={t('valueChain.removeActor', { name: a.name, stage: stage.name })}
                onClick={() => onChange(ids.filter((x) => x !== a.id))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <div className="stage-add">
          <select
            aria-label={t('valueChain.actorFor', { stage: stage.name })}
            value={adding}
            onChange={(e) => setAdding(e.target.value)}
          >
            <option value="">{t('valueChain.chooseActor')}</option>
            {actors
              .filter((a) => !ids.includes(a.id))
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
          </select>
          <button
            type="button"
            className="secondary"
            disabled={!adding}
            onClick={() => (onChange([...ids, adding]), setAdding(''))}
          >
            {t('valueChain.place')}
          </button>
        </div>
      )}
    </li>
  );
}

export function ValueChainPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const canEdit = EDITORS.includes(me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '');
  const list = useApi<ValueChainList>(`/workspaces/${workspaceId}/value-chains`);
  const [chainId, setChainId] = useState('');
  useEffect(() => {
    if (!chainId && list.data?.valueChains[0]) setChainId(list.data.valueChains[0].id);
  }, [list.data, chainId]);
  const chain = useApi<Chain>(chainId ? `/workspaces/${workspaceId}/value-chains/${chainId}` : null);
  const actors = useApi<{ actors: Actor[] }>(canEdit ? `/workspaces/${workspaceId}/actors?limit=500` : null);
  const [draft, setDraft] = useState({ name: '', template: 'cluster' });
  const [stageDraft, setStageDraft] = useState({ name: '', kind: 'primary' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const act = async (fn: () => Promise<unknown>) => {
    setMessage(null);
    try {
      await fn();
      await chain.reload();
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
  };
  if (list.error) return <ErrorMessage error={list.error} />;
  if (!list.data) return <Loading />;
  const c = chain.data;
  const row = (kind: 'primary' | 'support') => (
    <ol className={`chain ${kind}`} aria-label={t(`valueChain.${kind}`)}>
      {c!.stages
        .filter((s) => s.kind === kind)
        .map((s) => (
          <StageBox
            key={s.id}
            stage={s}
            canEdit={canEdit}
            actors={actors.data?.actors ?? []}
            onChange={(ids) =>
              act(() =>
                put(`/workspaces/${workspaceId}/value-chains/${c!.id}/stages/${s.id}/actors`, {
                  actorIds: ids,
                }),
              )
            }
          />
        ))}
    </ol>
  );
  const spots = c ? c.stages.filter((s) => s.whiteSpot) : [];

  return (
    <section aria-labelledby="vc-title">
      <h1 id="vc-title">{t('valueChain.title')}</h1>
      <DiagnoseNav />
      <p className="lead">{t('valueChain.intro')}</p>
      {message && (
        <p role="alert" className="alert">
          {message.text}
        </p>
      )}
      {list.data.valueChains.length > 0 ? (
        <label>
          {t('valueChain.chain')}
          <select value={chainId} onChange={(e) => setChainId(e.target.value)}>
            {list.data.valueChains.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p className="muted">{t('valueChain.none')}</p>
      )}
      {c && (
        <>
          <p>
            {t('valueChain.coverage', {
              coverage: c.coverage === null ? '—' : formatNumber(c.coverage * 100, i18n.language, 0),
            })}{' '}
            {spots.length > 0 && (
              <strong>{t('valueChain.spots', { names: spots.map((s) => s.name).join(', ') })}</strong>
            )}
          </p>
          <h2 className="h-small">{t('valueChain.primary')}</h2>
          {row('primary')}
          <h2 className="h-small">{t('valueChain.support')}</h2>
          {row('support')}
          {c.template !== 'empty' && (
            <p className="small muted" data-testid="template-note">
              {t(`valueChain.templateNotes.${c.template}`)}
            </p>
          )}
          {canEdit && (
            <form
              className="panel form-row"
              onSubmit={(e) => {
                e.preventDefault();
                void act(() =>
                  post(`/workspaces/${workspaceId}/value-chains/${c.id}/stages`, stageDraft).then(() =>
                    setStageDraft({ ...stageDraft, name: '' }),
                  ),
                );
              }}
            >
              <label>
                {t('valueChain.stageName')}
                <input
                  value={stageDraft.name}
                  onChange={(e) => setStageDraft({ ...stageDraft, name: e.target.value })}
                  required
                />
              </label>
              <label>
                {t('valueChain.row')}
                <select
                  value={stageDraft.kind}
                  onChange={(e) => setStageDraft({ ...stageDraft, kind: e.target.value })}
                >
                  <option value="primary">{t('valueChain.primary')}</option>
                  <option value="support">{t('valueChain.support')}</option>
                </select>
              </label>
              <button type="submit">{t('valueChain.addStage')}</button>
            </form>
          )}
        </>
      )}
      {canEdit && (
        <form
          className="panel form-row"
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              const created = await post<{ id: string }>(`/workspaces/${workspaceId}/value-chains`, draft);
              await list.reload();
              setChainId(created.id);
              setDraft({ ...draft, name: '' });
            } catch (err) {
              setMessage({ ok: false, text: (err as Error).message });
            }
          }}
        >
          <label>
            {t('valueChain.newName')}
            <input
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              required
            />
          </label>
          <label>
            {t('valueChain.template')}
            <select value={draft.template} onChange={(e) => setDraft({ ...draft, template: e.target.value })}>
              {['cluster', 'firm', 'empty'].map((x) => (
                <option key={x} value={x}>
                  {t(`valueChain.templates.${x}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('valueChain.create')}</button>
        </form>
      )}
    </section>
  );
}
