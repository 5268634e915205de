import { useState } from 'react';
import { Link, Route } from 'react-router';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../api';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { DataList, EmptyState } from '../layout/DataList';
import { Dialog, NewButton } from '../layout/Dialog';
import { Form, FormField, useForm } from '../layout/forms';
import { SourceNote } from '../layout/sources';
import { ProgrammeNav } from './ProgrammeNav';
import { CallPage } from './CallPage';
import { CohortPage, CohortsPage } from './CohortPages';
import { TableCheckPage } from './TableCheckPage';
import { CallForm } from './CallForm';
import {
  useCountryName,
  useProgramme,
  type Applicant,
  type ApplicantList,
  type CallList,
} from './callsParts';

/** Slice B's screens (docs/programme.md): calls, applicants, applications and assessment, cohorts, certificates, the published-table check. Returns <Route> elements in a fragment. */
export function callScreens() {
  return (
    <>
      <Route path="/w/:workspaceId/programme/calls" element={<CallsPage />} />
      <Route path="/w/:workspaceId/programme/calls/:callId" element={<CallPage />} />
      <Route path="/w/:workspaceId/programme/applicants" element={<ApplicantsPage />} />
      <Route path="/w/:workspaceId/programme/cohorts" element={<CohortsPage />} />
      <Route path="/w/:workspaceId/programme/cohorts/:cohortId" element={<CohortPage />} />
      <Route path="/w/:workspaceId/programme/table-check" element={<TableCheckPage />} />
    </>
  );
}

/** The programme's calls (IDB / Compete Caribbean: 24 applied, 10 selected, 003:263). */
function CallsPage() {
  const { t } = useTranslation();
  const { workspaceId, base, canRun } = useProgramme();
  const calls = useApi<CallList>(`${base}/calls`);
  return (
    <>
      <ProgrammeNav />
      <section aria-labelledby="calls-title">
        <h1 id="calls-title">{t('progCalls.title')}</h1>
        <p className="muted">{t('progCalls.intro')}</p>
        <SourceNote source="003:263" />
        <p>
          <Link to={`/w/${workspaceId}/programme/applicants`}>{t('progCalls.registerLink')}</Link>
          {' · '}
          <Link to={`/w/${workspaceId}/programme/table-check`}>{t('progCalls.tableCheckLink')}</Link>
        </p>
        {canRun && (
          <NewButton label={t('progCalls.new')}>
            {(close) => <CallForm onDone={() => (close(t('progCalls.created')), void calls.reload())} />}
          </NewButton>
        )}
        {calls.error ? (
          <ErrorMessage error={calls.error} />
        ) : !calls.data ? (
          <Loading />
        ) : calls.data.calls.length === 0 ? (
          <EmptyState text={t('progCalls.empty')} />
        ) : (
          <DataList
            label={t('progCalls.title')}
            rows={calls.data.calls}
            rowKey={(c) => c.id}
            columns={[
              {
                key: 'title',
                rowHeader: true,
                header: t('progCalls.callTitle'),
                value: (c) => c.title,
                render: (c) => <Link to={`/w/${workspaceId}/programme/calls/${c.id}`}>{c.title}</Link>,
              },
              {
                key: 'status',
                header: t('progCalls.status'),
                value: (c) => t(`progCalls.statuses.${c.status}`),
              },
              { key: 'deadline', header: t('progCalls.deadline'), value: (c) => c.deadline },
              { key: 'applications', header: t('progCalls.applications'), value: (c) => c.applications ?? 0 },
              { key: 'selected', header: t('progCalls.selectedCount'), value: (c) => c.selected ?? 0 },
            ]}
          />
        )}
      </section>
    </>
  );
}

