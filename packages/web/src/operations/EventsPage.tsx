import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { formatDateTime } from '../i18n';
import { OperationsNav, isTeam, useWorkspaceRole } from './OperationsNav';
import { ImportButton } from './ImportForm';
import { Form, useForm } from '../layout/forms';
import { NewButton } from '../layout/Dialog';
import { DataList, EmptyState } from '../layout/DataList';

export const EVENT_KINDS = [
  'networking',
  'workshop',
  'information',
  'training',
  'company_visit',
  'trade_fair',
  'general_assembly',
  'event',
];
interface EventRow {
  id: string;
  title: string;
  kind: string;
  location: string;
  starts_at: string;
  ends_at: string;
  capacity: number | null;
  registered: number;
  waitlisted: number;
  my_status: string | null;
}
const LIMIT = 20;

/** The events agenda: upcoming and past events, seats, and the caller's own registration. */
export function EventsPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const team = isTeam(useWorkspaceRole());
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [offset, setOffset] = useState(0);
  const list = useApi<{ events: EventRow[]; total: number }>(
    `/workspaces/${workspaceId}/events?when=${when}&limit=${LIMIT}&offset=${offset}`,
  );
  const { message } = useAction(() => list.reload());
  const [draft, setDraft] = useState({
    title: '',
    kind: 'workshop',
    location: '',
    date: '',
    from: '09:00',
    to: '12:00',
    capacity: '',
    agenda: '',
  });
  const base = `/w/${workspaceId}/operations`;
  const newForm = useForm();

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
                <Form
                  form={newForm}
                  aria-label={t('events.new')}
                  onSubmit={() => {
                    const at = (time: string) => new Date(`${draft.date}T${time}`).toISOString();
                    return newForm.submit(
                      () =>
                        post(`/workspaces/${workspaceId}/events`, {
                          title: draft.title,
                          kind: draft.kind,
                          location: draft.location,
                          agenda: draft.agenda,
                          startsAt: at(draft.from),
                          endsAt: at(draft.to),
                          capacity: draft.capacity ? Number(draft.capacity) : null,
                        }),
                      null,
                      async () => {
                        setDraft({ ...draft, title: '', agenda: '' });
                        await list.reload();
                        close(t('events.created'));
                      },
                    );
                  }}
                >
                  <div className="grid2">
                    <label>
                      {t('events.eventTitle')}
                      <input
                        required
                        value={draft.title}
                        onChange={(e) => setDraft({ ...draft, title: e.target.value })}
                      />
                    </label>
                    <label>
                      {t('events.kind')}
                      <select
                        value={draft.kind}
                        onChange={(e) => setDraft({ ...draft, kind: e.target.value })}
                      >
                        {EVENT_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {t(`events.kinds.${k}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label>
                      {t('events.date')}
                      <input
                        required
                        type="date"
                        value={draft.date}
                        onChange={(e) => setDraft({ ...draft, date: e.target.value })}
                      />
                    </label>
                    <label>
                      {t('events.from')}
                      <input
                        required
                        type="time"
                        value={draft.from}
                        onChange={(e) => setDraft({ ...draft, from: e.target.value })}
                      />
                    </label>
                    <label>
                      {t('events.to')}
                      <input
                        required
                        type="time"
                        value={draft.to}
                        onChange={(e) => setDraft({ ...draft, to: e.target.value })}
                      />
                    </label>
                    <label>
                      {t('events.capacity')}
                      <input
                        type="number"
                        min={1}
                        value={draft.capacity}
                        onChange={(e) => setDraft({ ...draft, capacity: e.target.value })}
                      />
                    </label>
                    <label>
                      {t('events.location')}
                      <input
                        value={draft.location}
                        onChange={(e) => setDraft({ ...draft, location: e.target.value })}
                      />
                    </label>
                  </div>
                  <label>
                    {t('events.agenda')}
                    <textarea
                      rows={3}
                      value={draft.agenda}
                      onChange={(e) => setDraft({ ...draft, agenda: e.target.value })}
                    />
                  </label>
                  <button type="submit">{t('events.create')}</button>
                </Form>
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
