import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, patch, post, put } from '../api';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { DataList, EmptyState } from '../layout/DataList';
import { Dialog, NewButton, useConfirm } from '../layout/Dialog';
import { Form, FormField, useForm } from '../layout/forms';
import { SourceNote } from '../layout/sources';
import { TableScroll } from '../organisation/TableScroll';
import { ProgrammeNav } from './ProgrammeNav';
import {
  ParticipantForm,
  SessionForm,
  Table1,
  type CohortDetail,
  type CohortList,
  type Participant,
} from './CohortParts';
import { useCountryName, useProgramme } from './callsParts';

/**
 * Training cohorts (issue 15, item 3; IDB / Compete Caribbean 003:265–286): sessions,
 * participants, the attendance grid, certificates by attendance share, and the roll-up in the
 * structure of IDB Table 1.
 */

const pct = (share: number) => `${Math.round(share * 100)} %`;

export function CohortsPage() {
  const { t } = useTranslation();
  const { workspaceId, base, canRun } = useProgramme();
  const list = useApi<CohortList>(`${base}/cohorts`);
  return (
    <>
      <ProgrammeNav />
      <section aria-labelledby="cohorts-title">
        <h1 id="cohorts-title">{t('progCohorts.title')}</h1>
        <p className="muted">{t('progCohorts.intro')}</p>
        <SourceNote source="003:286" />
        <p>
          <Link to={`/w/${workspaceId}/programme/table-check`}>{t('progCalls.tableCheckLink')}</Link>
        </p>
        {canRun && (
          <NewButton label={t('progCohorts.new')}>
            {(close) => <CohortForm onDone={() => (close(t('progCohorts.created')), void list.reload())} />}
          </NewButton>
        )}
        {list.error ? (
          <ErrorMessage error={list.error} />
        ) : !list.data ? (
          <Loading />
        ) : list.data.cohorts.length === 0 ? (
          <EmptyState text={t('progCohorts.empty')} />
        ) : (
          <DataList
            label={t('progCohorts.title')}
            rows={list.data.cohorts}
            rowKey={(c) => c.id}
            columns={[
              {
                key: 'title',
                header: t('progCohorts.cohortTitle'),
                rowHeader: true,
                value: (c) => c.title,
                render: (c) => <Link to={`/w/${workspaceId}/programme/cohorts/${c.id}`}>{c.title}</Link>,
              },
              { key: 'sessions', header: t('progCohorts.sessions'), value: (c) => c.sessions, numeric: true },
              {
                key: 'participants',
                header: t('progCohorts.participants'),
                value: (c) => c.participants,
                numeric: true,
              },
              {
                key: 'certificates',
                header: t('progCohorts.certificates'),
                value: (c) => c.certificates,
                numeric: true,
              },
            ]}
          />
        )}
      </section>
    </>
  );
}

function CohortForm({ cohort, onDone }: { cohort?: CohortDetail['cohort']; onDone(): void }) {
  const { t } = useTranslation();
  const { base } = useProgramme();
  const form = useForm();
  const [v, setV] = useState({
    title: cohort?.title ?? '',
    completion: String(Math.round((cohort?.thresholds.completion ?? 0.8) * 100)),
    participation: String(Math.round((cohort?.thresholds.participation ?? 0.5) * 100)),
  });
  const body = {
    title: v.title,
    completionThreshold: Number(v.completion) / 100,
    participationThreshold: Number(v.participation) / 100,
  };
  return (
    <Form
      form={form}
      aria-label={t('progCohorts.form')}
      onSubmit={() =>
        form.submit(
          () => (cohort ? patch(`${base}/cohorts/${cohort.id}`, body) : post(`${base}/cohorts`, body)),
          null,
          onDone,
        )
      }
    >
      <FormField name="title" label={t('progCohorts.cohortTitle')}>
        <input
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.target.value })}
          required
          maxLength={300}
        />
      </FormField>
      <FormField
        name="completionThreshold"
        label={t('progCohorts.completionThreshold')}
        hint={t('progCohorts.thresholdHint')}
      >
        <input
          type="number"
          min={0}
          max={100}
          value={v.completion}
          onChange={(e) => setV({ ...v, completion: e.target.value })}
        />
      </FormField>
      <FormField name="participationThreshold" label={t('progCohorts.participationThreshold')}>
        <input
          type="number"
          min={0}
          max={100}
          value={v.participation}
          onChange={(e) => setV({ ...v, participation: e.target.value })}
        />
      </FormField>
      <button type="submit">{t('progCalls.save')}</button>
    </Form>
  );
}

