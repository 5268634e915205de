import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { POSTING_KINDS } from '@agglomera/methods';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { DataList, EmptyState } from '../layout/DataList';
import { Dialog } from '../layout/Dialog';
import { formatDay } from '../strategy/documentsParts';
import { ConnectNav, InterestForm, ThemeFilter, themeList, useServerSearch } from './connectParts';
import type { Board, BoardPosting, InterestsSent } from './connectTypes';

const PAGE = 25;

/**
 * Partner search (docs/connect.md): the open postings of every cluster initiative on the platform,
 * ECCP style (ECCP guide: partners for skills, green and internationalisation actions), with
 * "Express interest" on another initiative's posting.
 */
export function BoardPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const search = useServerSearch('/connect/board', PAGE, ['kind', 'theme']);
  const board = useApi<Board>(search.url);
  const sent = useApi<InterestsSent>(`/workspaces/${workspaceId}/connect/interests/sent`);
  const [shown, setShown] = useState<BoardPosting | null>(null);
  const [interestFor, setInterestFor] = useState<BoardPosting | null>(null);
  const [notice, setNotice] = useState('');
  const interestOf = (id: string) => sent.data?.interests.find((i) => i.postingId === id);
  const day = (iso: string | null) => (iso ? formatDay(iso, i18n.language) : t('connect.noClosingDate'));

  return (
    <>
      <ConnectNav />
      <section aria-labelledby="board-title">
        <h1 id="board-title">{t('connect.board.title')}</h1>
        <p className="muted">{t('connect.board.intro')}</p>
        <p className="small muted">{t('connect.board.sources')}</p>
        <p role="status" className={notice ? 'form-notice ok' : undefined}>
          {notice}
        </p>
        {board.error ? (
          <ErrorMessage error={board.error} />
        ) : !board.data ? (
          <Loading />
        ) : (
          <DataList
            label={t('connect.board.title')}
            testId="board"
            rows={board.data.postings}
            rowKey={(p) => p.id}
            exportName="partner-search"
            server={search.server(board.data)}
            filters={
              <>
                <label>
                  {t('connect.kind.label')}{' '}
                  <select
                    value={search.filter('kind')}
                    onChange={(e) => search.setFilter('kind', e.target.value)}
                  >
                    <option value="">{t('connect.allKinds')}</option>
                    {POSTING_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`connect.kind.${k}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <ThemeFilter
                  value={search.filter('theme')}
                  onChange={(theme) => search.setFilter('theme', theme)}
                />
              </>
            }
            empty={
              <EmptyState text={search.filtered ? t('connect.board.noMatch') : t('connect.board.empty')} />
            }
            columns={[
              {
                key: 'title',
                header: t('connect.field.title'),
                rowHeader: true,
                value: (p) => p.title,
                render: (p) => (
                  <button type="button" className="link" onClick={() => setShown(p)}>
                    {p.title}
                  </button>
                ),
              },
              { key: 'kind', header: t('connect.kind.label'), value: (p) => t(`connect.kind.${p.kind}`) },
              { key: 'initiative', header: t('connect.field.initiative'), value: (p) => p.initiativeName },
              { key: 'themes', header: t('connect.field.themes'), value: (p) => themeList(p.themes, t) },
              { key: 'sector', header: t('connect.field.sector'), value: (p) => p.sector },
              { key: 'closes', header: t('connect.field.closesOn'), value: (p) => day(p.closesOn) },
              {
                key: 'interest',
                header: t('connect.board.yourInterest'),
                value: (p) =>
                  p.own
                    ? t('connect.board.ownPosting')
                    : interestOf(p.id)
                      ? t(`connect.status.${interestOf(p.id)!.status}`)
                      : '',
              },
            ]}
          />
        )}
        <Dialog open={!!shown} title={shown?.title ?? ''} onClose={() => setShown(null)}>
          {shown && (
            <div data-testid="board-posting">
              <p>
                <span className="badge">{t(`connect.kind.${shown.kind}`)}</span>{' '}
                <strong>{shown.initiativeName}</strong>
              </p>
              <p style={{ whiteSpace: 'pre-wrap' }}>{shown.description}</p>
              <dl className="small">
                <dt>{t('connect.field.themes')}</dt>
                <dd>{themeList(shown.themes, t)}</dd>
                <dt>{t('connect.field.sector')}</dt>
                <dd>{shown.sector || '—'}</dd>
                <dt>{t('connect.field.closesOn')}</dt>
                <dd>{day(shown.closesOn)}</dd>
                <dt>{t('connect.field.published')}</dt>
                <dd>{formatDay(shown.publishedAt, i18n.language)}</dd>
              </dl>
              <div className="actions">
                {shown.own ? (
                  <span className="muted">{t('connect.board.ownPosting')}</span>
                ) : interestOf(shown.id) ? (
                  <span>
                    {t('connect.board.alreadyInterested', {
                      status: t(`connect.status.${interestOf(shown.id)!.status}`),
                    })}
                  </span>
                ) : (
                  <button type="button" onClick={() => (setInterestFor(shown), setShown(null))}>
                    {t('connect.board.express')}
                  </button>
                )}
              </div>
            </div>
          )}
        </Dialog>
        <Dialog
          open={!!interestFor}
          title={interestFor ? t('connect.board.expressTitle', { title: interestFor.title }) : ''}
          onClose={() => setInterestFor(null)}
        >
          {interestFor && (
            <InterestForm
              workspaceId={workspaceId}
              postingId={interestFor.id}
              onDone={async (text) => {
                setInterestFor(null);
                setNotice(text);
                await sent.reload();
              }}
            />
          )}
        </Dialog>
      </section>
    </>
  );
}
