import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, put } from '../api';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { EmptyState } from '../layout/DataList';
import { Dialog, NewButton, useConfirm } from '../layout/Dialog';
import { Form, FormField, useForm } from '../layout/forms';
import { SourceNote } from '../layout/sources';
import { OrganisationNav } from './OrganisationNav';
import { GovernanceChart } from './GovernanceChart';
import { BodyForm, MeetingForm, SeatForm } from './governanceForms';
import { formatDay, useOrganisationRole } from './organisationParts';
import { holderOf, type Body, type Governance, type Meeting, type Seat } from './governanceTypes';

const STATUS_CLASS = { met: 'badge fee-paid', partly: 'badge period-late', not_met: 'badge fee-overdue' };

/** The four indicators of good cluster governance (GIZ 001:2357–2362), derived from the records. */
function Checklist({ g }: { g: Governance }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="checklist-title" className="panel">
      <h2 id="checklist-title">{t('governance.checklistTitle')}</h2>
      <p className="muted">{t('governance.checklistIntro')}</p>
      <ul data-testid="governance-checklist">
        {g.checklist.map((c) => (
          <li key={c.key}>
            <span className={STATUS_CLASS[c.status]}>{t(`governance.status.${c.status}`)}</span>{' '}
            <strong>{t(`governance.indicators.${c.key}`)}</strong> — {t(`governance.reasons.${c.reason}`)}
            <br />
            <span className="small muted">{t(`governance.how.${c.key}`)}</span>
          </li>
        ))}
      </ul>
      <SourceNote source="001:2357–2362" />
    </section>
  );
}

/** Terms ending within the team's window (the platform's default: 90 days). */
function Reminders({
  g,
  base,
  team,
  onSaved,
}: {
  g: Governance;
  base: string;
  team: boolean;
  onSaved(): unknown;
}) {
  const { t, i18n } = useTranslation();
  const form = useForm();
  const [days, setDays] = useState(String(g.reminderDays));
  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('governance.reminderTitle')}</h2>
      {g.expiring.length === 0 ? (
        <p className="muted">{t('governance.expiringNone', { days: g.reminderDays })}</p>
      ) : (
        <ul className="warning" data-testid="expiring-terms">
          {g.expiring.map((e) => (
            <li key={e.seatId}>
              {t('governance.expiring', { body: e.bodyName, date: formatDay(e.termEnd, i18n.language) })}
            </li>
          ))}
        </ul>
      )}
      {team && (
        <Form
          form={form}
          aria-labelledby="reminders-title"
          onSubmit={() =>
            form.submit(
              () => put(`${base}/settings`, { reminderDays: Number(days) }),
              t('governance.reminderSaved'),
              onSaved,
            )
          }
        >
          <FormField
            name="reminderDays"
            label={t('governance.reminderDays')}
            hint={t('governance.reminderHint', { days: g.reminderDaysDefault })}
          >
            <input type="number" min={1} max={730} value={days} onChange={(e) => setDays(e.target.value)} />
          </FormField>
          <button type="submit" className="secondary" disabled={form.busy}>
            {t('governance.saveReminder')}
          </button>
        </Form>
      )}
    </section>
  );
}