export function CohortPage() {
  const { t } = useTranslation();
  const { cohortId = '' } = useParams();
  const { workspaceId, base, canRun } = useProgramme();
  const url = `${base}/cohorts/${cohortId}`;
  const detail = useApi<CohortDetail>(url);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  const [editing, setEditing] = useState<Participant | null>(null);
  const country = useCountryName();
  const d = detail.data;
  const present = new Set((d?.attendance ?? []).map((a) => `${a.sessionId}|${a.participantId}`));
  const act = async (fn: () => Promise<CohortDetail>, text: string | null) => {
    try {
      detail.setData(await fn());
      setNotice(text);
      setError(null);
    } catch (e) {
      setError(e as Error);
    }
  };
  const certWord = (kind: string | null) =>
    kind ? t(`progCohorts.kinds.${kind}`) : t('progCohorts.noCertificate');

  return (
    <>
      <ProgrammeNav />
      <section aria-labelledby="cohort-title">
        <p>
          <Link to={`/w/${workspaceId}/programme/cohorts`}>{t('progCohorts.back')}</Link>
        </p>
        {detail.error ? (
          <ErrorMessage error={detail.error} />
        ) : !d ? (
          <Loading />
        ) : (
          <>
            <h1 id="cohort-title">{d.cohort.title}</h1>
            <p className="small" data-testid="thresholds">
              {t(d.cohort.idbThresholds ? 'progCohorts.thresholdsIdb' : 'progCohorts.thresholdsOwn', {
                completion: pct(d.cohort.thresholds.completion),
                participation: pct(d.cohort.thresholds.participation),
              })}
            </p>
            <SourceNote source="003:286" />
            {canRun && (
              <NewButton label={t('progCohorts.editCohort')} className="secondary">
                {(close) => (
                  <CohortForm
                    cohort={d.cohort}
                    onDone={() => (close(t('progCalls.saved')), void detail.reload())}
                  />
                )}
              </NewButton>
            )}
            <p role="status" className={notice ? 'form-notice ok' : undefined}>
              {notice}
            </p>
            {error && <ErrorMessage error={error} />}

            <h2>{t('progCohorts.sessions')}</h2>
            {canRun && (
              <NewButton label={t('progCohorts.addSession')}>
                {(close) => (
                  <SessionForm
                    url={url}
                    onDone={(next) => (detail.setData(next), close(t('progCalls.saved')))}
                  />
                )}
              </NewButton>
            )}
            {d.sessions.length === 0 ? (
              <EmptyState text={t('progCohorts.noSessions')} />
            ) : (
              <ol>
                {d.sessions.map((s) => (
                  <li key={s.id}>
                    {s.heldOn} — {s.title}{' '}
                    {canRun && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={async () => {
                          if (
                            await confirm({
                              message: t('progCohorts.removeSessionConfirm', { title: s.title }),
                              action: t('progCohorts.remove'),
                            })
                          )
                            void act(() => del(`${url}/sessions/${s.id}`), t('progCohorts.removed'));
                        }}
                      >
                        {t('progCohorts.remove')}
                        <span className="visually-hidden"> {s.title}</span>
                      </button>
                    )}
                  </li>
                ))}
              </ol>
            )}

            <h2>{t('progCohorts.participants')}</h2>
            {canRun && (
              <NewButton label={t('progCohorts.addParticipant')}>
                {(close) => (
                  <ParticipantForm
                    url={url}
                    onDone={(next) => (detail.setData(next), close(t('progCalls.saved')))}
                  />
                )}
              </NewButton>
            )}

            <h2 id="attendance-heading">{t('progCohorts.attendance')}</h2>
            <p className="small muted">{t('progCohorts.attendanceIntro')}</p>
            {d.participants.length === 0 || d.sessions.length === 0 ? (
              <EmptyState text={t('progCohorts.noAttendance')} />
            ) : (
              <TableScroll label={t('progCohorts.attendance')}>
                <table tabIndex={0} aria-labelledby="attendance-heading" data-testid="attendance">
                  <thead>
                    <tr>
                      <th scope="col">{t('progCohorts.participant')}</th>
                      {d.sessions.map((s, i) => (
                        <th scope="col" key={s.id} title={`${s.heldOn} — ${s.title}`}>
                          {i + 1}
                        </th>
                      ))}
                      <th scope="col">{t('progCohorts.attended')}</th>
                      <th scope="col">{t('progCohorts.certificate')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.participants.map((p) => (
                      <tr key={p.id}>
                        <th scope="row">
                          {p.name}
                          <span className="small muted"> {p.organisation}</span>
                          {canRun && (
                            <span className="row-actions">
                              {' '}
                              <button type="button" className="link-button" onClick={() => setEditing(p)}>
                                {t('progCalls.edit')}
                                <span className="visually-hidden"> {p.name}</span>
                              </button>{' '}
                              <button
                                type="button"
                                className="link-button"
                                onClick={async () => {
                                  if (
                                    await confirm({
                                      message: t('progCohorts.removeParticipantConfirm', { name: p.name }),
                                      action: t('progCohorts.remove'),
                                    })
                                  )
                                    void act(
                                      () => del(`${url}/participants/${p.id}`),
                                      t('progCohorts.removed'),
                                    );
                                }}
                              >
                                {t('progCohorts.remove')}
                                <span className="visually-hidden"> {p.name}</span>
                              </button>
                            </span>
                          )}
                        </th>
                        {d.sessions.map((s, i) => {
                          const on = present.has(`${s.id}|${p.id}`);
                          return (
                            <td key={s.id} className="check-cell">
                              <input
                                type="checkbox"
                                checked={on}
                                disabled={!canRun}
                                aria-label={t('progCohorts.presentAt', {
                                  name: p.name,
                                  n: i + 1,
                                  title: s.title,
                                })}
                                onChange={() =>
                                  void act(
                                    () =>
                                      put(`${url}/attendance`, {
                                        cells: [{ sessionId: s.id, participantId: p.id, present: !on }],
                                      }),
                                    null,
                                  )
                                }
                              />
                            </td>
                          );
                        })}
                        <td className="num">
                          {p.attended}/{d.sessions.length}
                        </td>
                        <td>
                          {p.certificate ? (
                            <a
                              href={`/api/v1${url}/participants/${p.id}/certificate.pdf`}
                              target="_blank"
                              rel="noreferrer"
                            >
                              {certWord(p.certificate.kind)} (PDF, {p.language})
                            </a>
                          ) : (
                            <span className="muted">
                              {t('progCohorts.earns', { what: certWord(p.earns) })}
                            </span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}

            <h2>{t('progCohorts.certificates')}</h2>
            <p data-testid="certificate-counts">
              {t('progCohorts.counts', {
                completion: d.certificates.completion,
                participation: d.certificates.participation,
              })}
              {d.certificates.outdated > 0 && (
                <strong> {t('progCohorts.outdated', { count: d.certificates.outdated })}</strong>
              )}
            </p>
            {canRun && (
              <button
                type="button"
                onClick={() => void act(() => post(`${url}/certificates`), t('progCohorts.issued'))}
              >
                {t('progCohorts.issue')}
              </button>
            )}

            <Table1 table={d.table1} country={country} />
          </>
        )}
        <Dialog open={!!editing} title={t('progCohorts.editParticipant')} onClose={() => setEditing(null)}>
          {editing && (
            <ParticipantForm
              url={url}
              participant={editing}
              onDone={(next) => (detail.setData(next), setEditing(null), setNotice(t('progCalls.saved')))}
            />
          )}
        </Dialog>
        {confirmDialog}
      </section>
    </>
  );
}
