import { useState } from 'react';
import { ACTOR_TYPES } from '@agglomera/methods';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading, Pager } from '../layout/common';
import { formatDateTime } from '../i18n';
import { OperationsNav, useWorkspaceRole } from './OperationsNav';
import { JobProgress, useJob } from '../jobs/JobProgress';
import type { ApiGet } from '../api/types';

const SEGMENTS = ['all_members', 'actor_type', 'working_group', 'event'];
const LIMIT = 20;

/** Mailing lists by segment and messages with their send log (GIZ 001:2789–2844, 3486–3509). */
export function CommunicationPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const board = ['owner', 'manager'].includes(useWorkspaceRole());
  const [offset, setOffset] = useState(0);
  const lists = useApi<ApiGet<'/workspaces/{workspaceId}/mailing-lists'>>(
    `/workspaces/${workspaceId}/mailing-lists`,
  );
  const messages = useApi<ApiGet<'/workspaces/{workspaceId}/messages'>>(
    `/workspaces/${workspaceId}/messages?limit=${LIMIT}&offset=${offset}`,
  );
  const groups = useApi<ApiGet<'/workspaces/{workspaceId}/working-groups'>>(
    `/workspaces/${workspaceId}/working-groups`,
  );
  const events = useApi<{ events: { id: string; title: string }[] }>(
    `/workspaces/${workspaceId}/events?when=all&limit=200`,
  );
  const { message, act } = useAction(() => Promise.all([lists.reload(), messages.reload()]));
  const [draft, setDraft] = useState({ name: '', segment: 'all_members', segmentValue: '' });
  const [mail, setMail] = useState({ listId: '', subject: '', body: '' });
  const { job, track } = useJob();
  if (lists.error) return <ErrorMessage error={lists.error} />;
  if (!lists.data) return <Loading />;
  const options: { value: string; label: string }[] =
    draft.segment === 'actor_type'
      ? ACTOR_TYPES.map((v) => ({
          value: v,
          label: t(`actorType.${v}`),
        }))
      : draft.segment === 'working_group'
        ? (groups.data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))
        : draft.segment === 'event'
          ? (events.data?.events ?? []).map((e) => ({ value: e.id, label: e.title }))
          : [];

  return (
    <section aria-labelledby="comm-title">
      <h1 id="comm-title">{t('communication.title')}</h1>
      <OperationsNav />
      <ActionNotice message={message} />
      <h2>{t('communication.lists')}</h2>
      {lists.data.lists.length === 0 ? (
        <p className="muted">{t('communication.noLists')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('communication.list')}</th>
              <th scope="col">{t('communication.segment')}</th>
              <th scope="col">{t('communication.reach')}</th>
            </tr>
          </thead>
          <tbody>
            {lists.data.lists.map((l) => (
              <tr key={l.id}>
                <th scope="row">{l.name}</th>
                <td>{t(`communication.segments.${l.segment}`)}</td>
                <td>
                  {t('communication.reachCount', { count: l.reach })}
                  {l.withoutEmail > 0 && (
                    <div className="small muted">
                      {t('communication.withoutEmail', { count: l.withoutEmail })}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="panel"
        aria-labelledby="comm-new-list"
        onSubmit={(e) => {
          e.preventDefault();
          void act(async () => {
            await post(`/workspaces/${workspaceId}/mailing-lists`, {
              name: draft.name,
              segment: draft.segment,
              ...(draft.segment === 'all_members' ? {} : { segmentValue: draft.segmentValue }),
            });
            setDraft({ name: '', segment: 'all_members', segmentValue: '' });
          }, t('communication.listCreated'));
        }}
      >
        <h3 id="comm-new-list">{t('communication.newList')}</h3>
        <div className="grid2">
          <label>
            {t('common.name')}
            <input
              required
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
          </label>
          <label>
            {t('communication.segment')}
            <select
              value={draft.segment}
              onChange={(e) => setDraft({ ...draft, segment: e.target.value, segmentValue: '' })}
            >
              {SEGMENTS.map((s) => (
                <option key={s} value={s}>
                  {t(`communication.segments.${s}`)}
                </option>
              ))}
            </select>
          </label>
          {draft.segment !== 'all_members' && (
            <label>
              {t(`communication.segments.${draft.segment}`)}
              <select
                required
                value={draft.segmentValue}
                onChange={(e) => setDraft({ ...draft, segmentValue: e.target.value })}
              >
                <option value="">—</option>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        <button type="submit">{t('communication.createList')}</button>
      </form>

      {board && lists.data.lists.length > 0 && (
        <form
          className="panel"
          aria-labelledby="comm-send"
          onSubmit={(e) => {
            e.preventDefault();
            void act(
              async () => {
                // The server sends in a job (202); its progress shows until it is done.
                const queued = await post<{ jobId: string }>(
                  `/workspaces/${workspaceId}/mailing-lists/${mail.listId}/messages`,
                  { subject: mail.subject, body: mail.body },
                );
                setMail({ ...mail, subject: '', body: '' });
                return track<{ sent: number; failed: number; noEmail: number }>(workspaceId, queued.jobId);
              },
              (r) => t('communication.sentNotice', r),
            );
          }}
        >
          <h3 id="comm-send">{t('communication.send')}</h3>
          <JobProgress job={job} />
          <label>
            {t('communication.list')}
            <select
              required
              value={mail.listId}
              onChange={(e) => setMail({ ...mail, listId: e.target.value })}
            >
              <option value="">—</option>
              {lists.data.lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name} ({t('communication.reachCount', { count: l.reach })})
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('communication.subject')}
            <input
              required
              value={mail.subject}
              onChange={(e) => setMail({ ...mail, subject: e.target.value })}
            />
          </label>
          <label>
            {t('communication.body')}
            <textarea
              required
              rows={5}
              value={mail.body}
              onChange={(e) => setMail({ ...mail, body: e.target.value })}
            />
          </label>
          <button type="submit">{t('communication.sendButton')}</button>
        </form>
      )}

      <h2>{t('communication.sentMessages')}</h2>
      {!messages.data ? (
        <Loading />
      ) : messages.data.total === 0 ? (
        <p className="muted">{t('communication.noMessages')}</p>
      ) : (
        <>
          <table data-testid="messages">
            <thead>
              <tr>
                <th scope="col">{t('communication.subject')}</th>
                <th scope="col">{t('communication.list')}</th>
                <th scope="col">{t('common.when')}</th>
                <th scope="col">{t('communication.log')}</th>
              </tr>
            </thead>
            <tbody>
              {messages.data.messages.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.subject}</th>
                  <td>{m.list_name}</td>
                  <td>
                    {formatDateTime(m.sent_at, i18n.language)}
                    {m.sent_by && <div className="small muted">{m.sent_by}</div>}
                  </td>
                  <td>
                    {t('communication.logCounts', { sent: m.sent, failed: m.failed, noEmail: m.no_email })}{' '}
                    <a href={`/api/v1/workspaces/${workspaceId}/messages/${m.id}/log?format=csv`} download>
                      {t('common.exportCsv')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager offset={offset} limit={LIMIT} total={messages.data.total} onChange={setOffset} />
        </>
      )}
    </section>
  );
}
