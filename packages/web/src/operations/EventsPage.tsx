import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { formatDateTime } from '../i18n';
import { OperationsNav, isTeam, useWorkspaceRole } from './OperationsNav';
import { ImportButton } from './ImportForm';
import { EventForm } from './EventForm';
import { NewButton } from '../layout/Dialog';
import { DataList, EmptyState } from '../layout/DataList';
import type { EventList } from './event-types';

export { EVENT_KINDS } from './EventForm';
const LIMIT = 20;

/** The events agenda: upcoming and past events, seats, and the caller's own registration. */
export function EventsPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const team = isTeam(useWorkspaceRole());
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [offset, setOffset] = useState(0);
  const list = useApi<EventList>(
    `/workspaces/${workspaceId}/events?when=${when}&limit=${LIMIT}&offset=${offset}`,
  );
  const { message } = useAction(() => list.reload());
  const base = `/w/${workspaceId}/operations`;

  return (
    <section aria-labelledby="events-title">
      <h1 id="events-title">{t('events.title')}</h1>
      <OperationsNav />
      <ActionNotice message={message} />
      <div className="actions">
        <div role="group" aria-label={t('events.when')}>
          {(['upcoming', 'past'] as const).map((w) => (
            <button
              key={w}
              type="button"
              className={when === w ? '' : 'secondary'}
              aria-pressed={when === w}
              onClick={() => {
                setWhen(w);
                setOffset(0);
              }}
            >
              {t(`events.${w}`)}
            </button>
          ))}
        </div>
        <a href={`/api/v1/workspaces/${workspaceId}/events.ics`} download>
          {t('events.calendar')}
        </a>
        <a href={`/api/v1/workspaces/${workspaceId}/events?when=${when}&format=csv`} download>
          {t('common.exportCsv')}
        </a>
        <a href={`/api/v1/workspaces/${workspaceId}/events?when=${when}&format=xlsx`} download>
          {t('common.exportXlsx')}
        </a>
        {team && (
          <>
            <ImportButton
              label={t('list.importEvents')}
              url={`/workspaces/${workspaceId}/events/import`}
              title={t('imports.events')}
              columns="title, kind, starts_at, ends_at, location, capacity, description, agenda"
              onDone={list.reload}
            />
            <NewButton label={t('list.newEvent')} title={t('events.new')}>
              {(close) => (
                <EventForm
                  workspaceId={workspaceId}
                  onSaved={async (text) => {
                    await list.reload();
                    close(text);
                  }}
                />
              )}
            </NewButton>
          </>
        )}
      </div>
      {list.error ? (
        <ErrorMessage error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <DataList
          label={t(`events.${when}`)}
          testId="event-list"
          rows={list.data.events}
          rowKey={(e) => e.id}
          search={false}
          server={{ total: list.data.total, offset, limit: LIMIT, onPage: setOffset }}
          empty={<EmptyState text={t(when === 'upcoming' ? 'events.noUpcoming' : 'events.noPast')} />}
          columns={[
            {
              key: 'title',
              header: t('events.event'),
              rowHeader: true,
              value: (e) => e.title,
              render: (e) => (
                <>
                  <Link to={`${base}/events/${e.id}`}>{e.title}</Link>
                  <div className="small muted">{t(`events.kinds.${e.kind}`)}</div>
                </>
              ),
            },
            {
              key: 'date',
              header: t('events.date'),
              value: (e) => formatDateTime(e.starts_at, i18n.language),
            },
            { key: 'location', header: t('events.location'), value: (e) => e.location },
            {
              key: 'seats',
              header: t('events.seats'),
              value: (e) => e.registered,
              render: (e) => (
                <>
                  {e.capacity === null
                    ? t('events.seatsOpen', { registered: e.registered })
                    : t('events.seatsOf', { registered: e.registered, capacity: e.capacity })}
                  {e.waitlisted > 0 && (
                    <div className="small muted">{t('events.waitingCount', { count: e.waitlisted })}</div>
                  )}
                </>
              ),
            },
            {
              key: 'mine',
              header: t('events.mine'),
              value: (e) => (e.my_status ? t(`events.status.${e.my_status}`) : '—'),
            },
          ]}
        />
      )}
    </section>
  );
}
