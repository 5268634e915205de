import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, patch, post } from '../api';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { formatNumber } from '../i18n';
import { ErrorMessage, Loading } from '../layout/common';
import { EmptyState } from '../layout/DataList';
import { Dialog, NewButton, useConfirm } from '../layout/Dialog';
import { Form, FormField, useForm } from '../layout/forms';
import { SourceNote } from '../layout/sources';
import { ProgrammeNav } from './ProgrammeNav';
import { Assessment, ScoresTable, Selection } from './CallAssessment';
import { CallForm } from './CallForm';
import {
  useCountryName,
  useProgramme,
  type ApplicantList,
  type Application,
  type CallDetail,
} from './callsParts';

/**
 * One call (issue 15, item 2): its details (edited while draft), publication and closing, the
 * applications with their eligibility, the assessment grid (each assessor declares conflicts
 * first), and the selection of several applications with a reason each.
 */
export function CallPage() {
  const { t, i18n } = useTranslation();
  const { callId = '' } = useParams();
  const { workspaceId, base } = useProgramme();
  const { me } = useSession();
  const url = `${base}/calls/${callId}`;
  const detail = useApi<CallDetail>(url);
  const [editing, setEditing] = useState(false);
  const [editingApp, setEditingApp] = useState<Application | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  const d = detail.data;
  const country = useCountryName();
  const act = async (fn: () => Promise<CallDetail>, text: string) => {
    try {
      detail.setData(await fn());
      setNotice(text);
      setError(null);
    } catch (e) {
      setError(e as Error);
    }
  };
  const num = (n: number | null) => (n === null ? '—' : formatNumber(n, i18n.language, 2));

  return (
    <>
      <ProgrammeNav />
      <section aria-labelledby="call-title">
        <p>
          <Link to={`/w/${workspaceId}/programme/calls`}>{t('progCalls.back')}</Link>
        </p>
        {detail.error ? (
          <ErrorMessage error={detail.error} />
        ) : !d ? (
          <Loading />
        ) : (
          <>
            <h1 id="call-title">{d.call.title}</h1>
            <p>
              <strong>{t(`progCalls.statuses.${d.call.status}`)}</strong> ·{' '}
              {t('progCalls.dates', { opens: d.call.opensOn, deadline: d.call.deadline })}
            </p>
            {d.call.description && <p>{d.call.description}</p>}
            <h2>{t('progCalls.eligibility')}</h2>
            <p>{d.call.eligibility || t('progCalls.noEligibilityText')}</p>
            <p className="small">
              {t('progCalls.eligibleTypes')}:{' '}
              {d.call.eligibleTypes.length
                ? d.call.eligibleTypes.map((x) => t(`progCalls.types.${x}`)).join(', ')
                : t('progCalls.any')}
              {' · '}
              {t('progCalls.eligibleCountries')}:{' '}
              {d.call.eligibleCountries.length
                ? d.call.eligibleCountries.map(country).join(', ')
                : t('progCalls.any')}
            </p>
            {d.call.questions.length > 0 && (
              <>
                <h2>{t('progCalls.questions')}</h2>
                <ol>
                  {d.call.questions.map((q) => (
                    <li key={q.id}>
                      {q.text} {q.required && <em>({t('progCalls.required')})</em>}
                    </li>
                  ))}
                </ol>
              </>
            )}
            <p className="small muted">
              {t('progCalls.areasSaid', { areas: d.call.competenceAreas.join(' · ') })}{' '}
              {t('progCalls.scaleSaid', { min: d.call.scale.min, max: d.call.scale.max })}
            </p>
            <SourceNote source="003:263" />
            {d.canRun && (
              <p className="actions">
                {d.call.status === 'draft' && (
                  <>
                    <button type="button" onClick={() => setEditing(true)}>
                      {t('progCalls.edit')}
                    </button>{' '}
                    <button
                      type="button"
                      onClick={() =>
                        void act(
                          () => post(`${url}/status`, { status: 'published' }),
                          t('progCalls.publishedNotice'),
                        )
                      }
                    >
                      {t('progCalls.publish')}
                    </button>
                  </>
                )}
                {d.call.status === 'published' && (
                  <button
                    type="button"
                    onClick={async () => {
                      if (
                        await confirm({ message: t('progCalls.closeConfirm'), action: t('progCalls.close') })
                      )
                        void act(
                          () => post(`${url}/status`, { status: 'closed' }),
                          t('progCalls.closedNotice'),
                        );
                    }}
                  >
                    {t('progCalls.close')}
                  </button>
                )}
              </p>
            )}
            <p role="status" className={notice ? 'form-notice ok' : undefined}>
              {notice}
            </p>
            {error && <ErrorMessage error={error} />}
            <Dialog open={editing} title={t('progCalls.editCall')} onClose={() => setEditing(false)}>
              {editing && <CallForm call={d.call} onDone={() => (setEditing(false), void detail.reload())} />}
            </Dialog>

            <h2 id="applications-heading">{t('progCalls.applications')}</h2>
            {d.canRun && d.call.status === 'published' && (
              <NewButton label={t('progCalls.addApplication')}>
                {(close) => (
                  <ApplicationForm
                    detail={d}
                    onDone={(next) => (detail.setData(next), close(t('progCalls.applicationAdded')))}
                  />
                )}
              </NewButton>
            )}
            {d.applications.length === 0 ? (
              <EmptyState text={t('progCalls.noApplications')} />
            ) : (
              <ul className="plain-list" aria-labelledby="applications-heading">
                {d.applications.map((a) => (
                  <li key={a.id} className="card">
                    <h3>
                      {a.applicant.name} ({country(a.applicant.country)})
                    </h3>
                    <p>
                      {a.eligible ? (
                        <span>{t('progCalls.eligible')}</span>
                      ) : (
                        <strong>
                          {t('progCalls.ineligible')}:{' '}
                          {a.ineligibleReasons.map((r) => t(`progCalls.reasons.${r}`)).join('; ')}
                        </strong>
                      )}
                      {a.selected && (
                        <>
                          {' · '}
                          <strong>{t('progCalls.selected')}</strong>: {a.selectionReason}
                        </>
                      )}
                    </p>
                    {d.call.questions.map((q) =>
                      a.answers[q.id] ? (
                        <p key={q.id} className="small">
                          <em>{q.text}</em> {a.answers[q.id]}
                        </p>
                      ) : null,
                    )}
                    <p className="small">
                      {t('progCalls.meanScore')}: {num(a.mean)}
                    </p>
                    {d.canRun && d.call.status === 'published' && (
                      <button type="button" onClick={() => setEditingApp(a)}>
                        {t('progCalls.editAnswers')}
                        <span className="visually-hidden"> {a.applicant.name}</span>
                      </button>
                    )}{' '}
                    {d.canRun && a.selected && (
                      <button
                        type="button"
                        onClick={async () => {
                          if (
                            await confirm({
                              message: t('progCalls.withdrawConfirm', { name: a.applicant.name }),
                              action: t('progCalls.withdraw'),
                            })
                          )
                            void act(() => del(`${url}/selection/${a.id}`), t('progCalls.withdrawn'));
                        }}
                      >
                        {t('progCalls.withdraw')}
                        <span className="visually-hidden"> {a.applicant.name}</span>
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}

            {d.canAssess && d.call.status !== 'draft' && (
              <Assessment detail={d} url={url} userId={me?.user.id ?? ''} onChange={detail.setData} />
            )}
            {d.canRun && <ScoresTable detail={d} />}
            {d.canRun && d.call.status !== 'draft' && (
              <Selection detail={d} url={url} onChange={detail.setData} />
            )}
          </>
        )}
        {d && (
          <Dialog open={!!editingApp} title={t('progCalls.editAnswers')} onClose={() => setEditingApp(null)}>
            {editingApp && (
              <ApplicationForm
                detail={d}
                application={editingApp}
                onDone={(next) => (
                  detail.setData(next),
                  setEditingApp(null),
                  setNotice(t('progCalls.saved'))
                )}
              />
            )}
          </Dialog>
        )}
        {confirmDialog}
      </section>
    </>
  );
}

function ApplicationForm({
  detail,
  application,
  onDone,
}: {
  detail: CallDetail;
  application?: Application;
  onDone(d: CallDetail): void;
}) {
  const { t } = useTranslation();
  const { base } = useProgramme();
  const form = useForm();
  const register = useApi<ApplicantList>(`${base}/applicants`);
  const applied = new Set(detail.applications.map((a) => a.applicant.id));
  const choices = (register.data?.applicants ?? []).filter((a) => !applied.has(a.id));
  const [applicantId, setApplicantId] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>(application?.answers ?? {});
  return (
    <Form
      form={form}
      aria-label={t('progCalls.addApplication')}
      onSubmit={() =>
        form.submit(
          () =>
            application
              ? patch<CallDetail>(`${base}/calls/${detail.call.id}/applications/${application.id}`, {
                  answers,
                })
              : post<CallDetail>(`${base}/calls/${detail.call.id}/applications`, { applicantId, answers }),
          null,
          onDone,
        )
      }
    >
      {!application && (
        <FormField name="applicantId" label={t('progCalls.applicant')}>
          <select value={applicantId} onChange={(e) => setApplicantId(e.target.value)} required>
            <option value="">{t('progCalls.choose')}</option>
            {choices.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </FormField>
      )}
      {detail.call.questions.map((q) => (
        <FormField key={q.id} name={`answers.${q.id}`} label={q.required ? `${q.text} *` : q.text}>
          <textarea
            rows={2}
            value={answers[q.id] ?? ''}
            onChange={(e) => setAnswers({ ...answers, [q.id]: e.target.value })}
          />
        </FormField>
      ))}
      <button type="submit">{application ? t('progCalls.save') : t('progCalls.addApplication')}</button>
    </Form>
  );
}
