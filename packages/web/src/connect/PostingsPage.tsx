import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, patch, put } from '../api';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { DataList, EmptyState } from '../layout/DataList';
import { Dialog, NewButton, useConfirm } from '../layout/Dialog';
import { formatDay } from '../strategy/documentsParts';
import { ConnectNav, PostingForm, themeList } from './connectParts';
import type { InterestsReceived, Matches, OwnPosting, OwnPostings, ReceivedInterest } from './connectTypes';

/**
 * Our postings (docs/connect.md): create, edit, close and delete the initiative's partner-search
 * postings, answer the interests other initiatives expressed, and see the suggested matches (the
 * platform's rule, not a guide's).
 */
export function PostingsPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const base = `/workspaces/${workspaceId}/connect`;
  const list = useApi<OwnPostings>(`${base}/postings`);
  const received = useApi<InterestsReceived>(`${base}/interests/received`);
  const [editing, setEditing] = useState<OwnPosting | null>(null);
  const [matchesOf, setMatchesOf] = useState<OwnPosting | null>(null);
  const matches = useApi<Matches>(matchesOf ? `${base}/postings/${matchesOf.id}/matches` : null);
  const [notice, setNotice] = useState('');
  const [confirm, confirmDialog] = useConfirm();
  const day = (iso: string | null) => (iso ? formatDay(iso, i18n.language) : t('connect.noClosingDate'));
  const reload = async (text: string) => {
    setNotice(text);
    await Promise.all([list.reload(), received.reload()]);
  };
  const decide = async (i: ReceivedInterest, decision: 'accepted' | 'declined') => {
    await put(`${base}/interests/${i.id}/decision`, { decision });
    await reload(t(`connect.interests.${decision}Notice`, { name: i.initiativeName }));
  };

  return (
    <>
      <ConnectNav />
      <section aria-labelledby="postings-title">
        <h1 id="postings-title">{t('connect.postings.title')}</h1>
        <p className="muted">{t('connect.postings.intro')}</p>
        <NewButton label={t('connect.postings.new')}>
          {(close) => (
            <PostingForm
              url={`${base}/postings`}
              posting={null}
              onDone={async (text) => {
                close(text);
                await list.reload();
              }}
            />
          )}
        </NewButton>
        <p role="status" className={notice ? 'form-notice ok' : undefined}>
          {notice}
        </p>
        {list.error ? (
          <ErrorMessage error={list.error} />
        ) : !list.data ? (
          <Loading />
        ) : (
          <DataList
            label={t('connect.postings.title')}
            testId="own-postings"
            rows={list.data.postings}
            rowKey={(p) => p.id}
            exportName="our-postings"
            empty={<EmptyState text={t('connect.postings.empty')} />}
            columns={[
              { key: 'title', header: t('connect.field.title'), rowHeader: true, value: (p) => p.title },
              { key: 'kind', header: t('connect.kind.label'), value: (p) => t(`connect.kind.${p.kind}`) },
              { key: 'themes', header: t('connect.field.themes'), value: (p) => themeList(p.themes, t) },
              {
                key: 'status',
                header: t('connect.field.status'),
                value: (p) => t(p.open ? 'connect.postingStatus.open' : 'connect.postingStatus.closed'),
              },
              { key: 'closes', header: t('connect.field.closesOn'), value: (p) => day(p.closesOn) },
              {
                key: 'interests',
                header: t('connect.field.interests'),
                numeric: true,
                value: (p) => p.interests,
              },
              {
                key: 'actions',
                header: t('connect.field.actions'),
                value: () => '',
                render: (p) => (
                  <div className="actions">
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t('connect.postings.matchesOf', { title: p.title })}
                      onClick={() => setMatchesOf(p)}
                    >
                      {t('connect.postings.matches')}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t('connect.postings.editOf', { title: p.title })}
                      onClick={() => setEditing(p)}
                    >
                      {t('connect.postings.edit')}
                    </button>
                    {p.status === 'open' ? (
                      <button
                        type="button"
                        className="secondary"
                        aria-label={t('connect.postings.closeOf', { title: p.title })}
                        onClick={async () => {
                          await patch(`${base}/postings/${p.id}`, { status: 'closed' });
                          await reload(t('connect.postings.closed', { title: p.title }));
                        }}
                      >
                        {t('connect.postings.close')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="secondary"
                        aria-label={t('connect.postings.reopenOf', { title: p.title })}
                        onClick={async () => {
                          await patch(`${base}/postings/${p.id}`, { status: 'open' });
                          await reload(t('connect.postings.reopened', { title: p.title }));
                        }}
                      >
                        {t('connect.postings.reopen')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('connect.postings.deleteOf', { title: p.title })}
                      onClick={async () => {
                        if (
                          await confirm({
                            message: t('connect.postings.confirmDelete', {
                              title: p.title,
                              count: p.interests,
                            }),
                            action: t('connect.postings.delete'),
                          })
                        ) {
                          await del(`${base}/postings/${p.id}`);
                          await reload(t('connect.postings.deleted', { title: p.title }));
                        }
                      }}
                    >
                      {t('connect.postings.delete')}
                    </button>
                  </div>
                ),
              },
            ]}
          />
        )}

        <h2 id="received-title">{t('connect.interests.received')}</h2>
        {received.error ? (
          <ErrorMessage error={received.error} />
        ) : !received.data ? (
          <Loading />
        ) : (
          <DataList
            label={t('connect.interests.received')}
            testId="interests-received"
            rows={received.data.interests}
            rowKey={(i) => i.id}
            exportName="interests-received"
            empty={<EmptyState text={t('connect.interests.noneReceived')} />}
            columns={[
              {
                key: 'initiative',
                header: t('connect.field.initiative'),
                rowHeader: true,
                value: (i) => i.initiativeName,
              },
              { key: 'posting', header: t('connect.field.posting'), value: (i) => i.postingTitle },
              {
                key: 'contact',
                header: t('connect.field.contact'),
                value: (i) => `${i.contactName} <${i.contactEmail}>`,
                render: (i) => (
                  <>
                    {i.contactName} <a href={`mailto:${i.contactEmail}`}>{i.contactEmail}</a>
                  </>
                ),
              },
              { key: 'message', header: t('connect.field.message'), value: (i) => i.message },
              { key: 'date', header: t('connect.field.date'), value: (i) => day(i.createdAt) },
              {
                key: 'status',
                header: t('connect.field.status'),
                value: (i) => t(`connect.status.${i.status}`),
              },
              {
                key: 'decide',
                header: t('connect.field.actions'),
                value: () => '',
                render: (i) =>
                  i.status === 'pending' ? (
                    <div className="actions">
                      <button
                        type="button"
                        aria-label={t('connect.interests.acceptOf', { name: i.initiativeName })}
                        onClick={() => decide(i, 'accepted')}
                      >
                        {t('connect.interests.accept')}
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        aria-label={t('connect.interests.declineOf', { name: i.initiativeName })}
                        onClick={() => decide(i, 'declined')}
                      >
                        {t('connect.interests.decline')}
                      </button>
                    </div>
                  ) : null,
              },
            ]}
          />
        )}

        <Dialog
          open={!!editing}
          title={editing ? `${t('connect.postings.edit')} — ${editing.title}` : ''}
          onClose={() => setEditing(null)}
        >
          {editing && (
            <PostingForm
              url={`${base}/postings`}
              posting={editing}
              onDone={async (text) => {
                setEditing(null);
                await reload(text);
              }}
            />
          )}
        </Dialog>
        <Dialog
          open={!!matchesOf}
          title={matchesOf ? t('connect.matches.title', { title: matchesOf.title }) : ''}
          onClose={() => setMatchesOf(null)}
        >
          <p className="small muted">{t('connect.matches.rule')}</p>
          {matches.error ? (
            <ErrorMessage error={matches.error} />
          ) : !matches.data ? (
            <Loading />
          ) : matches.data.matches.length === 0 ? (
            <EmptyState text={t('connect.matches.none')} />
          ) : (
            <ul data-testid="matches">
              {matches.data.matches.map((m) => (
                <li key={m.id}>
                  <strong>{m.title}</strong> — {m.initiativeName} ({t(`connect.kind.${m.kind}`)})
                  <br />
                  <span className="small muted">
                    {t('connect.matches.why', {
                      themes: themeList(m.sharedThemes, t) || '—',
                      words: m.sharedWords.join(', ') || '—',
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Dialog>
        {confirmDialog}
      </section>
    </>
  );
}
