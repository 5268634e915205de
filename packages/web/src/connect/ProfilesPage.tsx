import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { DataList, EmptyState } from '../layout/DataList';
import { Dialog } from '../layout/Dialog';
import { ConnectNav, ThemeFilter, themeList, useServerSearch } from './connectParts';
import type { DirectoryProfile, ProfileDetail, ProfileDirectory } from './connectTypes';

const PAGE = 25;

/**
 * The directory (docs/connect.md): the published profiles of every cluster initiative on the
 * platform, with their competences, offers and needs, searched and filtered by theme; a profile
 * opens with its initiative's open postings.
 */
export function ProfilesPage() {
  const { t } = useTranslation();
  const search = useServerSearch('/connect/profiles', PAGE, ['theme']);
  const list = useApi<ProfileDirectory>(search.url);
  const [shown, setShown] = useState<DirectoryProfile | null>(null);
  const detail = useApi<ProfileDetail>(shown ? `/connect/profiles/${shown.id}` : null);
  const lines = (values: readonly string[]) => (values.length ? values.join('; ') : '—');

  return (
    <>
      <ConnectNav />
      <section aria-labelledby="profiles-title">
        <h1 id="profiles-title">{t('connect.directory.title')}</h1>
        <p className="muted">{t('connect.directory.intro')}</p>
        {list.error ? (
          <ErrorMessage error={list.error} />
        ) : !list.data ? (
          <Loading />
        ) : (
          <DataList
            label={t('connect.directory.title')}
            testId="profiles"
            rows={list.data.profiles}
            rowKey={(p) => p.id}
            exportName="cluster-profiles"
            server={search.server(list.data)}
            filters={
              <ThemeFilter
                value={search.filter('theme')}
                onChange={(theme) => search.setFilter('theme', theme)}
              />
            }
            empty={
              <EmptyState
                text={search.filtered ? t('connect.directory.noMatch') : t('connect.directory.empty')}
              />
            }
            columns={[
              {
                key: 'initiative',
                header: t('connect.field.initiative'),
                rowHeader: true,
                value: (p) => p.initiativeName,
                render: (p) => (
                  <button type="button" className="link" onClick={() => setShown(p)}>
                    {p.initiativeName}
                  </button>
                ),
              },
              { key: 'sector', header: t('connect.field.sector'), value: (p) => p.sector },
              { key: 'region', header: t('connect.profile.region'), value: (p) => p.region },
              {
                key: 'offers',
                header: t('connect.profile.offers'),
                value: (p) => lines([...p.offers, ...p.competences]),
              },
              { key: 'needs', header: t('connect.profile.needs'), value: (p) => lines(p.needs) },
              { key: 'themes', header: t('connect.field.themes'), value: (p) => themeList(p.themes, t) },
            ]}
          />
        )}
        <Dialog open={!!shown} title={shown?.initiativeName ?? ''} onClose={() => setShown(null)}>
          {shown && (
            <div data-testid="profile-detail">
              {shown.own && <p className="muted">{t('connect.directory.own')}</p>}
              <p style={{ whiteSpace: 'pre-wrap' }}>{shown.summary}</p>
              <dl className="small">
                <dt>{t('connect.field.sector')}</dt>
                <dd>{shown.sector || '—'}</dd>
                <dt>{t('connect.profile.region')}</dt>
                <dd>{shown.region || '—'}</dd>
                <dt>{t('connect.profile.competences')}</dt>
                <dd>{lines(shown.competences)}</dd>
                <dt>{t('connect.profile.offers')}</dt>
                <dd>{lines(shown.offers)}</dd>
                <dt>{t('connect.profile.needs')}</dt>
                <dd>{lines(shown.needs)}</dd>
                <dt>{t('connect.field.themes')}</dt>
                <dd>{themeList(shown.themes, t)}</dd>
                <dt>{t('connect.profile.contactEmail')}</dt>
                <dd>
                  {shown.contactEmail ? (
                    <a href={`mailto:${shown.contactEmail}`}>{shown.contactEmail}</a>
                  ) : (
                    '—'
                  )}
                </dd>
                <dt>{t('connect.profile.website')}</dt>
                <dd>
                  {shown.website ? (
                    <a href={shown.website} rel="noopener noreferrer" target="_blank">
                      {shown.website}
                    </a>
                  ) : (
                    '—'
                  )}
                </dd>
              </dl>
              <h3>{t('connect.directory.postings')}</h3>
              {detail.error ? (
                <ErrorMessage error={detail.error} />
              ) : !detail.data ? (
                <Loading />
              ) : detail.data.postings.length ? (
                <ul>
                  {detail.data.postings.map((p) => (
                    <li key={p.id}>
                      <span className="badge">{t(`connect.kind.${p.kind}`)}</span> {p.title}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('connect.directory.noPostings')}</p>
              )}
            </div>
          )}
        </Dialog>
      </section>
    </>
  );
}