/** The register of the organisations that apply to the programme. */
function ApplicantsPage() {
  const { t } = useTranslation();
  const { base, canRun } = useProgramme();
  const country = useCountryName();
  const list = useApi<ApplicantList>(`${base}/applicants`);
  const [editing, setEditing] = useState<Applicant | null>(null);
  return (
    <>
      <ProgrammeNav />
      <section aria-labelledby="applicants-title">
        <h1 id="applicants-title">{t('progCalls.registerTitle')}</h1>
        <p className="muted">{t('progCalls.registerIntro')}</p>
        {canRun && (
          <NewButton label={t('progCalls.newApplicant')}>
            {(close) => <ApplicantForm onDone={() => (close(t('progCalls.saved')), void list.reload())} />}
          </NewButton>
        )}
        {list.error ? (
          <ErrorMessage error={list.error} />
        ) : !list.data ? (
          <Loading />
        ) : list.data.applicants.length === 0 ? (
          <EmptyState text={t('progCalls.registerEmpty')} />
        ) : (
          <DataList
            label={t('progCalls.registerTitle')}
            exportName="applicant-register"
            rows={list.data.applicants}
            rowKey={(a) => a.id}
            columns={[
              { key: 'name', header: t('progCalls.name'), value: (a) => a.name, rowHeader: true },
              { key: 'short', header: t('progCalls.shortName'), value: (a) => a.shortName },
              { key: 'country', header: t('progCalls.country'), value: (a) => country(a.country) },
              { key: 'type', header: t('progCalls.type'), value: (a) => t(`progCalls.types.${a.type}`) },
              ...(canRun
                ? [
                    {
                      key: 'edit',
                      header: t('progCalls.actions'),
                      value: () => '',
                      render: (a: Applicant) => (
                        <button type="button" onClick={() => setEditing(a)}>
                          {t('progCalls.edit')}
                          <span className="visually-hidden"> {a.name}</span>
                        </button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
        <Dialog open={!!editing} title={t('progCalls.editApplicant')} onClose={() => setEditing(null)}>
          {editing && (
            <ApplicantForm applicant={editing} onDone={() => (setEditing(null), void list.reload())} />
          )}
        </Dialog>
      </section>
    </>
  );
}

function ApplicantForm({ applicant, onDone }: { applicant?: Applicant; onDone(): void }) {
  const { t } = useTranslation();
  const { base } = useProgramme();
  const form = useForm();
  const [v, setV] = useState({
    name: applicant?.name ?? '',
    shortName: applicant?.shortName ?? '',
    country: applicant?.country ?? '',
    type: applicant?.type ?? 'bso',
    contactName: applicant?.contactName ?? '',
    contactEmail: applicant?.contactEmail ?? '',
  });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const body = { ...v, country: v.country.trim().toUpperCase() };
  return (
    <Form
      form={form}
      aria-label={t('progCalls.applicantForm')}
      onSubmit={() =>
        form.submit(
          () =>
            applicant ? patch(`${base}/applicants/${applicant.id}`, body) : post(`${base}/applicants`, body),
          null,
          onDone,
        )
      }
    >
      <FormField name="name" label={t('progCalls.name')}>
        <input value={v.name} onChange={set('name')} required maxLength={300} />
      </FormField>
      <FormField name="shortName" label={t('progCalls.shortName')}>
        <input value={v.shortName} onChange={set('shortName')} maxLength={60} />
      </FormField>
      <FormField name="country" label={t('progCalls.country')} hint={t('progCalls.countryHint')}>
        <input value={v.country} onChange={set('country')} maxLength={2} />
      </FormField>
      <FormField name="type" label={t('progCalls.type')}>
        <select value={v.type} onChange={set('type')}>
          {['bso', 'cluster_initiative', 'other'].map((x) => (
            <option key={x} value={x}>
              {t(`progCalls.types.${x}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="contactName" label={t('progCalls.contactName')}>
        <input value={v.contactName} onChange={set('contactName')} />
      </FormField>
      <FormField name="contactEmail" label={t('progCalls.contactEmail')}>
        <input type="email" value={v.contactEmail} onChange={set('contactEmail')} />
      </FormField>
      <button type="submit">{t('progCalls.save')}</button>
    </Form>
  );
}