/** Who decides on membership applications: a manager names the body (the mark moves atomically). */
function Deciders({
  g,
  base,
  manager,
  onSaved,
}: {
  g: Governance;
  base: string;
  manager: boolean;
  onSaved(): unknown;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [bodyId, setBodyId] = useState(g.decider?.id ?? '');
  return (
    <section aria-labelledby="deciders-title" className="panel">
      <h2 id="deciders-title">{t('governance.decidersTitle')}</h2>
      <p className="muted">{t('governance.decidersIntro')}</p>
      <SourceNote source="001:2380–2382" />
      <p data-testid="deciding-body">
        <strong>
          {g.decider ? t('governance.decidersBody', { name: g.decider.name }) : t('governance.decidersNone')}
        </strong>
      </p>
      {manager && (
        <Form
          form={form}
          aria-labelledby="deciders-title"
          onSubmit={() =>
            form.submit(
              () => put(`${base}/application-deciders`, { bodyId: bodyId || null }),
              t('governance.decidersSaved'),
              onSaved,
            )
          }
        >
          <FormField name="bodyId" label={t('governance.decidersChoose')}>
            <select value={bodyId} onChange={(e) => setBodyId(e.target.value)}>
              <option value="">{t('governance.decidersNone')}</option>
              {g.bodies.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </FormField>
          <button type="submit" disabled={form.busy}>
            {t('governance.decidersSave')}
          </button>
        </Form>
      )}
    </section>
  );
}

/** One body: its statute, its seats with their terms, and (for the team) seat, edit and remove. */
function BodyCard(props: {
  body: Body;
  bodies: Body[];
  base: string;
  workspaceId: string;
  team: boolean;
  reload(): Promise<unknown>;
  confirm(r: { message: string; action: string }): Promise<boolean>;
  say(text: string): void;
}) {
  const { body: b, bodies, base, workspaceId, team, reload, confirm, say } = props;
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [editingSeat, setEditingSeat] = useState<Seat | null>(null);
  const day = (d: string | null) => (d ? formatDay(d, i18n.language) : '…');
  return (
    <article className="panel" aria-labelledby={`body-${b.id}`} data-testid="governance-body">
      <h3 id={`body-${b.id}`}>
        {b.name} <span className="small muted">— {t(`governance.kinds.${b.kind}`)}</span>{' '}
        {b.decidesApplications && <span className="badge">{t('governance.decidesBadge')}</span>}
      </h3>
      <p className="small">
        {t('governance.sizes', {
          min: b.minSize ?? t('governance.sizeAny'),
          max: b.maxSize ?? t('governance.sizeAny'),
        })}
        {b.termYears !== null && <> · {t('governance.term', { years: b.termYears })}</>}
      </p>
      {b.electionRule && (
        <p className="small">
          <strong>{t('governance.electionRule')}:</strong> {b.electionRule}
        </p>
      )}
      {b.tasks && (
        <p className="small">
          <strong>{t('governance.tasks')}:</strong> {b.tasks}
        </p>
      )}
      {b.seats.length === 0 ? (
        <p className="muted">{t('governance.seatsEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table aria-label={t('governance.seats', { name: b.name })} tabIndex={0}>
            <thead>
              <tr>
                <th scope="col">{t('governance.colHolder')}</th>
                <th scope="col">{t('governance.colRole')}</th>
                <th scope="col">{t('governance.colTerm')}</th>
                <th scope="col">{t('governance.colStatus')}</th>
                {team && <th scope="col">{t('governance.colActions')}</th>}
              </tr>
            </thead>
            <tbody>
              {b.seats.map((s) => (
                <tr key={s.id}>
                  <td>{holderOf(s)}</td>
                  <td>{s.roleInBody || '—'}</td>
                  <td>
                    {day(s.termStart)} – {day(s.termEnd)}
                  </td>
                  <td>
                    <span
                      className={
                        s.termStatus === 'expiring' || s.termStatus === 'expired'
                          ? 'badge period-late'
                          : 'badge'
                      }
                    >
                      {t(`governance.termStatus.${s.termStatus}`)}
                    </span>
                  </td>
                  {team && (
                    <td>
                      <button type="button" className="secondary" onClick={() => setEditingSeat(s)}>
                        {t('governance.editSeat')}
                      </button>{' '}
                      <button
                        type="button"
                        className="danger"
                        onClick={async () => {
                          if (
                            !(await confirm({
                              message: t('governance.freeSeatConfirm', { name: holderOf(s) }),
                              action: t('governance.freeSeat'),
                            }))
                          )
                            return;
                          await del(`${base}/seats/${s.id}`);
                          await reload();
                          say(t('governance.seatFreed'));
                        }}
                      >
                        {t('governance.freeSeat')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {team && (
        <div className="actions">
          <NewButton label={t('governance.addSeat')} title={t('governance.seatTitle', { name: b.name })}>
            {(close) => (
              <SeatForm
                base={base}
                workspaceId={workspaceId}
                body={b}
                onDone={async (text) => (await reload(), close(text))}
              />
            )}
          </NewButton>
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {t('governance.editBody')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={async () => {
              if (
                !(await confirm({
                  message: t('governance.deleteBodyConfirm', { name: b.name }),
                  action: t('governance.deleteBody'),
                }))
              )
                return;
              try {
                await del(`${base}/bodies/${b.id}`);
                await reload();
                say(t('governance.bodyRemoved'));
              } catch (e) {
                say((e as Error).message);
              }
            }}
          >
            {t('governance.deleteBody')}
          </button>
          <Dialog
            open={!!editingSeat}
            title={`${t('governance.editSeat')}: ${editingSeat ? holderOf(editingSeat) : ''}`}
            onClose={() => setEditingSeat(null)}
          >
            {editingSeat && (
              <SeatForm
                key={editingSeat.id}
                base={base}
                workspaceId={workspaceId}
                body={b}
                seat={editingSeat}
                onDone={async (text) => (await reload(), setEditingSeat(null), say(text))}
              />
            )}
          </Dialog>
          <Dialog
            open={editing}
            title={`${t('governance.editBody')}: ${b.name}`}
            onClose={() => setEditing(false)}
          >
            <BodyForm
              base={base}
              bodies={bodies}
              body={b}
              onDone={async (text) => (await reload(), setEditing(false), say(text))}
            />
          </Dialog>
        </div>
      )}
    </article>
  );
}

/**
 * Governance (issue 14, item 3; GIZ 001:2337–2390, UNIDO 002:271–291): the checklist of good
 * governance, terms ending soon, the organisation chart, the bodies with their seats, who decides
 * on membership applications, and the meetings with agenda, minutes and decisions.
 */
export function GovernancePage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { team, manager } = useOrganisationRole();
  const base = `/workspaces/${workspaceId}/organisation/governance`;
  const data = useApi<Governance>(base);
  const [confirm, confirmDialog] = useConfirm();
  const [notice, setNotice] = useState<string | null>(null);
  const [editingMeeting, setEditingMeeting] = useState<Meeting | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(timer);
  }, [notice]);
  const g = data.data;
  const bodyName = (id: string) => g?.bodies.find((b) => b.id === id)?.name ?? '';

  return (
    <section aria-labelledby="governance-title">
      <h1 id="governance-title">{t('governance.title')}</h1>
      <OrganisationNav />
      <p className="lead">{t('governance.intro')}</p>
      <SourceNote source="001:2337–2390; 002:271–291" />
      <p role="status">{notice}</p>
      {confirmDialog}
      <Dialog
        open={!!editingMeeting}
        title={`${t('governance.editMeeting')}: ${editingMeeting?.title ?? ''}`}
        onClose={() => setEditingMeeting(null)}
      >
        {editingMeeting && g && (
          <MeetingForm
            key={editingMeeting.id}
            base={base}
            bodies={g.bodies}
            meeting={editingMeeting}
            onDone={async (text) => (await data.reload(), setEditingMeeting(null), setNotice(text))}
          />
        )}
      </Dialog>
      {data.error ? (
        <ErrorMessage error={data.error} />
      ) : !g ? (
        <Loading />
      ) : (
        <>
          {!team && <p className="notice">{t('governance.readOnly')}</p>}
          <Checklist g={g} />
          <Reminders key={g.reminderDays} g={g} base={base} team={team} onSaved={data.reload} />
          <GovernanceChart bodies={g.bodies} />
          <Deciders key={g.decider?.id ?? 'none'} g={g} base={base} manager={manager} onSaved={data.reload} />
          <h2>{t('governance.bodiesTitle')}</h2>
          {team && (
            <NewButton label={t('governance.addBody')}>
              {(close) => (
                <BodyForm
                  base={base}
                  bodies={g.bodies}
                  onDone={async (text) => (await data.reload(), close(text))}
                />
              )}
            </NewButton>
          )}
          {g.bodies.length === 0 ? (
            <EmptyState text={t('governance.bodiesEmpty')} />
          ) : (
            g.bodies.map((b) => (
              <BodyCard
                key={b.id}
                body={b}
                bodies={g.bodies}
                base={base}
                workspaceId={workspaceId}
                team={team}
                reload={data.reload}
                confirm={confirm}
                say={setNotice}
              />
            ))
          )}
          <h2 id="meetings-title">{t('governance.meetingsTitle')}</h2>
          {team && g.bodies.length > 0 && (
            <NewButton label={t('governance.addMeeting')}>
              {(close) => (
                <MeetingForm
                  base={base}
                  bodies={g.bodies}
                  onDone={async (text) => (await data.reload(), close(text))}
                />
              )}
            </NewButton>
          )}
          {g.meetings.length === 0 ? (
            <EmptyState text={t('governance.meetingsEmpty')} />
          ) : (
            g.meetings.map((m) => (
              <article key={m.id} className="panel" aria-labelledby={`meeting-${m.id}`}>
                <h3 id={`meeting-${m.id}`}>
                  {m.title}{' '}
                  <span className="small muted">
                    — {bodyName(m.bodyId)}, {formatDay(m.heldOn, i18n.language)}
                  </span>
                </h3>
                {m.agenda && (
                  <>
                    <h4>{t('governance.agenda')}</h4>
                    <p style={{ whiteSpace: 'pre-line' }}>{m.agenda}</p>
                  </>
                )}
                {m.minutes && (
                  <>
                    <h4>{t('governance.minutes')}</h4>
                    <p style={{ whiteSpace: 'pre-line' }}>{m.minutes}</p>
                  </>
                )}
                {m.decisions.length > 0 && (
                  <>
                    <h4>{t('governance.decisionsList')}</h4>
                    <ul>
                      {m.decisions.map((d, i) => (
                        <li key={i}>{d}</li>
                      ))}
                    </ul>
                  </>
                )}
                {team && (
                  <button type="button" className="secondary" onClick={() => setEditingMeeting(m)}>
                    {t('governance.editMeeting')}
                  </button>
                )}{' '}
                {team && (
                  <button
                    type="button"
                    className="danger"
                    onClick={async () => {
                      if (
                        !(await confirm({
                          message: t('governance.deleteMeetingConfirm', { title: m.title }),
                          action: t('governance.deleteMeeting'),
                        }))
                      )
                        return;
                      await del(`${base}/meetings/${m.id}`);
                      await data.reload();
                      setNotice(t('governance.meetingRemoved'));
                    }}
                  >
                    {t('governance.deleteMeeting')}
                  </button>
                )}
              </article>
            ))
          )}
        </>
      )}
    </section>
  );
}
