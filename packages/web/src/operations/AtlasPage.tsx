import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../useApi';
import { ErrorMessage, Loading, Pager } from '../layout/common';
import { OperationsNav } from './OperationsNav';
import type { ApiGet } from '../api/types';

const LIMIT = 20;

/** The competence atlas (GIZ 001:3486–3509): members find each other's competences, offers and needs. */
export function AtlasPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [kind, setKind] = useState('');
  const [offset, setOffset] = useState(0);
  const params = new URLSearchParams({ limit: String(LIMIT), offset: String(offset) });
  if (q) params.set('q', q);
  if (kind) params.set('kind', kind);
  const list = useApi<ApiGet<'/workspaces/{workspaceId}/competence-atlas'>>(
    `/workspaces/${workspaceId}/competence-atlas?${params}`,
  );

  return (
    <section aria-labelledby="atlas-title">
      <h1 id="atlas-title">{t('atlas.title')}</h1>
      <OperationsNav />
      <p className="muted">{t('atlas.intro')}</p>
      <form
        role="search"
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(draft.trim());
          setOffset(0);
        }}
      >
        <label>
          {t('atlas.search')}
          <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <label>
          {t('atlas.kind')}
          <select
            value={kind}
            onChange={(e) => {
              setKind(e.target.value);
              setOffset(0);
            }}
          >
            <option value="">{t('atlas.allKinds')}</option>
            {['competence', 'offer', 'need'].map((k) => (
              <option key={k} value={k}>
                {t(`atlas.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('atlas.find')}</button>
      </form>
      {list.error ? (
        <ErrorMessage error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.total === 0 ? (
        <p className="muted">{q ? t('atlas.noMatch', { q }) : t('atlas.empty')}</p>
      ) : (
        <>
          <p role="status" className="small muted">
            {t('atlas.found', { count: list.data.total })}
          </p>
          <ul className="cards" data-testid="atlas-results">
            {list.data.entries.map((e) => (
              <li key={e.id} className="panel">
                <span className="badge">{t(`atlas.kinds.${e.kind}`)}</span> <strong>{e.title}</strong>
                {e.description && <p>{e.description}</p>}
                <p className="small">
                  {e.organisation} · {t(`actorType.${e.actor_type}`)}
                  {e.sector && ` · ${e.sector}`}
                  {e.location && ` · ${e.location}`}
                </p>
                <p className="small">
                  {e.contact_name && `${e.contact_name} `}
                  {e.email && <a href={`mailto:${e.email}`}>{e.email}</a>}{' '}
                  {/* Linked only when it is a web address (an older record may hold anything). */}
                  {e.website &&
                    (/^https?:\/\//i.test(e.website) ? (
                      <a href={e.website} rel="noreferrer noopener" target="_blank">
                        {e.website}
                      </a>
                    ) : (
                      e.website
                    ))}
                </p>
                {e.keywords && <p className="small muted">{e.keywords}</p>}
              </li>
            ))}
          </ul>
          <Pager offset={offset} limit={LIMIT} total={list.data.total} onChange={setOffset} />
        </>
      )}
    </section>
  );
}
