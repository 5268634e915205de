import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, post, put } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { formatDateTime, formatNumber } from '../i18n';
import { OperationsNav, isTeam, useWorkspaceRole } from './OperationsNav';
import { Dialog } from '../layout/Dialog';
import { EventForm } from './EventForm';
import type { EventDetail, NewRegistration } from './event-types';

/** One event: agenda, seats, registration and waiting list, attendance and the feedback form. */
export function EventPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '', eventId = '' } = useParams();
  const navigate = useNavigate();
  const role = useWorkspaceRole();
  const team = isTeam(role);
  const d = useApi<EventDetail>(`/workspaces/${workspaceId}/events/${eventId}`);
  const { message, act } = useAction(() => d.reload());
  const [feedback, setFeedback] = useState({ rating: '', useful: '', improve: '' });
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  if (d.error) return <ErrorMessage error={d.error} />;
  if (!d.data) return <Loading />;
  const { event: e, mine } = d.data;
  const url = `/workspaces/${workspaceId}/events/${eventId}`;
  const over = new Date(e.ends_at) < new Date();

  return (
    <section aria-labelledby="event-title">
      <h1 id="event-title">{e.title}</h1>
      <OperationsNav />
      <ActionNotice message={message} />
      <p>
        <Link to={`/w/${workspaceId}/operations/events`}>{t('events.back')}</Link>
        {team && (
          <>
            {' · '}
            <button type="button" className="link" onClick={() => setEditing(true)}>
              {t('events.edit')}
            </button>
          </>
        )}
      </p>
      <p role="status" className={saved ? 'form-notice ok' : undefined}>
        {saved}
      </p>
      <Dialog open={editing} title={t('events.editOf', { title: e.title })} onClose={() => setEditing(false)}>
        {editing && (
          <EventForm
            workspaceId={workspaceId}
            event={e}
            onSaved={async (text) => {
              await d.reload();
              setEditing(false);
              setSaved(text);
            }}
          />
        )}
      </Dialog>
      <dl className="baseline">
        <div>
          <dt>{t('events.kind')}</dt>
          <dd>{t(`events.kinds.${e.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('events.date')}</dt>
          <dd>
            {formatDateTime(e.starts_at, i18n.language)} – {formatDateTime(e.ends_at, i18n.language)}
          </dd>
        </div>
        <div>
          <dt>{t('events.location')}</dt>
          <dd>{e.location || '—'}</dd>
        </div>
        <div>
          <dt>{t('events.seats')}</dt>
          <dd data-testid="seats">
            {e.capacity === null
              ? t('events.seatsOpen', { registered: d.data.registered })
              : t('events.seatsLeft', { left: d.data.seatsLeft, capacity: e.capacity })}
            {d.data.waitlisted > 0 && ` · ${t('events.waitingCount', { count: d.data.waitlisted })}`}
          </dd>
        </div>
        <div>
          <dt>{t('events.who')}</dt>
          <dd data-testid="event-openness">
            {e.open_to_non_members
              ? e.members_first
                ? t('events.openMembersFirst')
                : t('events.openToAll')
              : t('events.membersOnly')}
          </dd>
        </div>
      </dl>
      {e.description && <p>{e.description}</p>}
      {e.agenda && (
        <>
          <h2>{t('events.agenda')}</h2>
          <pre className="agenda">{e.agenda}</pre>
        </>
      )}
      <p>
        <a href={`/api/v1/workspaces/${workspaceId}/events.ics?event=${e.id}`} download>
          {t('events.addToCalendar')}
        </a>
      </p>

      <h2>{t('events.registration')}</h2>
      {mine ? (
        <p data-testid="my-registration">
          {t('events.youAre', { status: t(`events.status.${mine.status}`) })}
          {mine.attended && ` · ${t('events.attended')}`}{' '}
          {!over && (
            <button
              type="button"
              className="secondary"
              onClick={() => void act(() => del(`${url}/registrations/${mine.id}`), t('events.cancelled'))}
            >
              {t('events.cancel')}
            </button>
          )}
        </p>
      ) : over ? (
        <p className="muted">{t('events.closed')}</p>
      ) : (
        <button
          type="button"
          onClick={() =>
            void act(
              () => post<NewRegistration>(`${url}/registrations`),
              (r) => t(r.status === 'waitlisted' ? 'events.waitlistedNotice' : 'events.registeredNotice'),
            )
          }
        >
          {t('events.register')}
        </button>
      )}

      {mine?.attended && !mine.feedbackGiven && (
        <form
          className="panel"
          aria-labelledby="event-feedback"
          onSubmit={(ev) => {
            ev.preventDefault();
            void act(
              () =>
                post(`${url}/feedback`, {
                  rating: Number(feedback.rating),
                  useful: feedback.useful,
                  improve: feedback.improve,
                }),
              t('events.feedbackThanks'),
            );
          }}
        >
          <h2 id="event-feedback">{t('events.feedbackForm')}</h2>
          <fieldset>
            <legend>{t('events.rating')}</legend>
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="inline">
                <input
                  type="radio"
                  name="rating"
                  required
                  value={n}
                  checked={feedback.rating === String(n)}
                  onChange={() => setFeedback({ ...feedback, rating: String(n) })}
                />
                {t(`events.ratings.${n}`)}
              </label>
            ))}
          </fieldset>
          <label>
            {t('events.useful')}
            <textarea
              rows={2}
              value={feedback.useful}
              onChange={(ev) => setFeedback({ ...feedback, useful: ev.target.value })}
            />
          </label>
          <label>
            {t('events.improve')}
            <textarea
              rows={2}
              value={feedback.improve}
              onChange={(ev) => setFeedback({ ...feedback, improve: ev.target.value })}
            />
          </label>
          <button type="submit">{t('events.sendFeedback')}</button>
        </form>
      )}
      {mine?.feedbackGiven && <p className="muted">{t('events.feedbackGiven')}</p>}

      {team && d.data.registrations && (
        <>
          <h2>{t('events.registrations')}</h2>
          <p>
            <a href={`/api/v1${url}/registrations?format=csv`} download>
              {t('common.exportCsv')}
            </a>{' '}
            ·{' '}
            <a href={`/api/v1${url}/registrations?format=xlsx`} download>
              {t('common.exportXlsx')}
            </a>
          </p>
          {d.data.registrations.length === 0 ? (
            <p className="muted">{t('events.noRegistrations')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('events.participant')}</th>
                  <th scope="col">{t('events.organisation')}</th>
                  <th scope="col">{t('events.statusLabel')}</th>
                  <th scope="col">{t('events.attended')}</th>
                  <th scope="col">{t('events.rating')}</th>
                </tr>
              </thead>
              <tbody>
                {d.data.registrations.map((r) => (
                  <tr key={r.id}>
                    <td>{r.participant}</td>
                    <td>{r.organisation ?? '—'}</td>
                    <td>{t(`events.status.${r.status}`)}</td>
                    <td>
                      {r.status === 'registered' ? (
                        <input
                          type="checkbox"
                          aria-label={t('events.attendedBy', { name: r.participant })}
                          checked={r.attended}
                          onChange={(ev) =>
                            void act(
                              () =>
                                put(`${url}/registrations/${r.id}/attendance`, {
                                  attended: ev.target.checked,
                                }),
                              t('events.attendanceSaved', { name: r.participant }),
                            )
                          }
                        />
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>{r.rating ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {d.data.feedback && (
            <>
              <h2>{t('events.feedback')}</h2>
              {d.data.feedback.count === 0 ? (
                <p className="muted">{t('events.noFeedback')}</p>
              ) : (
                <>
                  <p data-testid="feedback-summary">
                    {t('events.feedbackSummary', {
                      count: d.data.feedback.count,
                      mean: formatNumber(d.data.feedback.meanRating ?? 0, i18n.language, 1),
                    })}
                  </p>
                  <ul>
                    {d.data.feedback.answers
                      .filter((a) => a.useful || a.improve)
                      .map((a, i) => (
                        <li key={i}>
                          {a.useful && <span>+ {a.useful} </span>}
                          {a.improve && <span className="muted">→ {a.improve}</span>}
                        </li>
                      ))}
                  </ul>
                </>
              )}
            </>
          )}
          {['owner', 'manager'].includes(role) &&
            (confirmDelete ? (
              <div role="alertdialog" aria-labelledby="event-delete-q" className="panel">
                <p id="event-delete-q">{t('events.deleteConfirm', { title: e.title })}</p>
                <button
                  type="button"
                  className="danger"
                  onClick={() =>
                    void act(async () => {
                      await del(url);
                      navigate(`/w/${workspaceId}/operations/events`);
                    }, t('events.deleted'))
                  }
                >
                  {t('events.deleteYes')}
                </button>{' '}
                <button type="button" className="secondary" onClick={() => setConfirmDelete(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            ) : (
              <button type="button" className="secondary" onClick={() => setConfirmDelete(true)}>
                {t('events.delete')}
              </button>
            ))}
        </>
      )}
    </section>
  );
}
